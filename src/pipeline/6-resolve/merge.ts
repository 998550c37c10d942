// Resolved mentions → entities: one sense per document (a name keeps one type throughout), partial
// person names joined to the full name (Pandya → Abhinav Pandya), aliases and short forms under one
// canonical name.
import type { Entity, EntityType, ListedName, Mention, Token, WordLists } from '../../types.js';
import { foldWord, plainWord } from '../2-tokenize/fold-word.js';
import { isCommonWordSpelt, isStopWordSpelt } from '../3-gazetteer/common-words.js';
import { isCapitalisedWord, isMonthBeforeDay } from '../5-rules/chunks.js';
import { isLegalForm } from '../5-rules/rules.js';
import { ruleEvidence, thenEvidence, voteEvidence } from '../evidence.js';
import { boundedMemo } from '../memo.js';
import { borrowFlags } from '../scratch.js';
import { changeMention, makeMention } from '../mention.js';

const SOURCE_VOTES = { acronym: 3, gazetteer: 3, rule: 1, compromise: 1 } as const;

const WORD_SEPARATOR = /[\s\-‐‑–]+/;
const foldText = boundedMemo((text: string) => (WORD_SEPARATOR.test(text) ? text.split(WORD_SEPARATOR).map(foldWord).join(' ') : foldWord(text)));

// A rule typed by the name's own words or a noun that says what it is ("… Council", "Zycie Warszawy
// daily") says more than one typed by the verb after it ("Zycie Warszawy said"): bodies speak too.
const NAMING_RULES = [ruleEvidence('head-word'), ruleEvidence('organization-first'), ruleEvidence('place-first'), ruleEvidence('organization-cue')];
const NAMING_RULE_VOTES = 2;

function voteOf(m: Mention): number {
  if (m.isGuess) return 0.5;
  if (m.source === 'rule' && NAMING_RULES.some((evidence) => m.evidence.startsWith(evidence))) return NAMING_RULE_VOTES;
  return SOURCE_VOTES[m.source];
}

/** A name written several times keeps the type most of its evidence gives it. */
export function oneSensePerDocument(mentions: readonly Mention[]): Mention[] {
  const keys = mentions.map((m) => foldText(m.text));
  // Most names are written with one type throughout: only names typed two ways are put to a vote.
  // (null: typed more than one way; a user's list may name a type anything, so no string marks it.)
  const typeOf = new Map<string, EntityType | null>();
  mentions.forEach((m, i) => {
    const seen = typeOf.get(keys[i]!);
    if (seen === undefined) typeOf.set(keys[i]!, m.type);
    else if (seen !== m.type) typeOf.set(keys[i]!, null);
  });
  const votes = new Map<string, Map<EntityType, number>>();
  mentions.forEach((m, i) => {
    const key = keys[i]!;
    if (typeOf.get(key) !== null) return;
    const byType = votes.get(key) ?? new Map<EntityType, number>();
    byType.set(m.type, (byType.get(m.type) ?? 0) + voteOf(m));
    votes.set(key, byType);
  });
  return mentions.map((m, i) => {
    const byType = votes.get(keys[i]!);
    if (!byType || m.isTypedByContext) return m;
    let best = m.type;
    for (const [type, count] of byType) if (count > (byType.get(best) ?? 0)) best = type;
    return best === m.type ? m : changeMention(m, { type: best, evidence: thenEvidence(m.evidence, voteEvidence(best)) });
  });
}

interface FullName {
  name: string;
  type: EntityType;
  listed: ListedName | undefined;
  /** A firm's name by its first word: what a list holds as a place stays the place ("Pakistan" of "Pakistan Petroleum Ltd"). */
  isFirmsFirstWord?: boolean;
}

/**
 * Capitalised words that repeat part of a fuller name become mentions of it: a person's surname or
 * given name ("Pandya" after "Abhinav Pandya"), or an organization clipped to its first word ("Hizbul"
 * after "Hizbul Mujahideen", guidelines: a clipped name takes its referent's type).
 */
export function linkPartialNames(text: string, tokens: readonly Token[], mentions: readonly Mention[], words: WordLists): Mention[] {
  const fullNames = partsOfFullNames(mentions, words);
  if (fullNames.size === 0) return [...mentions];
  // A single word a rule typed, or a list holds as a place ("Jordan" after "Michael Jordan"), is the
  // person of this document whose name it repeats.
  const relinked = mentions.map((m) => {
    const isRelinkable = !m.text.includes(' ') && !m.isShortForm && (m.source === 'rule' || (m.source === 'gazetteer' && m.type === 'place'));
    let fullName = isRelinkable ? fullNames.get(foldWord(m.text)) : undefined;
    if (fullName?.isFirmsFirstWord && m.source !== 'rule') fullName = undefined;
    return fullName && fullName.name !== m.text ? relinkedTo(fullName, m) : m;
  });
  const covered = borrowFlags(text.length);
  for (const m of relinked) covered.fill(1, m.start, m.end);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const fullName = isCapitalisedWord(token) && covered[token.start] === 0 ? fullNames.get(token.key) : undefined;
    // "Jan 22" after "Jan Egeland": a month's short form before a day's number is the date's.
    if (!fullName || isMonthBeforeDay(tokens, i)) continue;
    // "RIYAZ NAIKOO" in a headline: consecutive parts of one name make one mention.
    let last = i;
    while (isNextPartOf(fullName, tokens, last, covered, fullNames)) last++;
    const end = tokens[last]!.end;
    relinked.push(makeMention({ start: token.start, end, text: text.slice(token.start, end), type: fullName.type, source: 'rule', canonical: fullName.name, evidence: ruleEvidence('partial-name', fullName.name), listed: fullName.listed }));
    i = last;
  }
  return relinked.length > mentions.length ? relinked.sort((a, b) => a.start - b.start) : relinked;
}

function partsOfFullNames(mentions: readonly Mention[], words: WordLists): Map<string, FullName> {
  const fullNames = new Map<string, FullName>();
  const add = (part: string, fullName: FullName) => {
    const key = foldWord(part);
    if (part.length > 2 && !fullNames.has(key) && isNameWord(part, key, words)) fullNames.set(key, fullName);
  };
  const addSurname = (part: string, fullName: FullName) => {
    const key = foldWord(part);
    if (part.length > 2 && !fullNames.has(key) && !isStopWordSpelt(key, plainWord(part), words) && !words.titles.has(key)) fullNames.set(key, fullName);
  };
  for (const m of mentions) {
    if (m.isGuess || m.isShortForm || (m.type !== 'person' && m.type !== 'organization')) continue;
    const fullName = { name: m.canonical ?? m.text, type: m.type, listed: m.listed };
    if (m.type === 'person') {
      const written = HAS_QUOTE.test(m.text) ? m.text.replace(QUOTED_NICKNAME, ' ') : m.text;
      const parts = written.split(/[\s.]+/).filter(Boolean);
      if (parts.length < 2 || parts.length > MAX_NAME_WORDS) continue;
      for (const part of parts.slice(0, -1)) add(part, fullName);
      // A surname stands for its person even when it is also a word ("Dole", "King", "Hill").
      addSurname(parts[parts.length - 1]!, fullName);
    } else if (m.type === 'organization' && isFirmsName(m.text)) {
      // "Magna International Inc" … "Magna": a firm goes by its first word.
      const first = firstWordOf(m.text);
      if (first !== m.text) add(first, { ...fullName, isFirmsFirstWord: true });
    } else if (m.type === 'organization') {
      const first = firstWordOf(m.text);
      if (first === m.text || !words.organizationStarts.has(foldWord(first))) continue;
      add(first, fullName);
      // "Hizb" for "Hizbul Mujahideen": a shorter head word the first word begins with.
      const key = foldWord(first);
      for (let length = MIN_CLIPPED_LENGTH; length < key.length; length++) {
        if (words.organizationStarts.has(key.slice(0, length)) && !fullNames.has(key.slice(0, length))) fullNames.set(key.slice(0, length), fullName);
      }
    }
  }
  return fullNames;
}

/** "Jordan" the listed place, become Michael Jordan's mention: it is his entity's now, not the list's. */
function relinkedTo(fullName: FullName, m: Mention): Mention {
  return changeMention(m, { type: fullName.type, canonical: fullName.name, evidence: ruleEvidence('partial-name', fullName.name), listed: fullName.listed });
}

/** A name that ends with a firm's legal form: "Magna International Inc", "Ruch SA". */
function isFirmsName(text: string): boolean {
  const end = text.endsWith('.') ? text.length - 1 : text.length;
  const last = text.slice(text.lastIndexOf(' ', end - 1) + 1, end);
  // The legal forms are two to four letters long ("Co", "GmbH"): longer words are not folded to find out.
  return last.length >= 2 && last.length <= 4 && isLegalForm(foldWord(last));
}

const WORD_BREAK = /[\s\-‐‑]/;

/** The text up to its first space or hyphen. */
function firstWordOf(text: string): string {
  const end = text.search(WORD_BREAK);
  return end < 0 ? text : text.slice(0, end);
}

// The shortest clipped head word taken for an organization ("Hizb"); shorter ones are too common.
const MIN_CLIPPED_LENGTH = 4;

// "Jimmy 'Barbecue' Cherizier": a nickname in quotes inside a person's name, left out of its parts.
const QUOTED_NICKNAME = /\s["“‘'][^"“”‘’']*["”’']\s/g;
const HAS_QUOTE = /["“‘']/;

// A person's name has at most this many words; a longer "person" is a rule's mistake, not a name to spread.
const MAX_NAME_WORDS = 4;

/** A word that can stand alone for a person: not a common word as spelt, unless names use it too (Wani, Khan). */
function isNameWord(part: string, key: string, words: WordLists): boolean {
  const spelling = plainWord(part);
  if (isStopWordSpelt(key, spelling, words) || words.titles.has(key)) return false;
  return !isCommonWordSpelt(key, spelling, words) || words.surnames.has(key) || words.givenNames.has(key);
}

function isNextPartOf(fullName: FullName, tokens: readonly Token[], i: number, covered: Uint8Array, fullNames: ReadonlyMap<string, FullName>): boolean {
  const token = tokens[i]!;
  const next = tokens[i + 1];
  return next !== undefined && next.start === token.end + 1 && isCapitalisedWord(next) && covered[next.start] === 0 && fullNames.get(next.key) === fullName;
}

/**
 * Groups mentions by the name they resolve to; entities in order of first mention. An entity is the
 * listed entry of its first mention that kept the entry's type: a listed place voted a person, or
 * made a team, is no longer that place. `explain`: each mention keeps its evidence; `geo`: listed
 * places carry their point and country.
 */
export function groupEntities(mentions: readonly Mention[], { explain = false, geo = false }: { explain?: boolean; geo?: boolean } = {}): Entity[] {
  type Group = { name: string; type: EntityType; acronym?: string; listed?: ListedName; mentions: Mention[] };
  // By type, then by folded name: no key string is built a mention.
  const byType = new Map<EntityType, Map<string, Group>>();
  const groups: Group[] = [];
  for (const m of mentions) {
    const name = m.canonical ?? m.text;
    let byName = byType.get(m.type);
    if (!byName) byType.set(m.type, (byName = new Map()));
    const key = foldText(name);
    let group = byName.get(key);
    if (!group) {
      group = { name, type: m.type, mentions: [] };
      byName.set(key, group);
      groups.push(group);
    }
    if (m.isShortForm && group.acronym === undefined && m.text !== name) group.acronym = m.text;
    if (group.listed === undefined && m.listed?.type === m.type) group.listed = m.listed;
    group.mentions.push(m);
  }
  return groups.map((g) => ({
    name: g.name,
    type: g.type,
    ...(g.listed ? { id: g.listed.id } : {}),
    ...(g.acronym !== undefined ? { acronym: g.acronym } : {}),
    count: g.mentions.length,
    mentions: explain ? g.mentions.map(({ text, start, end, evidence }) => ({ text, start, end, evidence })) : g.mentions.map(({ text, start, end }) => ({ text, start, end })),
    ...(geo && g.listed?.geo ? { geo: g.listed.geo } : {}),
  }));
}
