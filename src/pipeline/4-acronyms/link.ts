// Definitions → mentions: the long form and every use of its short form, in any spelling that differs
// only by hyphens or dots (IS-KP ~ ISKP), before or after the definition, become one entity's mentions.
// Short forms the text never defines are typed by the gazetteer, or as `acronym` when nothing is known.
import type { Definition, EntityType, ListedName, Mention, Span, Token, WordLists } from '../../types.js';
import { foldWord } from '../2-tokenize/fold-word.js';
import { isOrdinal } from '../2-tokenize/ordinal.js';
import { isJoiningHyphen } from '../3-gazetteer/fold.js';
import { tokenAfterDatelineComma } from '../dateline.js';
import { acronymEvidence, ruleEvidence, thenEvidence, UNKNOWN_ACRONYM_EVIDENCE } from '../evidence.js';
import { borrowIndices } from '../scratch.js';
import { makeMention } from '../mention.js';

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/gu;
// Nearly every word is ASCII letters alone and compacts to itself: the pattern runs only on the rest.
const compact = (form: string) => (isAsciiAlphanumeric(form) ? form : form.replace(NOT_LETTER_OR_DIGIT, ''));

function isAsciiAlphanumeric(form: string): boolean {
  for (let i = 0; i < form.length; i++) {
    const code = form.charCodeAt(i);
    if (!(code >= 97 && code <= 122) && !(code >= 65 && code <= 90) && !(code >= 48 && code <= 57)) return false;
  }
  return true;
}
// An undefined short form typed `acronym` (guidelines: last resort) has 2–6 capitals, as acronyms do.
const UNKNOWN_ACRONYM = /^\p{Lu}[\p{Lu}\p{N}]{1,5}$/u;
const ROMAN_NUMERAL = /^[IVXLCDM]+$/;

interface ShortFormUse {
  start: number;
  end: number;
  compactForm: string;
  /** The whole hyphen-joined run (IS-KP), not its first word alone (IS). */
  isWholeRun: boolean;
  isInCapsLine: boolean;
  /** The index of its first token. */
  firstToken: number;
}

export function linkShortForms(
  text: string,
  tokens: readonly Token[],
  definitions: readonly Definition[],
  known: readonly Mention[],
  words: WordLists,
): Mention[] {
  const mentions: Mention[] = [];
  const index = indexKnown(text.length, known);
  const byShortForm = new Map<string, { definition: Definition; type: EntityType; evidence: string; listed: ListedName | undefined }>();
  const notNames = new Set<string>();
  for (const definition of definitions) {
    const key = compact(definition.shortForm.text);
    if (!/^\p{Lu}/u.test(definition.longForm.text)) {
      // "improvised explosive device (IED)": a term, not a name.
      notNames.add(key);
      continue;
    }
    if (byShortForm.has(key)) continue;
    const longForm = widenToListedName(text, definition.longForm, index);
    const type = typeOfLongForm(definition, index, words);
    const evidence = acronymEvidence(longForm.text, definition.shortForm.text);
    const listed = listedAs(longForm, index);
    byShortForm.set(key, { definition: { ...definition, longForm }, type, evidence, listed });
    mentions.push(makeMention({ start: longForm.start, end: longForm.end, text: longForm.text, type, source: 'acronym', canonical: longForm.text, evidence, listed }));
  }
  let linkedUntil = 0;
  for (const use of shortFormUses(tokens, byShortForm)) {
    if (use.start < linkedUntil) continue;
    const linked = byShortForm.get(use.compactForm);
    const written = text.slice(use.start, use.end);
    if (linked) {
      const { listed } = linked;
      mentions.push(makeMention({ start: use.start, end: use.end, text: written, type: linked.type, source: 'acronym', canonical: linked.definition.longForm.text, isShortForm: true, evidence: linked.evidence, listed }));
    } else if (use.isWholeRun && !use.isInCapsLine && isUnknownAcronym(written, use, index, notNames, words)) {
      mentions.push(datelinePlace(tokens, use, written, index) ?? unknownShortForm(text, tokens, use, written));
    } else continue;
    linkedUntil = use.end;
  }
  return mentions;
}

/** The other stages' mentions, found by position: which one covers a character, which end where. */
interface KnownIndex {
  known: readonly Mention[];
  /** Index into `known` of the mention over each character, -1 where none. */
  coverAt: Int32Array;
}

function indexKnown(textLength: number, known: readonly Mention[]): KnownIndex {
  const coverAt = borrowIndices(textLength);
  known.forEach((m, i) => coverAt.fill(i, m.start, m.end));
  return { known, coverAt };
}

/** "US Central Command (CENTCOM)": the letters stop at Central, the listed name starts at US. */
function widenToListedName(text: string, longForm: Definition['longForm'], index: KnownIndex): Definition['longForm'] {
  // A text defines a handful of short forms: a scan of the known mentions costs less than an index.
  const listed = index.known.find((m) => m.end === longForm.end && m.source === 'gazetteer' && m.start < longForm.start);
  return listed ? { start: listed.start, end: listed.end, text: text.slice(listed.start, listed.end) } : longForm;
}

/**
 * A long form that is a listed name, whole ("Inter-Services Intelligence (ISI)"), is that entry: the
 * text defined its short form, the list still says which entity it is. A long form only partly
 * listed ("Khorasan Province" inside "Islamic State Khorasan Province") is an entity of the text's.
 */
function listedAs(longForm: Span, index: KnownIndex): ListedName | undefined {
  // A scan, as in widenToListedName: a rule's mention over the same words may hide it from coverAt.
  return index.known.find((m) => m.source === 'gazetteer' && m.start === longForm.start && m.end === longForm.end)?.listed;
}

function typeOfLongForm(definition: Definition, index: KnownIndex, words: WordLists): EntityType {
  const { longForm, shortForm } = definition;
  // A default guess about the words of the long form says less than the fact that it has a short form.
  const covering = index.known[index.coverAt[longForm.start]!];
  if (covering && covering.type !== 'acronym' && !covering.isGuess && covering.start <= longForm.start && covering.end >= longForm.end) return covering.type;
  const listedShortForm = index.known[index.coverAt[shortForm.start]!];
  if (listedShortForm?.source === 'gazetteer' && listedShortForm.start === shortForm.start && listedShortForm.end === shortForm.end) return listedShortForm.type;
  // A name inside the long form says nothing of it ("… in Europe", "… Khorasan Province"); its head word does.
  const lastWord = foldWord(longForm.text.split(/[\s\-]+/).pop() ?? '');
  return words.placeHeads.has(lastWord) && !words.organizationHeads.has(lastWord) ? 'place' : 'organization';
}

/**
 * Every word, and every run of words joined by hyphens (IS-KP), that is a defined short form or could
 * be an undefined one: a single word in capitals, as UNKNOWN_ACRONYM asks (a run holds a hyphen).
 */
function shortFormUses(tokens: readonly Token[], defined: ReadonlyMap<string, unknown>): ShortFormUse[] {
  const uses: ShortFormUse[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // Every short form starts with a capital (isShortFormCandidate, UNKNOWN_ACRONYM): others need no look.
    if (token.kind !== 'word' || token.shape === 'lower' || token.shape === 'none' || isJoiningHyphen(tokens, i - 1)) continue;
    let last = i;
    // "IS-KP", and "AK-47" whole (a weapon's name is no acronym of its own).
    while (isJoiningHyphen(tokens, last + 1) && (tokens[last + 2]?.kind === 'word' || tokens[last + 2]?.kind === 'number')) last += 2;
    const couldBeUndefined = last === i && token.shape === 'upper' && !token.isInCapsLine;
    // Most capitalised words are single words of a text that defines nothing: nothing to look up.
    if (last === i && !couldBeUndefined && defined.size === 0) continue;
    // A short form of two words, defined so: "Africa Centres for Disease Control and Prevention (Africa CDC)".
    const pair = last === i && defined.size > 0 ? twoWordForm(tokens, i) : undefined;
    if (pair !== undefined && defined.has(pair)) {
      uses.push({ start: token.start, end: tokens[i + 1]!.end, compactForm: pair, isWholeRun: true, isInCapsLine: token.isInCapsLine, firstToken: i });
      i++;
      continue;
    }
    const run = last === i ? token.text : tokens.slice(i, last + 1).map((t) => t.text).join('');
    const compactForm = compact(run);
    if (couldBeUndefined || defined.has(compactForm)) {
      uses.push({ start: token.start, end: tokens[last]!.end, compactForm, isWholeRun: true, isInCapsLine: token.isInCapsLine, firstToken: i });
    }
    const firstWord = last > i ? compact(token.text) : undefined;
    if (firstWord !== undefined && defined.has(firstWord)) {
      uses.push({ start: token.start, end: token.end, compactForm: firstWord, isWholeRun: false, isInCapsLine: token.isInCapsLine, firstToken: i });
    }
  }
  return uses;
}

/** The compact form of the word at i and the next one, a space apart, or undefined. */
function twoWordForm(tokens: readonly Token[], i: number): string | undefined {
  const next = tokens[i + 1];
  if (next === undefined || next.kind !== 'word' || next.shape === 'lower' || next.start !== tokens[i]!.end + 1) return undefined;
  return compact(tokens[i]!.text + next.text);
}

// "507th ARW", "407th AEG": a numbered unit's short form, an organization whatever its letters.
const ORDINAL_SHORT_FORM_EVIDENCE = thenEvidence(UNKNOWN_ACRONYM_EVIDENCE, ruleEvidence('ordinal'));
const NUMBERED_SHORT_FORM_EVIDENCE = thenEvidence(UNKNOWN_ACRONYM_EVIDENCE, ruleEvidence('unit-number'));

// "CTF 50", "TF 58", "JTF 2": a task force's short form and its number. Other short forms before a
// number are mostly a table's team and its score ("OB 0", "TVM 9") or an index ("FTSE 100").
const TASK_FORCE = /TF$/;
const NUMBER_AFTER = /^ (\d{1,3})(?![\d.,%])/;

/** A short form nobody defines: of no knowable type (guidelines), unless it is a numbered unit's. */
function unknownShortForm(text: string, tokens: readonly Token[], use: ShortFormUse, written: string): Mention {
  const before = tokens[use.firstToken - 1];
  if (isOrdinal(before) && text.slice(before!.end, use.start) === ' ') {
    const { start } = before!;
    return makeMention({ start, end: use.end, text: text.slice(start, use.end), type: 'organization', source: 'acronym', evidence: ORDINAL_SHORT_FORM_EVIDENCE });
  }
  const number = TASK_FORCE.test(written) ? NUMBER_AFTER.exec(text.slice(use.end, use.end + 6))?.[0] : undefined;
  if (number !== undefined) {
    const end = use.end + number.length;
    return makeMention({ start: use.start, end, text: text.slice(use.start, end), type: 'organization', source: 'acronym', evidence: NUMBERED_SHORT_FORM_EVIDENCE });
  }
  return makeMention({ start: use.start, end: use.end, text: written, type: 'acronym', source: 'acronym', isShortForm: true, evidence: UNKNOWN_ACRONYM_EVIDENCE });
}

/**
 * "MASON, Ohio 1996-08-18": a word in capitals that opens a line, with a comma and a listed place
 * after it, is a dateline's town, not a short form.
 */
function datelinePlace(tokens: readonly Token[], use: ShortFormUse, written: string, index: KnownIndex): Mention | undefined {
  let after = use.firstToken;
  while (tokens[after] && tokens[after]!.end <= use.end) after++;
  const next = tokenAfterDatelineComma(tokens, use.firstToken, after);
  if (!next) return undefined;
  const place = index.known[index.coverAt[next.start]!];
  if (place?.type !== 'place' || place.start !== next.start) return undefined;
  return makeMention({ start: use.start, end: use.end, text: written, type: 'place', source: 'rule', evidence: ruleEvidence('listed-with', place.text) });
}

function isUnknownAcronym(written: string, use: ShortFormUse, index: KnownIndex, notNames: ReadonlySet<string>, words: WordLists): boolean {
  if (!UNKNOWN_ACRONYM.test(written) || ROMAN_NUMERAL.test(written) || notNames.has(use.compactForm)) return false;
  if (words.ordinaryWords.has(foldWord(written))) return false;
  for (let i = use.start; i < use.end; i++) if (index.coverAt[i]! >= 0) return false;
  return true;
}
