// Tokens → mentions of names no list holds: capitalised chunks typed by their head words (…Army,
// …Province, Tehreek…), titles (Gen., Maulana), given names and the words around them.
import type { Mention, Span, Token, WordLists } from '../../types.js';
import { isOrdinal } from '../2-tokenize/ordinal.js';
import { tokenAfterDatelineComma } from '../dateline.js';
import { listEvidence, ruleEvidence } from '../evidence.js';
import { isPossessiveToken } from '../2-tokenize/tokenize.js';
import { isCommonWordAsWritten, isDemonymAsWritten, isStopWordAsWritten } from '../3-gazetteer/common-words.js';
import { wordsKey } from '../3-gazetteer/fold.js';
import { type Candidate, candidate, NO_ENTITY_NAME } from './candidate.js';
import { type Chunk, countWords, findChunks, fold, isMonthBeforeDay, lower, type TitledChunk } from './chunks.js';
import { isAfterPlaceNounOf, isBeforeFacilityNoun, isBuildingAfterArticle, isPersonVerbAt, isPlaceWordAt, typeByContext } from './context.js';
import { typeByHeadWord } from './head-words.js';
import { isCommonWord, stripLeading } from './leading.js';
import { titleLengthAt } from './titles.js';
import { makeMention } from '../mention.js';

/** The listed names that stand, the names the rules found, and the names of none of our types. */
export interface Found {
  listed: readonly Mention[];
  ruled: readonly Mention[];
  /** "Paris Agreement", "UEFA Cup", "USS Gerald R. Ford": no later stage finds a name inside them either. */
  noEntityNames: readonly Span[];
}

/**
 * The names no list holds, typed by the rules; and the listed names, but for those inside a name of
 * none of our types ("Paris" in "Paris Agreement", "Dayton" in "Dayton Peace Agreement": guidelines,
 * outermost span only).
 */
export function applyRules(text: string, tokens: readonly Token[], listed: readonly Mention[], words: WordLists): Found {
  const listedAt = new Map<number, Mention>();
  for (const mention of listed) listedAt.set(mention.start, mention);
  const mentions: Mention[] = [];
  let inNoEntityName: Set<Mention> | undefined;
  const noEntityNames: Span[] = [];
  let previous: { chunk: Chunk; pushed: number } | undefined;
  for (const chunk of findChunks(tokens, words)) {
    let candidates = isIndexName(tokens, chunk) || isTradedGrade(tokens, chunk, listedAt) ? [candidate(chunk, undefined, NO_ENTITY_NAME)] : typeChunk(tokens, chunk, listedAt, words);
    const joined = previous && joinedAcrossAnd(tokens, previous.chunk, chunk, candidates, listedAt, words);
    if (joined) {
      mentions.length -= previous!.pushed;
      candidates = [joined];
    }
    const pushedBefore = mentions.length;
    for (const candidate of candidates) {
      if (candidate.evidence === NO_ENTITY_NAME && candidate.from < candidate.to) {
        noEntityNames.push({ start: tokens[candidate.from]!.start, end: tokens[candidate.to - 1]!.end });
        for (let i = candidate.from; i < candidate.to; i++) {
          const inside = listedAt.get(tokens[i]!.start);
          if (inside && inside.end <= tokens[candidate.to - 1]!.end) (inNoEntityName ??= new Set()).add(inside);
        }
      }
      if (!candidate.type || candidate.from >= candidate.to) continue;
      const from = candidate.type === 'organization' && isOrdinal(tokens[candidate.from - 1]) ? candidate.from - 1 : candidate.from;
      const start = tokens[from]!.start;
      const end = candidate.type === 'organization' && isAbbreviatedFormBeforeDot(tokens, candidate.to - 1) ? tokens[candidate.to]!.end : tokens[candidate.to - 1]!.end;
      mentions.push(makeMention({ start, end, text: text.slice(start, end), type: candidate.type, source: 'rule', isGuess: candidate.isGuess ? true : undefined, evidence: candidate.evidence }));
    }
    previous = { chunk, pushed: mentions.length - pushedBefore };
  }
  const standing = personsNamedLikeDivisions(tokens, inNoEntityName ? listed.filter((m) => !inNoEntityName!.has(m)) : listed, words);
  const nicknamed = namesWithQuotedNicknames(text, tokens, standing, words);
  if (nicknamed.length === 0) return { listed: standing, ruled: mentions, noEntityNames };
  const isInside = (m: Mention) => nicknamed.some((name) => m.start < name.end && m.end > name.start);
  const ruled = [...mentions.filter((m) => !isInside(m)), ...nicknamed].sort((a, b) => a.start - b.start);
  return { listed: standing.filter((m) => !isInside(m)), ruled, noEntityNames };
}

const DIVISION_EVIDENCE = listEvidence('places-divisions');

/**
 * "Kerry said the talks were useful": a one-word division whose name is a given name or a surname
 * too, the subject of a person's verb and after no preposition or article, is the person, and so is
 * every mention of the name that no preposition or article makes a place ("Kerry arrived", but not "in
 * Kerry"). A city or a country there is its government ("Washington said", "Kabul said": place,
 * guidelines).
 */
function personsNamedLikeDivisions(tokens: readonly Token[], listed: readonly Mention[], words: WordLists): readonly Mention[] {
  const bare: number[] = [];
  let people: Map<string, string> | undefined;
  let i = 0;
  listed.forEach((m, k) => {
    if (m.type !== 'place' || m.evidence !== DIVISION_EVIDENCE) return;
    while (i < tokens.length && tokens[i]!.start < m.start) i++;
    const token = tokens[i];
    if (token === undefined || token.end !== m.end || token.shape !== 'title' || isPlaceWordAt(tokens, i - 1)) return;
    if (!words.givenNames.hasKeyOf(token) && !words.surnames.hasKeyOf(token)) return;
    bare.push(k);
    if (isPersonVerbAt(tokens, i + 1) && !people?.has(token.text)) (people ??= new Map()).set(token.text, tokens[i + 1]!.text);
  });
  if (!people) return listed;
  const changed = [...listed];
  for (const k of bare) {
    const m = listed[k]!;
    const verb = people.get(m.text);
    if (verb !== undefined) changed[k] = makeMention({ start: m.start, end: m.end, text: m.text, type: 'person', source: 'rule', isTypedByContext: true, evidence: ruleEvidence('context', verb) });
  }
  return changed;
}

const OPENING_QUOTES: ReadonlySet<string> = new Set(['"', '“', "'", '‘']);
const CLOSING_QUOTES: ReadonlySet<string> = new Set(['"', '”', "'", '’']);
// The longest nickname between quotes: "Hands of Stone", "El Chapo".
const MAX_NICKNAME_TOKENS = 4;

/**
 * "Jimmy 'Barbecue' Cherizier", "Roberto " Hands of Stone " Duran", "Joaquín “El Chapo” Guzmán": a
 * given name, a nickname in quotes and a capitalised surname are one person's name, the nickname in
 * it, named without it ("Jimmy Cherizier"). A listed person the nickname names ("El Chapo") is whom
 * the whole name names.
 */
function namesWithQuotedNicknames(text: string, tokens: readonly Token[], listed: readonly Mention[], words: WordLists): Mention[] {
  let found: Mention[] | undefined;
  for (let open = 1; open < tokens.length - 3; open++) {
    if (tokens[open]!.kind !== 'punct' || !OPENING_QUOTES.has(tokens[open]!.text)) continue;
    const given = tokens[open - 1]!;
    if (given.shape !== 'title' || given.isInCapsLine || !words.givenNames.hasKeyOf(given)) continue;
    const close = closingQuoteAfter(tokens, open);
    const surname = tokens[close + 1];
    if (close < 0 || surname === undefined || surname.shape !== 'title' || surname.isAfterLineBreak || !isNickname(tokens, open + 1, close)) continue;
    const last = tokens[close + 2]?.shape === 'title' && !tokens[close + 2]!.isAfterLineBreak ? close + 2 : close + 1;
    const start = given.start;
    const end = tokens[last]!.end;
    const person = listed.find((m) => m.type === 'person' && m.start >= tokens[open]!.end && m.end <= tokens[close]!.start);
    const written = text.slice(start, end);
    (found ??= []).push(
      person
        ? makeMention({ start, end, text: written, type: 'person', source: 'gazetteer', canonical: person.canonical, listed: person.listed, evidence: person.evidence })
        : makeMention({ start, end, text: written, type: 'person', source: 'rule', canonical: text.slice(given.start, given.end) + ' ' + text.slice(surname.start, end), evidence: ruleEvidence('quoted-nickname', given.text) }),
    );
    open = last;
  }
  return found ?? [];
}

/** The quote that closes the one at `open`, on its line and within a nickname's length; -1 if none does. */
function closingQuoteAfter(tokens: readonly Token[], open: number): number {
  for (let i = open + 1; i < tokens.length && i <= open + 1 + MAX_NICKNAME_TOKENS; i++) {
    if (tokens[i]!.isAfterLineBreak) return -1;
    if (CLOSING_QUOTES.has(tokens[i]!.text)) return i > open + 1 ? i : -1;
  }
  return -1;
}

/** Capitalised words, and the small words between them ("Hands of Stone"), the first and last capitalised. */
function isNickname(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    const isEnd = i === from || i === to - 1;
    if (token.kind !== 'word' || (token.shape !== 'title' && token.shape !== 'upper' && (isEnd || token.text.length > 3))) return false;
  }
  return true;
}

const HEAD_WORD_EVIDENCE = ruleEvidence('head-word');

/**
 * "National Security and Defense Council", "Oil and Gas Regulatory Authority": an organization its
 * head word names, "and" before it, and before that capitalised words no list holds that end with a
 * common word, are one name: the body's remit in two parts. A name before "and" ("Pakistan and India
 * Council", "Mopani Copper Mines and Bikita Minerals") is a name of its own.
 */
function joinedAcrossAnd(tokens: readonly Token[], before: Chunk, chunk: Chunk, candidates: readonly Candidate[], listedAt: ReadonlyMap<number, Mention>, words: WordLists): Candidate | undefined {
  const [named] = candidates;
  if (candidates.length !== 1 || named!.type !== 'organization' || named!.from !== chunk.from || !named!.evidence.startsWith(HEAD_WORD_EVIDENCE)) return undefined;
  const and = tokens[chunk.from - 1];
  if (before.to !== chunk.from - 1 || (and?.text !== 'and' && and?.text !== '&')) return undefined;
  for (let i = before.from; i < before.to; i++) if (listedAt.has(tokens[i]!.start)) return undefined;
  // "Mopani Copper Mines and Bikita Minerals": a head word before "and" ends a name of its own.
  const last = tokens[before.to - 1]!;
  if (!words.commonWords.hasKeyOf(last) || words.organizationHeads.hasKeyOf(last)) return undefined;
  // "The Oil and Gas …": what leads a chunk and is no name's word stays out.
  const { from } = stripLeading(tokens, before, words);
  return from < before.to ? candidate({ from, to: named!.to }, 'organization', named!.evidence) : undefined;
}

// "the CAC 40 index", "the Nikkei average", "the Dow Jones industrial average", "the Shanghai
// Composite index": a market index's name, none of our types, whatever list holds its words.
// Asked after every chunk: a few words compared, where a set's look-up would hash the word after each.
const INDEX_WORDS: readonly string[] = ['index', 'indices', 'indexes', 'average'];
const INDEX_QUALIFIERS: readonly string[] = ['industrial', 'composite', 'benchmark', 'main', 'stock', 'share'];

// "The FTSE 100 fell", "the Nikkei 225 gained": a name and its count of shares, then the day's move.
const MARKET_MOVES: readonly string[] = ['rose', 'fell', 'gained', 'lost', 'slipped', 'climbed', 'dropped', 'closed', 'ended', 'added', 'shed', 'jumped', 'slid', 'advanced', 'declined', 'edged', 'eased', 'finished', 'opened', 'tumbled', 'surged', 'rallied'];

function isIndexName(tokens: readonly Token[], chunk: Chunk): boolean {
  // "the Shanghai Composite", "the Nasdaq Composite".
  if (chunk.to - chunk.from > 1 && tokens[chunk.to - 1]!.text === 'Composite') return true;
  let i = chunk.to;
  const hasCount = tokens[i]?.kind === 'number' && !tokens[i]!.isAfterLineBreak;
  if (hasCount) i++;
  if (tokens[i]?.shape === 'lower' && INDEX_QUALIFIERS.includes(tokens[i]!.text)) i++;
  const word = tokens[i];
  if (word === undefined || word.shape !== 'lower' || word.isAfterLineBreak) return false;
  return INDEX_WORDS.includes(word.text) || (hasCount && MARKET_MOVES.includes(word.text));
}

// "Brent crude", "Brent futures", "Blackwell chips", "Patriot missiles": a grade, contract, model or
// weapon sold under a name no list holds is a product, none of our types. A listed name keeps its own
// ("Iran crude exports", "Treasury futures", "Pfizer vaccine").
const TRADED_WORDS: ReadonlySet<string> = new Set([
  'crude', 'futures', 'chip', 'chips', 'processor', 'processors', 'smartphone', 'smartphones', 'handset', 'handsets',
  'jet', 'jets', 'airliner', 'airliners', 'drone', 'drones', 'missile', 'missiles', 'rocket', 'rockets', 'tank', 'tanks',
  'vaccine', 'vaccines', 'console', 'consoles',
]);

function isTradedGrade(tokens: readonly Token[], chunk: Chunk, listedAt: ReadonlyMap<number, Mention>): boolean {
  const word = tokens[chunk.to];
  return word !== undefined && word.shape === 'lower' && TRADED_WORDS.has(word.text) && !listedAt.has(tokens[chunk.from]!.start);
}

/** A chunk as one name when its words say so, otherwise the parts no listed name covers. */
function typeChunk(tokens: readonly Token[], chunk: Chunk, listedAt: ReadonlyMap<number, Mention>, words: WordLists): Candidate[] {
  // "Panamanian Boxing Association President Ramon Manzanares": a title inside a chunk starts a new name.
  for (let i = chunk.from + 1; i < chunk.to - 1; i++) {
    const title = tokens[i]!.kind === 'word' && !listedAt.has(tokens[i]!.start) ? titleLengthAt(tokens, i, chunk.to, words) : 0;
    if (title > 0 && i + title < chunk.to && (!isNamePart(tokens[i - 1]!) || isAbbreviationBefore(tokens, i))) {
      // What stands right before a title only qualifies it ("External Affairs Minister"): no guess there.
      const qualifier = typeChunk(tokens, { from: chunk.from, to: i }, listedAt, words).filter((c) => !c.isGuess);
      return [...qualifier, ...typeChunk(tokens, { from: i, to: chunk.to }, listedAt, words)];
    }
  }
  const ofAt = indexOfWord(tokens, chunk, 'of');
  if (ofAt > chunk.from && isWholeNameBefore(tokens, { from: chunk.from, to: ofAt }, words)) {
    // "Lynn Reaser of Barnett Banks Inc", "Daniels Pharmaceuticals Inc of St. Petersburg": two names.
    return [...typeChunk(tokens, { from: chunk.from, to: ofAt }, listedAt, words), ...typeChunk(tokens, { from: ofAt + 1, to: chunk.to }, listedAt, words)];
  }
  const lastOfAt = lastIndexOfWord(tokens, chunk, 'of');
  if (lastOfAt > chunk.from && isPersonNameAfter(tokens, { from: lastOfAt + 1, to: chunk.to }, listedAt, words)) {
    // "Government of National Unity of Abdul Hamid Dbeibah": a body and the person it is of.
    return [...typeChunk(tokens, { from: chunk.from, to: lastOfAt }, listedAt, words), ...typeChunk(tokens, { from: lastOfAt + 1, to: chunk.to }, listedAt, words)];
  }
  if (isOwnersProduct(tokens, chunk, listedAt, words)) return [candidate(chunk, undefined)];
  const stripped = stripLeading(tokens, chunk, words);
  // "Pakistani Inter-Services Intelligence": a demonym before a listed name is no part of it (guidelines).
  const byHead = isDemonymBeforeListed(tokens, stripped, listedAt, words) ? undefined : typeByHeadWord(tokens, stripped, words);
  // "Darryn Hill ( Australia )": a nationality after the name says person louder than a place's head word.
  const whole = (byHead?.type === 'place' ? personBeforeCountry(tokens, stripped, listedAt, words) : undefined) ?? byHead ?? datelineTown(tokens, stripped, listedAt) ?? placeBeforeFacilityNoun(tokens, stripped) ?? placeAfterPlaceNounOf(tokens, stripped, listedAt) ?? buildingAfterArticle(tokens, stripped, listedAt, words) ?? personWithInitial(tokens, stripped, listedAt) ?? personWithListedSurname(tokens, stripped, listedAt, words) ?? personBeforeCountry(tokens, stripped, listedAt, words) ?? hyphenatedPlace(tokens, stripped, listedAt);
  if (whole) return [whole];
  const parts: Candidate[] = [];
  let from = chunk.from;
  for (let i = chunk.from; i < chunk.to; i++) {
    const mention = listedAt.get(tokens[i]!.start);
    if (!mention) continue;
    const isRegionOf = i === from + 1 && mention.type === 'place' && (COMPASS_WORDS.has(tokens[from]!.text) || PLACE_QUALIFIERS.has(tokens[from]!.text));
    if (isRegionOf) {
      // "Northern Iraq", "Southwest Asia": a region of the place, one name.
      parts.push(candidate({ from, to: endOfMention(tokens, i, chunk.to, mention) }, 'place', ruleEvidence('region', tokens[from]!.text)));
    } else if (i > from) {
      const part = typeFree(tokens, { from, to: beforeConnectors(tokens, from, i) }, words);
      // "President Sheikh | Mohamed bin Zayed": an honorific right before a listed person's name is no person of its own.
      const isHonorific = mention.type === 'person' && part.to === i && part.to - part.from === 1 && NAME_HONORIFICS.has(tokens[part.from]!.text);
      // "Justice Jayantha | Jayasuriya": a name's first word before a listed one-word surname makes a
      // person of the text's own, not the listed one who shares the surname.
      const isGivenNameOf = part.type === 'person' && mention.type === 'person' && part.to === i && part.to - part.from === 1 && !mention.text.includes(' ');
      if (isGivenNameOf) {
        const to = endOfMention(tokens, i, chunk.to, mention);
        parts.push(candidate({ from: part.from, to }, 'person', part.evidence));
        i = to - 1;
        from = to;
        continue;
      }
      if (!isHonorific) parts.push(part);
    }
    while (i < chunk.to && tokens[i]!.end <= mention.end) i++;
    from = i;
    i--;
  }
  if (from < chunk.to) parts.push(typeFree(tokens, { from, to: chunk.to }, words));
  return parts;
}

// Honorifics that are part of how a person is named where no list names the person ("Sheikh
// Hasina", guidelines), so they are no title; before a listed person's name they are no name either.
const NAME_HONORIFICS: ReadonlySet<string> = new Set(['Sheikh', 'Shaikh', 'Sheik', 'Sheikha', 'Syed', 'Sayyid', 'Haji', 'Hajji', 'Hafiz', 'Khwaja', 'Pir']);

/** The token after a listed mention that starts at `i`. */
function endOfMention(tokens: readonly Token[], i: number, to: number, mention: Mention): number {
  let end = i;
  while (end < to && tokens[end]!.end <= mention.end) end++;
  return end;
}

/** Where a part before a listed name ends, the connectors that led into that name left out ("Mocímboa | da Praia"). */
function beforeConnectors(tokens: readonly Token[], from: number, to: number): number {
  let end = to;
  while (end > from && (tokens[end - 1]!.kind === 'punct' || tokens[end - 1]!.shape === 'lower')) end--;
  return end;
}

// Capitalised compass words that make a region of the place after them.
const COMPASS_WORDS: ReadonlySet<string> = new Set([
  'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Northeastern', 'Northwestern', 'Southeastern', 'Southwestern',
  'Northeast', 'Northwest', 'Southeast', 'Southwest', 'North-East', 'North-West', 'South-East', 'South-West',
  // Divisions named so ("South Kivu", "North Darfur", "East Jerusalem"); those listed whole match whole first.
  'North', 'South', 'East', 'West',
]);

// Capitalised words that make a part of the place after them, or a place named after it: "Upper
// Egypt", "Greater Manchester", "Old Trafford".
const PLACE_QUALIFIERS: ReadonlySet<string> = new Set(['Upper', 'Lower', 'Greater', 'Old']);

// A firm's legal form ends its name: what follows "Inc of" is another name.
const LEGAL_FORMS: ReadonlySet<string> = new Set(['inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'sa', 'ag', 'nv', 'gmbh', 'spa', 'bhd', 'pty']);

/** A firm's legal form, by its folded key ("inc", "ltd"). */
export const isLegalForm = (key: string) => LEGAL_FORMS.has(key);

// Legal forms written as abbreviations: their full stop belongs to the name ("NationsBank Corp.").
const ABBREVIATED_FORMS: ReadonlySet<string> = new Set(['Inc', 'Corp', 'Co', 'Ltd', 'Bros', 'Cos', 'Bhd']);

// Legal forms written in dotted letters ("Cofinec S.A.", "Philips N.V."): their last full stop is the name's too.
const DOTTED_FORMS: ReadonlySet<string> = new Set(['S.A', 'N.V', 'A.G', 'B.V', 'L.P', 'S.L', 'A.S']);

function isAbbreviatedFormBeforeDot(tokens: readonly Token[], i: number): boolean {
  const dot = tokens[i + 1];
  if (dot === undefined || dot.text !== '.' || dot.start !== tokens[i]!.end) return false;
  if (ABBREVIATED_FORMS.has(tokens[i]!.text)) return true;
  return i >= 2 && tokens[i - 2]!.end === tokens[i - 1]!.start && tokens[i - 1]!.end === tokens[i]!.start && DOTTED_FORMS.has(`${tokens[i - 2]!.text}.${tokens[i]!.text}`);
}

/**
 * Before "of" stands a whole name: a person's (a given name and more, or any name after a title:
 * "President Ruto of Kenya", "Rep. Nancy Mace of South Carolina") or a firm's with its legal form.
 */
function isWholeNameBefore(tokens: readonly Token[], part: Chunk, words: WordLists): boolean {
  if (LEGAL_FORMS.has(fold(tokens[part.to - 1]!))) return true;
  // What leads the part is no part of the name: "Economist Joel Naroff of First Union" opening a sentence.
  const untitled = stripLeading(tokens, part, words);
  if (untitled.from >= untitled.to) return false;
  if (untitled.hasTitle) return true;
  // A given name first, or a surname first as Chinese, Korean and Vietnamese names are written ("Zheng Qinwen of China").
  const first = tokens[untitled.from]!;
  const isPersonFirst = words.givenNames.hasKeyOf(first) || words.surnames.hasKeyOf(first);
  return countWords(tokens, untitled) >= 2 && isPersonFirst && !words.organizationHeads.hasKeyOf(tokens[part.to - 1]!);
}

/** "U.S. | District Judge": a letter's full stop binds no word to the title after it, as a rank's does ("Lt. | Gen."). */
function isAbbreviationBefore(tokens: readonly Token[], i: number): boolean {
  return tokens[i - 1]!.text === '.' && tokens[i - 2]?.kind === 'word' && tokens[i - 2]!.text.length === 1;
}

/** Words that bind to the next one inside a name: connectors and hyphens ("Jaish-e-", "Bank of"). */
function isNamePart(token: Token): boolean {
  return token.kind !== 'word' || token.shape === 'lower';
}

const COUNTRY_EVIDENCE = listEvidence('places-countries');

// Initials that abbreviate a compass point before a place ("N. Ireland", "S. Korea"), not a given name.
const COMPASS_INITIALS: ReadonlySet<string> = new Set(['N', 'S', 'E', 'W']);

/**
 * "K. Barnett", "J. Crawley", "J. Ratcliffe": an initial and a one-word name a list holds as a place,
 * or as another person's surname, are a person of the text's own all the same.
 */
function personWithInitial(tokens: readonly Token[], chunk: TitledChunk, listedAt: ReadonlyMap<number, Mention>): Candidate | undefined {
  const initial = tokens[chunk.from];
  if (!initial || initial.text.length !== 1 || initial.shape !== 'upper' || COMPASS_INITIALS.has(initial.text) || tokens[chunk.from + 1]?.text !== '.') return undefined;
  let hasListed = false;
  for (let i = chunk.from + 2; i < chunk.to; i++) {
    const listed = listedAt.get(tokens[i]!.start);
    if (!listed) continue;
    if ((listed.type !== 'place' && listed.type !== 'person') || listed.text.includes(' ') || listed.isShortForm) return undefined;
    hasListed = true;
  }
  return hasListed ? candidate(chunk, 'person', ruleEvidence('initial')) : undefined;
}

/** "the Al Salem hospital", "the Nile Ritz-Carlton hotel": a name of two words or more before a site's or building's noun is one place, whatever lists hold its words. */
function placeBeforeFacilityNoun(tokens: readonly Token[], chunk: TitledChunk): Candidate | undefined {
  if (chunk.hasTitle || countWords(tokens, chunk) < 2 || !isBeforeFacilityNoun(tokens, chunk.to)) return undefined;
  return candidate(chunk, 'place', ruleEvidence('context', tokens[chunk.to]!.text));
}

/**
 * "the village of Oke-Ogun", "the town of Port Loko": a name after a place's noun and "of" is one
 * place, whatever lists hold its words; a listed name whole keeps its own type ("the state of Texas").
 */
function placeAfterPlaceNounOf(tokens: readonly Token[], chunk: TitledChunk, listedAt: ReadonlyMap<number, Mention>): Candidate | undefined {
  if (chunk.hasTitle || countWords(tokens, chunk) < 2 || !isAfterPlaceNounOf(tokens, chunk.from)) return undefined;
  const listed = listedAt.get(tokens[chunk.from]!.start);
  if (listed && listed.end === tokens[chunk.to - 1]!.end) return undefined;
  return candidate(chunk, 'place', ruleEvidence('context', tokens[chunk.from - 2]!.text));
}

/**
 * "GREENVILLE, S.C. (AP) —", "SAN BERNARDINO, Calif.": words in capitals that open a line, with a
 * comma and a listed place after them, are the dateline's town (the acronym stage reads those of six
 * letters or fewer so).
 */
function datelineTown(tokens: readonly Token[], chunk: TitledChunk, listedAt: ReadonlyMap<number, Mention>): Candidate | undefined {
  const next = tokenAfterDatelineComma(tokens, chunk.from, chunk.to);
  const place = next && listedAt.get(next.start);
  return place?.type === 'place' ? candidate(chunk, 'place', ruleEvidence('listed-with', place.text)) : undefined;
}

// The most words of a listed body's name looked back over from its possessive.
const MAX_OWNER_WORDS = 4;

// Verbs a product is the object of, and a person never: "Google DeepMind unveiled Gemini" ("introduced" takes people too).
const LAUNCH_VERBS: ReadonlySet<string> = new Set(['unveiled', 'unveils', 'launched', 'launches', 'debuted', 'debuts', 'shipped', 'ships']);

function isLaunched(tokens: readonly Token[], from: number): boolean {
  const verb = tokens[from - 1];
  return verb !== undefined && verb.shape === 'lower' && LAUNCH_VERBS.has(verb.text);
}

/**
 * "Google's Gemini", "Anthropic's Claude": one word after a listed body's possessive, or after a
 * launch's verb ("unveiled Gemini"), that only a given name would make a person is the body's
 * product. Its people are named by surname or in full ("Apple's Cook", "Microsoft's Satya Nadella").
 */
function isOwnersProduct(tokens: readonly Token[], chunk: Chunk, listedAt: ReadonlyMap<number, Mention>, words: WordLists): boolean {
  const word = tokens[chunk.from]!;
  if (chunk.to - chunk.from === 1 && words.givenNames.hasKeyOf(word) && isLaunched(tokens, chunk.from) && !words.surnames.hasKeyOf(word)) return true;
  const possessive = tokens[chunk.from - 1];
  if (chunk.to - chunk.from !== 1 || possessive === undefined || !isPossessiveToken(possessive)) return false;
  if (!words.givenNames.hasKeyOf(word) || words.surnames.hasKeyOf(word)) return false;
  const ownerEnd = tokens[chunk.from - 2]?.end;
  for (let i = chunk.from - 2; i >= Math.max(0, chunk.from - 1 - MAX_OWNER_WORDS); i--) {
    const owner = listedAt.get(tokens[i]!.start);
    if (owner) return owner.end === ownerEnd && owner.type === 'organization';
  }
  return false;
}

/** "at the Santiago Bernabeu": a building named after a person, whatever lists hold its words (context.ts). */
function buildingAfterArticle(tokens: readonly Token[], chunk: TitledChunk, listedAt: ReadonlyMap<number, Mention>, words: WordLists): Candidate | undefined {
  if (chunk.hasTitle || countWords(tokens, chunk) < 2 || !words.givenNames.hasKeyOf(tokens[chunk.from]!) || !isBuildingAfterArticle(tokens, chunk)) return undefined;
  const listed = listedAt.get(tokens[chunk.from]!.start);
  if (listed && listed.end === tokens[chunk.to - 1]!.end) return undefined;
  return candidate(chunk, 'place', ruleEvidence('context', tokens[chunk.from - 1]!.text));
}

/** "Burhan Wani", "Paul Johnson": a given name and words a list holds as single places are a person all the same. */
function personWithListedSurname(tokens: readonly Token[], chunk: TitledChunk, listedAt: ReadonlyMap<number, Mention>, words: WordLists): Candidate | undefined {
  const first = tokens[chunk.from];
  if (!first || countWords(tokens, chunk) < 2) return undefined;
  // A given name first, or a surname first as Chinese, Korean and Vietnamese names are written.
  // "German Bundeswehr": a demonym first describes the listed name after it, though it is a given name too.
  // After a title, any first word will do: "winger Will Jordan" ("Will" is no given name the lists hold).
  const cue = isDemonymAsWritten(first, words) || isArticleOfName(first, words) ? undefined : words.givenNames.hasKeyOf(first) ? 'given-name' : words.surnames.hasKeyOf(first) ? 'surname' : chunk.hasTitle ? 'title' : undefined;
  if (!cue) return undefined;
  // Listed places of one word may stand anywhere in it ("Paul Johnson": Paul is a town too), and so
  // may a listed person's surname ("Naina Yeltsin"); a firm's one-word name may end it ("Doug Ford").
  let hasListed = false;
  for (let i = chunk.from; i < chunk.to; i++) {
    const listed = listedAt.get(tokens[i]!.start);
    if (!listed) continue;
    if (listed.type === 'acronym' || listed.text.includes(' ') || listed.isShortForm) return undefined;
    if (listed.type === 'organization' && (i !== chunk.to - 1 || cue !== 'given-name')) return undefined;
    // "Villa Somalia": a surname first is weaker evidence than a country's name ("Michael Jordan" has a given name).
    if (cue === 'surname' && listed.listed?.evidence === COUNTRY_EVIDENCE) return undefined;
    hasListed = true;
  }
  // With nothing listed inside, the chunk is the free rules' to type, context cues and all.
  return hasListed ? candidate(chunk, 'person', ruleEvidence(cue, cue === 'title' ? chunk.title : first.text)) : undefined;
}

/**
 * "Gunhild Halle ( Norway ) 15:09.00", "Jearl Miles ( U.S. )": a name of two words or more and its
 * country alone in parentheses after it, as results lists and agency copy write a person's
 * nationality. A body's name has its head word, and a listed body stays itself.
 */
function personBeforeCountry(tokens: readonly Token[], chunk: TitledChunk, listedAt: ReadonlyMap<number, Mention>, words: WordLists): Candidate | undefined {
  if (countWords(tokens, chunk) < 2 || tokens[chunk.to]?.text !== '(' || isDemonymAsWritten(tokens[chunk.from]!, words)) return undefined;
  const country = listedAt.get(tokens[chunk.to + 1]?.start ?? -1);
  if (country?.listed?.evidence !== COUNTRY_EVIDENCE) return undefined;
  let close = chunk.to + 2;
  while (close < tokens.length && tokens[close]!.end <= country.end) close++;
  if (tokens[close]?.text !== ')') return undefined;
  for (let i = chunk.from; i < chunk.to; i++) {
    const listed = listedAt.get(tokens[i]!.start);
    if (listed && listed.type !== 'place') return undefined;
  }
  return candidate(chunk, 'person', ruleEvidence('context', `(${country.text})`));
}

function isDemonymBeforeListed(tokens: readonly Token[], chunk: TitledChunk, listedAt: ReadonlyMap<number, Mention>, words: WordLists): boolean {
  if (chunk.to - chunk.from < 2 || !isDemonymAsWritten(tokens[chunk.from]!, words)) return false;
  const listed = listedAt.get(tokens[chunk.from + 1]!.start);
  return listed !== undefined && listed.end === tokens[chunk.to - 1]!.end;
}

// Connectors that join the words of place names only ("Walton-on-Thames", "Boulogne-sur-Mer",
// "Frankfurt-am-Main", "Bourg-en-Bresse"); "de", "la" and "al" join people's names too.
const PLACE_CONNECTORS: ReadonlySet<string> = new Set(['on', 'upon', 'under', 'am', 'an', 'sur', 'sous', 'en']);

/**
 * "Rostov-on-Don", "Walton-on-Thames": words hyphen-joined by a lower-case connector are one place
 * when a listed place stands in them, or when the connector is one only place names use.
 */
function hyphenatedPlace(tokens: readonly Token[], chunk: TitledChunk, listedAt: ReadonlyMap<number, Mention>): Candidate | undefined {
  let place: Mention | undefined;
  let hasConnector = false;
  let placeConnector: Token | undefined;
  for (let i = chunk.from; i < chunk.to; i++) {
    const token = tokens[i]!;
    if (i > chunk.from && token.start !== tokens[i - 1]!.end) return undefined;
    if (token.kind === 'word' && token.shape === 'lower') {
      hasConnector = true;
      if (PLACE_CONNECTORS.has(token.text)) placeConnector ??= token;
    }
    const listed = listedAt.get(token.start);
    if (listed?.type === 'place') place ??= listed;
  }
  if (place && hasConnector) return candidate(chunk, 'place', ruleEvidence('hyphenated-place', place.text));
  const isOpenedByName = chunk.from < chunk.to && tokens[chunk.from]!.shape === 'title';
  return placeConnector && isOpenedByName ? candidate(chunk, 'place', ruleEvidence('hyphenated-place', placeConnector.text)) : undefined;
}

/** A stretch no listed name covers, typed by titles, given names and the words around it. */
function typeFree(tokens: readonly Token[], part: Chunk, words: WordLists): Candidate {
  const chunk = stripLeading(tokens, part, words);
  const none = candidate(chunk, undefined);
  const wordCount = countWords(tokens, chunk);
  if (wordCount === 0) return none;
  const first = tokens[chunk.from]!;
  const last = tokens[chunk.to - 1]!;
  if (wordCount === 1 && isDemonymAsWritten(first, words)) return none;
  // "Sri Lankan officials", "North Korean leader": a demonym of two words is no name either.
  if (wordCount === 2 && words.demonyms.has(wordsKey(tokens, chunk.from, chunk.to))) return none;
  if (wordCount === 1 && isOrdinal(tokens[chunk.from - 1]) && words.organizationHeads.hasKeyOf(first)) return candidate(chunk, 'organization', ruleEvidence('ordinal'));
  if ((wordCount === 1 && (isStopWordAsWritten(last, words) || words.titles.hasKeyOf(last))) || isAllStopWords(tokens, chunk, words)) return none;
  if (wordCount === 1 && isCommonWord(first, words) && !chunk.hasTitle) return none;
  // "the General Court", "the Prosecutor General Office": a title and a body's head word alone are that body's name.
  if (wordCount === 1 && chunk.hasTitle && words.organizationHeads.hasKeyOf(first)) {
    const titleAt = firstTitleWord(tokens, part.from, chunk.from, words);
    if (titleAt >= 0) return candidate({ from: titleAt, to: chunk.to }, 'organization', ruleEvidence('head-word', first.text));
  }
  // "The Army said", "the Ministry": a body's head word alone is a generic reference (guidelines), and no person.
  if (wordCount === 1 && words.organizationHeads.hasKeyOf(first) && isCommonWordAsWritten(first, words)) return none;
  if (tokens[chunk.from]!.shape === 'upper' && wordCount === 1) return none; // acronyms are the acronym stage's
  if (wordCount === 1 && isMonthBeforeDay(tokens, chunk.from)) return none;
  const byHead = typeByHeadWord(tokens, chunk, words);
  if (byHead) return byHead;
  // Without an organization's head word, "for" ends the name ("Mauro Silva for Saturday").
  const forAt = indexOfWord(tokens, chunk, 'for');
  if (forAt > chunk.from) return typeFree(tokens, { from: chunk.from, to: forAt }, words);
  // "American Dennis Mitchell": the demonym describes the person and is no part of the name.
  if (wordCount >= 2 && isDemonymAsWritten(tokens[chunk.from]!, words)) return typeFree(tokens, { from: chunk.from + 1, to: chunk.to }, words);
  const byContext = typeByContext(tokens, chunk, words);
  if (byContext) return candidate(chunk, byContext.type, byContext.evidence);
  if (wordCount >= 2 && words.surnames.hasKeyOf(last)) return candidate(chunk, 'person', ruleEvidence('surname', tokens[chunk.to - 1]!.text));
  if (tokens[chunk.from]!.isSentenceStart && wordCount === 1) return none;
  // Two or three capitalised words with no other sign are most often a person's name in news text;
  // not after "the", which people seldom take ("the Cinnamon Grand", "the Shangri-La").
  if (lower(tokens[part.from - 1]) === 'the' || lower(tokens[chunk.from - 1]) === 'the') return none;
  // A common English word is seldom part of a person's name ("Energy Desk", "Purchasing Managers"),
  // nor is a Romance article its first word ("La Bombonera", "Los Zetas", "Le Monde").
  if (wordCount < 2 || wordCount > 3 || hasCommonWord(tokens, chunk, words) || isArticleOfName(tokens[chunk.from]!, words)) return none;
  return candidate(chunk, 'person', GUESS, true);
}

const GUESS = ruleEvidence('guess');

/** Where the first title word stands between `from` and `to`, or -1 (a title before the chunk, "Chief | Rabbinate", is not in it). */
function firstTitleWord(tokens: readonly Token[], from: number, to: number, words: WordLists): number {
  for (let i = from; i < to; i++) if (tokens[i]!.kind === 'word' && words.titleWords.hasKeyOf(tokens[i]!)) return i;
  return -1;
}


// Romance and German articles, which open titles and names of places, never a person's. "Les" and "As"
// are left out: English writes them before names too ("Les Ferdinand").
const NAME_ARTICLES: ReadonlySet<string> = new Set(['El', 'La', 'Los', 'Las', 'Le', 'Il', 'Lo', 'Gli', 'Der', 'Die', 'Das']);

function isArticleOfName(token: Token, words: WordLists): boolean {
  return NAME_ARTICLES.has(token.text) && !words.givenNames.hasKeyOf(token);
}

/** Where `word` stands in the chunk, or -1. */
function lastIndexOfWord(tokens: readonly Token[], chunk: Chunk, word: string): number {
  for (let i = chunk.to - 1; i >= chunk.from; i--) if (tokens[i]!.text === word) return i;
  return -1;
}

/** A listed person, whole; or a name no list holds with a given name first, two words or more, and no body's or place's head word last. */
function isPersonNameAfter(tokens: readonly Token[], part: Chunk, listedAt: ReadonlyMap<number, Mention>, words: WordLists): boolean {
  if (part.from >= part.to) return false;
  const listed = listedAt.get(tokens[part.from]!.start);
  if (listed) return listed.type === 'person' && listed.end === tokens[part.to - 1]!.end;
  if (countWords(tokens, part) < 2 || !words.givenNames.hasKeyOf(tokens[part.from]!)) return false;
  for (let i = part.from; i < part.to; i++) if (listedAt.has(tokens[i]!.start)) return false;
  const last = tokens[part.to - 1]!;
  return !words.organizationHeads.hasKeyOf(last) && !words.placeHeads.hasKeyOf(last);
}

function indexOfWord(tokens: readonly Token[], chunk: Chunk, word: string): number {
  for (let i = chunk.from; i < chunk.to; i++) if (tokens[i]!.text === word) return i;
  return -1;
}

function hasCommonWord(tokens: readonly Token[], chunk: Chunk, words: WordLists): boolean {
  for (let i = chunk.from; i < chunk.to; i++) {
    const token = tokens[i]!;
    if (token.kind === 'word' && token.shape !== 'lower' && isCommonWord(token, words)) return true;
  }
  return false;
}

function isAllStopWords(tokens: readonly Token[], chunk: Chunk, words: WordLists): boolean {
  for (let i = chunk.from; i < chunk.to; i++) {
    const token = tokens[i]!;
    if (token.kind === 'word' && token.shape !== 'lower' && !isStopWordAsWritten(token, words) && !isDemonymAsWritten(token, words)) return false;
  }
  return true;
}
