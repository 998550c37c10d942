// Tokens → mentions of listed names: at each word, the longest phrase the gazetteer holds, left to right.
import type { EntityType, ListedName, Mention, Token } from '../../types.js';
import { MIN_VARIANT_FOLD_LENGTH } from '../2-tokenize/fold-word.js';
import { isPossessiveToken } from '../2-tokenize/tokenize.js';
import { isCommonWordAsWritten, isStopWordAsWritten, spellingOf } from './common-words.js';
import { NAME_CONNECTORS, isJoiningHyphen } from './fold.js';
import type { Gazetteer, PhraseHit } from './gazetteer.js';
import { NO_NODE } from './phrase-trie.js';
import { makeMention } from '../mention.js';

interface Hit {
  end: number;
  hit: PhraseHit;
}

export function matchGazetteer(text: string, tokens: readonly Token[], gazetteer: Gazetteer): Mention[] {
  const mentions: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    let found = tokens[i]!.kind === 'punct' ? undefined : longestHitAt(tokens, i, gazetteer);
    if (!found || (found.hit.isShortForm && isInsideUnlistedShortForm(tokens, i, gazetteer))) {
      i++;
      continue;
    }
    const longer = longerHitInside(tokens, i, found, gazetteer);
    if (longer) {
      // The same entry's shorter alias before it is part of the one mention; another name's words are the rules' to type.
      if (longer.hit.hit.entry !== found.hit.entry) i = longer.from;
      found = longer.hit;
    }
    const entry = gazetteer.entryAt(found.hit.entry);
    const first = firstOfMention(tokens, i, found.end, entry, gazetteer);
    const start = tokens[first]!.start;
    const end = tokens[found.end - 1]!.end;
    mentions.push(makeMention({ start, end, text: text.slice(start, end), type: entry.type, source: 'gazetteer', canonical: entry.name, isShortForm: found.hit.isShortForm, evidence: entry.evidence, listed: entry }));
    i = found.end;
  }
  return mentions;
}

/**
 * "CSP-PSD": a listed short form (PSD, Romania's Social Democrats) hyphen-joined after a word in
 * capitals that no list holds is the end of another, unknown short form. After a listed one
 * ("US-UK talks"), or after a party's initial ("D-N.Y."), it is a name of its own, as the guidelines have it.
 */
function isInsideUnlistedShortForm(tokens: readonly Token[], at: number, gazetteer: Gazetteer): boolean {
  if (!isJoiningHyphen(tokens, at - 1) || tokens[at - 2]!.shape !== 'upper') return false;
  const before = tokens[at - 2]!;
  // "D-N.Y.", "R-S.C.": a single letter is a party's initial before a state.
  if (before.text.length === 1) return false;
  const isListedAlone = gazetteer.exact.hit(gazetteer.exact.rootAt(gazetteer.textIndexOf(before))) !== undefined || gazetteer.folded.hit(gazetteer.folded.rootAt(gazetteer.keyIndexOf(before))) !== undefined;
  return !isListedAlone;
}

/**
 * Where a listed name's mention starts: "The Daily Star" is listed so, but the mention leaves "The"
 * out (guidelines: no leading determiner), unless a place is named so ("The Hague", "The Bronx":
 * the article is its name); "King Abdullah II" and "Pope Francis" are listed so, but a person's title
 * stays out of the span (guidelines), as the rules leave it out of names no list holds.
 */
function firstOfMention(tokens: readonly Token[], from: number, to: number, entry: ListedName, gazetteer: Gazetteer): number {
  const token = tokens[from]!;
  const { type } = entry;
  if (to - from < 2) return from;
  // "The Hague", and "THE HAGUE" in a dateline: a place named with its article keeps it, written capitalised.
  if (token.text.toLowerCase() === 'the') return token.text !== 'the' && type === 'place' && entry.name.startsWith('The ') ? from : from + 1;
  if (type !== 'person' || !gazetteer.words.titles.hasKeyOf(token)) return from;
  const after = tokens[from + 1]!.text === '.' ? from + 2 : from + 1;
  return after < to ? after : from;
}

/**
 * "Sheikh Tamim bin Hamad Al Thani": the alias "Sheikh Tamim" is the longest name from "Sheikh", but
 * a longer one starts inside it and runs further. That one is the name.
 */
function longerHitInside(tokens: readonly Token[], from: number, found: Hit, gazetteer: Gazetteer): { from: number; hit: Hit } | undefined {
  let best: { from: number; hit: Hit } | undefined;
  for (let j = from + 1; j < found.end; j++) {
    if (tokens[j]!.kind === 'punct') continue;
    const hit = longestHitAt(tokens, j, gazetteer);
    const length = best ? best.hit.end - best.from : found.end - from;
    if (hit && hit.end > found.end && hit.end - j > length) best = { from: j, hit };
  }
  return best;
}

function longestHitAt(tokens: readonly Token[], from: number, gazetteer: Gazetteer): Hit | undefined {
  let best: Hit | undefined;
  const first = tokens[from]!;
  // Short forms hold a capital somewhere, and folded names are capitalised but for connectors, which
  // open a name only hyphen-joined to it ("al-Qaeda"; isCapitalisedName): most words of a text, lower
  // case, start no name at all, and neither do "the", "of" and "and" standing alone. (The hyphen is
  // asked first: nearly every word of a text is lower case, and the set's look-up hashes the word.)
  if (first.shape === 'lower' && !((isJoiningHyphen(tokens, from + 1) && NAME_CONNECTORS.has(first.text)) || isArabicArticle(first))) return undefined;
  let exact = first.shape === 'lower' ? NO_NODE : gazetteer.exact.rootAt(gazetteer.textIndexOf(first));
  let folded = gazetteer.folded.rootAt(gazetteer.keyIndexOf(first));
  for (let i = from; i < tokens.length && (exact !== NO_NODE || folded !== NO_NODE); i++) {
    if (i > from && isJoiningHyphen(tokens, i)) continue;
    const token = tokens[i]!;
    // A full stop set apart from its word ("U.S ." in tokenized text) is not the name's own: a name
    // listed with it ends before it.
    const isDetachedFullStop = i > from && token.text === '.' && token.start !== tokens[i - 1]!.end;
    if (i > from) {
      // A name does not run across a line break.
      if (token.isAfterLineBreak) break;
      exact = token.shape === 'lower' || exact === NO_NODE ? NO_NODE : gazetteer.exact.nextAt(exact, gazetteer.textIndexOf(token));
      folded = folded === NO_NODE ? NO_NODE : gazetteer.folded.nextAt(folded, gazetteer.keyIndexOf(token));
    }
    const exactHit = gazetteer.exact.hit(exact);
    const foldedHit = exactHit ? undefined : gazetteer.folded.hit(folded);
    // "McDonald's", "Moody's": a listed name's own possessive is cut from the mention as any trailing one is.
    const end = i > from && (isPossessiveToken(token) || isDetachedFullStop) ? i : i + 1;
    // "U.S. Treasury Secretary Scott Bessent": a name whose last word opens a title ends shorter; the title stays out of names.
    const opensTitle = (exactHit || foldedHit) && isTitlesFirstWord(tokens, end - 1, gazetteer);
    if (exactHit && !opensTitle) best = { end, hit: exactHit };
    else if (foldedHit && !opensTitle && isCapitalisedName(tokens, from, end) && !isCommonWordOpening(tokens, from, end, gazetteer) && !isCapitalsShortForm(tokens, from, end) && isSpeltAsListed(tokens, from, end, foldedHit, gazetteer) && !isGivenNameBeforeSurname(tokens, from, end, foldedHit, gazetteer)) {
      best = { end, hit: foldedHit };
    }
    if (isDetachedFullStop) break;
  }
  return best;
}

/** The word at `i` and the next make a title ("Treasury Secretary", "Defence Minister"). */
function isTitlesFirstWord(tokens: readonly Token[], i: number, gazetteer: Gazetteer): boolean {
  const next = tokens[i + 1];
  if (next === undefined || next.isAfterLineBreak || next.kind !== 'word' || !gazetteer.words.titleWords.hasKeyOf(next)) return false;
  return gazetteer.words.titles.has(`${tokens[i]!.key} ${next.key}`);
}

/**
 * A folded match stands unless a word of it, spelt otherwise than the list spells it, is a common or
 * stop word ("US STILL" is not US Steel) or is too short to be folded itself ("Tal" is not Ta'al,
 * whose folded key it shares).
 */
function isSpeltAsListed(tokens: readonly Token[], from: number, to: number, hit: PhraseHit, gazetteer: Gazetteer): boolean {
  if (!hit.spelling) return true;
  let k = 0;
  for (let i = from; i < to; i++) {
    if (i > from && isJoiningHyphen(tokens, i)) continue;
    const token = tokens[i]!;
    const listed = hit.spelling[k++];
    if (listed === undefined) continue;
    const spelling = spellingOf(token);
    if (spelling !== listed && (isFoldedDownTo(spelling, listed) || isCommonWordAsWritten(token, gazetteer.words) || isStopWordAsWritten(token, gazetteer.words))) return false;
  }
  return true;
}

// Longest word that, written in capitals, reads as a short form rather than as a name.
const MAX_SHORT_FORM_LETTERS = 3;

/**
 * "IG Metall", "AT&T": a lone word of up to three letters written in capitals, outside a line in
 * capitals, is a short form. Only a listed short form (the exact trie, where case counts) names it;
 * the folded names would make it the Slovenian municipality of Ig.
 */
function isCapitalsShortForm(tokens: readonly Token[], from: number, to: number): boolean {
  const token = tokens[from]!;
  return to === from + 1 && token.shape === 'upper' && token.text.length <= MAX_SHORT_FORM_LETTERS && !token.isInCapsLine;
}

/**
 * "Goran Ivanisevic": a given name spelt otherwise than a one-word listed name it folds to (the
 * party Gorran), with a capitalised word after it, is a person's first name; the folded match is
 * the weaker evidence.
 */
function isGivenNameBeforeSurname(tokens: readonly Token[], from: number, to: number, hit: PhraseHit, gazetteer: Gazetteer): boolean {
  if (to !== from + 1 || !hit.spelling || hit.spelling[0] === spellingOf(tokens[from]!)) return false;
  const next = tokens[to];
  return next !== undefined && !next.isAfterLineBreak && next.kind === 'word' && (next.shape === 'title' || next.shape === 'mixed') && gazetteer.words.givenNames.hasKeyOf(tokens[from]!);
}

/** A word too short to be folded itself meets a longer listed word only because that one was folded: "Tal", "Ta'al". */
function isFoldedDownTo(spelling: string, listed: string): boolean {
  return spelling.length < MIN_VARIANT_FOLD_LENGTH && listed.length >= MIN_VARIANT_FOLD_LENGTH;
}

/** "Some" opening a sentence is not the Somme: a lone common word there is capitalised by position only. */
function isCommonWordOpening(tokens: readonly Token[], from: number, to: number, gazetteer: Gazetteer): boolean {
  const token = tokens[from]!;
  return to === from + 1 && token.isSentenceStart && isCommonWordAsWritten(token, gazetteer.words) && !isSubjectOfVerb(tokens, to);
}

// Verbs a named subject takes in news copy: "Apple unveiled", "Congress passed", "Arsenal beat".
const SUBJECT_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'announced', 'unveiled', 'reported', 'posted', 'launched', 'confirmed', 'denied', 'agreed', 'plans',
  'planned', 'sued', 'hired', 'passed', 'approved', 'rejected', 'voted', 'beat', 'drew', 'won', 'lost', 'defeated',
  'rose', 'fell', 'gained', 'slipped', 'jumped', 'dropped', 'climbed', 'surged', 'tumbled', 'slid',
  'moved', 'signed', 'scored', 'hosted', 'hosts', 'faced', 'faces', 'trailed', 'extended', 'raised', 'bought', 'sold', 'acquired',
  'warned', 'reached', 'claimed', 'appointed', 'sacked', 'fired', 'released', 'issued', 'filed', 'received', 'returned',
]);

/**
 * "Apple unveiled", "Alphabet's Google": a common noun opens a sentence with a determiner ("The
 * apple …"); one with none, before a possessive or a subject's verb, is the name.
 */
function isSubjectOfVerb(tokens: readonly Token[], after: number): boolean {
  const next = tokens[after];
  return next !== undefined && !next.isAfterLineBreak && (isPossessiveToken(next) || (next.shape === 'lower' && SUBJECT_VERBS.has(next.text)));
}

/** "al Qaeda", "el Sisi": the Arabic article opens a name written apart from it too. English has no word "al" or "el". */
function isArabicArticle(token: Token): boolean {
  return token.text === 'al' || token.text === 'el';
}

// The longest connector: a longer word is none, and is not lower-cased to find out.
const MAX_CONNECTOR_LENGTH = Math.max(...[...NAME_CONNECTORS].map((word) => word.length));

function isNameConnector(token: Token): boolean {
  return token.text.length <= MAX_CONNECTOR_LENGTH && NAME_CONNECTORS.has(token.text.toLowerCase());
}

// Prepositions that bodies' names hold in lower case between capitalised words ("Committee to
// Protect Journalists", "Campaign Against Arms Trade" written "against"): inside a listed name they
// are its own words, never at its edges.
const INNER_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'against', 'without', 'with', 'from', 'by', 'over', 'under', 'into', 'between', 'among', 'after']);

/** Folded keys match only names written as names: every word but the connectors capitalised. */
function isCapitalisedName(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word') continue;
    const isConnector = isNameConnector(token);
    // "Jammu and Kashmir", and "al-Qaeda" where the particle leads, hyphen-joined ("al Qaeda" apart).
    if (isConnector && i !== to - 1 && (i !== from || isJoiningHyphen(tokens, i + 1) || isArabicArticle(token))) continue;
    if (i !== from && i !== to - 1 && token.shape === 'lower' && INNER_PREPOSITIONS.has(token.text)) continue;
    // A possessive inside a listed name is part of it ("People's Republic of China"; a trailing one
    // is cut, as the guidelines have it), and so is a syllable hyphen-joined to the capitalised word
    // before it ("Kim Jong-un", listed "Kim Jong Un").
    if (i > from && ((isPossessiveToken(token) && i !== to - 1) || isJoiningHyphen(tokens, i - 1))) continue;
    if (token.shape === 'lower' || token.shape === 'none') return false;
    if (token.shape === 'mixed' && !/^\p{Lu}/u.test(token.text) && !isConnector) return false;
  }
  return true;
}
