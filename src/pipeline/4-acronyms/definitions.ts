// Finds where a text defines a short form, both ways round: "Inter-Services Intelligence (ISI)" and
// "ISI (Inter-Services Intelligence)". The matcher is Schwartz & Hearst (2003), "A simple algorithm
// for identifying abbreviation definitions in biomedical text", applied to tokens with offsets.
import type { Definition, Token } from '../../types.js';
import { CharacterType, characterType, isApostrophe } from '../2-tokenize/characters.js';
import { isJoiningHyphen } from '../3-gazetteer/fold.js';

// Schwartz & Hearst: a short form has at most 10 characters and at most two words.
const MAX_SHORT_FORM_LENGTH = 10;
// …and its long form at most min(|SF| + 5, 2·|SF|) words.
const longFormWordLimit = (shortForm: string) => Math.min(shortForm.length + 5, shortForm.length * 2);
// How far a closing parenthesis is looked for: a long form in parentheses is a handful of words.
const MAX_TOKENS_IN_PARENTHESES = 16;
const LEADING_DETERMINER = /^(?:the|a|an)\s+/i;
const ALNUM = /[\p{L}\p{N}]/u;

export function findDefinitions(text: string, tokens: readonly Token[]): Definition[] {
  const definitions: Definition[] = [];
  tokens.forEach((token, open) => {
    if (token.text !== '(') return;
    const close = findClosingParenthesis(tokens, open);
    if (close === undefined || close === open + 1) return;
    const start = tokens[open + 1]!.start;
    const end = tokens[close - 1]!.end;
    const inner = { start, end, text: text.slice(start, end) };
    const found = isShortFormCandidate(inner.text) ? longFormBefore(text, tokens, open, inner) : shortFormBefore(text, tokens, open, inner);
    if (found) definitions.push(found);
  });
  return definitions;
}

/** A short form: one or two words, ≤ 10 characters, two capitals at least (ISI, LeT, IS-KP; not "India"). */
export function isShortFormCandidate(candidate: string): boolean {
  if (candidate.length < 2 || candidate.length > MAX_SHORT_FORM_LENGTH) return false;
  if (candidate.split(/\s+/).length > 2 || !/^[\p{L}\p{N}]/u.test(candidate)) return false;
  return (candidate.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

function findClosingParenthesis(tokens: readonly Token[], open: number): number | undefined {
  for (let i = open + 1; i < tokens.length && i <= open + MAX_TOKENS_IN_PARENTHESES; i++) {
    const text = tokens[i]!.text;
    if (text === ')') return i;
    if (text === '(' || text === '.' || text === ';') return undefined;
  }
  return undefined;
}

/** "Long Form (SF)": the long form is looked for in the words just before the parenthesis. */
function longFormBefore(text: string, tokens: readonly Token[], open: number, shortForm: Definition['shortForm']): Definition | undefined {
  const windowStart = wordWindowStart(tokens, open, longFormWordLimit(shortForm.text));
  if (windowStart === undefined) return undefined;
  const end = tokens[open - 1]!.end;
  const candidate = text.slice(windowStart, end);
  const offset = matchInitials(shortForm.text, candidate) ?? matchLongForm(shortForm.text, candidate) ?? matchInitialsInOtherOrder(shortForm.text, candidate);
  if (offset === undefined) return undefined;
  const longForm = trimLongForm(text, windowStart + offset, end);
  if (!longForm || longForm.text.includes(shortForm.text)) return undefined;
  return { longForm, shortForm };
}

/** "SF (Long Form)": the short form is the word (hyphens included) just before the parenthesis. */
function shortFormBefore(text: string, tokens: readonly Token[], open: number, inner: Definition['longForm']): Definition | undefined {
  let first = open - 1;
  if (first < 0 || tokens[first]!.kind === 'punct') return undefined;
  while (first >= 2 && isJoiningHyphen(tokens, first - 1)) first -= 2;
  const shortForm = { start: tokens[first]!.start, end: tokens[open - 1]!.end, text: '' };
  shortForm.text = text.slice(shortForm.start, shortForm.end);
  if (!isShortFormCandidate(shortForm.text)) return undefined;
  if (inner.text.split(/\s+/).length > longFormWordLimit(shortForm.text)) return undefined;
  const offset = matchInitials(shortForm.text, inner.text) ?? matchLongForm(shortForm.text, inner.text);
  if (offset !== 0) return undefined;
  const longForm = trimLongForm(text, inner.start, inner.end);
  return longForm ? { longForm, shortForm } : undefined;
}

/** Where the last `maxWords` words before token `before` start, within its sentence and line. */
function wordWindowStart(tokens: readonly Token[], before: number, maxWords: number): number | undefined {
  let words = 0;
  let start: number | undefined;
  for (let i = before - 1; i >= 0 && words < maxWords; i--) {
    const token = tokens[i]!;
    if (token.kind === 'punct') {
      if (isJoiningHyphen(tokens, i) || token.text === '&' || token.text === "'s" || token.text === '’s') continue;
      break;
    }
    words++;
    start = token.start;
    if (token.isSentenceStart) break;
  }
  return start;
}

// Lower-case words a long form may hold that its short form skips ("Line of Control" → LoC or LC).
const SKIPPABLE_WORDS: ReadonlySet<string> = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'e', 'i', 'ul', 'al', 'ud', '&']);

/**
 * First try: every letter of the short form is the initial of a word, right to left, skipping
 * connectors. It beats Schwartz & Hearst's letter search where a word holds the next letter inside
 * it: "Pakistan Peoples Party (PPP)" would otherwise bind to "Peoples Party". Returns where the long
 * form starts in `candidate`.
 */
export function matchInitials(shortForm: string, candidate: string): number | undefined {
  const letters = [...shortForm].filter((c) => ALNUM.test(c)).map((c) => c.toLowerCase());
  const words = wordsOf(candidate);
  const initial = (w: number) => candidate[words[w]!.start]!.toLowerCase();
  const word = (w: number) => candidate.slice(words[w]!.start, words[w]!.end).toLowerCase();
  let w = words.length - 1;
  for (let s = letters.length - 1; s >= 0; s--) {
    while (w >= 0 && initial(w) !== letters[s] && SKIPPABLE_WORDS.has(word(w))) w--;
    if (w < 0 || initial(w) !== letters[s]) return undefined;
    if (s > 0) w--;
  }
  return words[w]!.start;
}

/**
 * Last try: a short form of the name in its own language, its initials in another order ("National
 * Rally (RN)", Rassemblement national; "Democratic Party (PD)"). As many capitalised words as the
 * short form has capitals, right before it, connectors skipped, whose initials are its letters.
 */
export function matchInitialsInOtherOrder(shortForm: string, candidate: string): number | undefined {
  if (!/^\p{Lu}{2,5}$/u.test(shortForm)) return undefined;
  const words = wordsOf(candidate);
  const initials: string[] = [];
  let w = words.length - 1;
  for (; w >= 0 && initials.length < shortForm.length; w--) {
    const word = candidate.slice(words[w]!.start, words[w]!.end);
    if (SKIPPABLE_WORDS.has(word)) continue;
    if (!/^\p{Lu}/u.test(word)) return undefined;
    initials.push(word[0]!);
  }
  if (initials.length < shortForm.length) return undefined;
  const sorted = (letters: string[]) => letters.sort().join('');
  return sorted(initials) === sorted([...shortForm]) ? words[w + 1]!.start : undefined;
}

/**
 * The words of a long form: a letter, digit or "&", and the letters, marks, digits and apostrophes
 * after it. Scanned by character type, as the tokenizer does: a regular expression's match objects
 * were most of the cost of every parenthesis.
 */
export function wordsOf(text: string): { start: number; end: number }[] {
  const words: { start: number; end: number }[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.codePointAt(i)!;
    const type = characterType(code);
    const startsWord = type <= CharacterType.OtherLetter || type === CharacterType.Number || code === 38;
    i += code > 0xffff ? 2 : 1;
    if (!startsWord) continue;
    const start = i - (code > 0xffff ? 2 : 1);
    while (i < text.length) {
      const next = text.codePointAt(i)!;
      if (characterType(next) > CharacterType.Number && !isApostrophe(next)) break;
      i += next > 0xffff ? 2 : 1;
    }
    words.push({ start, end: i });
  }
  return words;
}

/**
 * Schwartz & Hearst's match, right to left: every letter or digit of the short form must appear in
 * the candidate in order, and the short form's first character must begin a word of it. Returns
 * where the long form starts in `candidate` (the start of the word holding that first character).
 */
export function matchLongForm(shortForm: string, candidate: string): number | undefined {
  let s = shortForm.length - 1;
  let l = candidate.length - 1;
  while (s >= 0) {
    const c = shortForm[s]!.toLowerCase();
    if (!ALNUM.test(c)) {
      s--;
      continue;
    }
    while ((l >= 0 && candidate[l]!.toLowerCase() !== c) || (s === 0 && l > 0 && ALNUM.test(candidate[l - 1]!))) l--;
    if (l < 0) return undefined;
    l--;
    s--;
  }
  return candidate.lastIndexOf(' ', l) + 1;
}

/** Without a leading determiner or trailing punctuation: the long form as a name is written. */
function trimLongForm(text: string, start: number, end: number): Definition['longForm'] | undefined {
  let from = start;
  const determiner = LEADING_DETERMINER.exec(text.slice(from, end));
  if (determiner) from += determiner[0].length;
  let to = end;
  while (to > from && !ALNUM.test(text[to - 1]!)) to--;
  // "Naval Forces Central Command's (NAVCENT)": no trailing possessive (guidelines).
  if (/['’]s$/.test(text.slice(from, to))) to -= 2;
  while (to > from && !ALNUM.test(text[to - 1]!)) to--;
  while (from < to && !ALNUM.test(text[from]!)) from++;
  if (to - from < 2) return undefined;
  return { start: from, end: to, text: text.slice(from, to) };
}
