// Text → tokens with UTF-16 offsets: words, numbers and single punctuation marks. It also marks the
// tokens whose capital letter carries no information (sentence starts, headlines in capitals).
import type { Token, TokenKind, TokenShape } from '../../types.js';
import { foldWord } from './fold-word.js';

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '…', '•', '|']);
const OPENING_QUOTES = new Set(['"', '“', '‘', "'", '«', '[']);

// Abbreviations whose full stop does not end a sentence ("Lt. Gen. Asim Munir", "U.S. officials").
const NON_FINAL_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'lt', 'col', 'capt', 'maj', 'sgt', 'brig', 'prof', 'rev',
  'sen', 'rep', 'gov', 'jr', 'sr', 'no', 'vs', 'adm', 'cmdr', 'insp', 'supt', 'hon', 'mt', 'ft',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'inc', 'co', 'corp', 'ltd',
]);

// A line counts as written in capitals when nearly all its letters are: a headline or a dateline.
const CAPS_LINE_SHARE = 0.8;
const CAPS_LINE_MIN_LETTERS = 6;

// A word is a run of letters, marks and digits; an inner apostrophe keeps it whole (O'Brien,
// Jama'ath) unless it is a possessive 's, which becomes a token of its own so names end before it.
// Any other character but white space is a token of one code point. The scan is written by hand
// over character codes: it is the one pass over every character, and a regular expression's match
// objects cost a third of the stage (the test checks it splits exactly as that expression).
export function tokenize(text: string): Token[] {
  const capsLines = findCapsLines(text);
  const tokens: Token[] = [];
  let lineIndex = 0;
  let isAfterLineBreak = false;
  let i = 0;
  while (i < text.length) {
    const code = text.codePointAt(i)!;
    const type = characterType(code);
    if (type === SPACE) {
      if (code === 10) isAfterLineBreak = true;
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    if (type === LETTER_OR_MARK || type === NUMBER) {
      const word = scanWord(text, i);
      i = word.end;
      kind = word.isDigitsOnly ? 'number' : 'word';
    } else if (isPossessiveAt(text, i)) {
      i += 2;
      kind = 'word';
    } else {
      i += code > 0xffff ? 2 : 1;
      kind = 'punct';
    }
    const value = text.slice(start, i);
    while (lineIndex < capsLines.length - 1 && capsLines[lineIndex]!.end <= start) lineIndex++;
    const line = capsLines[lineIndex];
    const hasPrevious = tokens.length > 0;
    tokens.push({
      text: value,
      key: foldWord(value),
      start,
      end: i,
      kind,
      shape: shapeOf(value),
      isSentenceStart: kind !== 'punct' && ((hasPrevious && isAfterLineBreak) || startsSentence(tokens)),
      isAfterLineBreak: hasPrevious && isAfterLineBreak,
      isInCapsLine: line !== undefined && line.isCaps && start >= line.start && start < line.end,
    });
    isAfterLineBreak = false;
  }
  return tokens;
}

const LETTER_OR_MARK = 1;
const NUMBER = 2;
const SPACE = 3;
const OTHER = 4;
type CharacterType = typeof LETTER_OR_MARK | typeof NUMBER | typeof SPACE | typeof OTHER;

const LETTER_OR_MARK_PATTERN = /^[\p{L}\p{M}]$/u;
const NUMBER_PATTERN = /^\p{N}$/u;
const SPACE_PATTERN = /^\s$/u;

// The type of each code point of the Basic Multilingual Plane, worked out by Unicode property the
// first time it is seen: 0 until then.
const bmpTypes = new Uint8Array(0x10000);

function characterType(code: number): CharacterType {
  if (code > 0xffff) return typeByProperty(code);
  let type = bmpTypes[code]!;
  if (type === 0) bmpTypes[code] = type = typeByProperty(code);
  return type as CharacterType;
}

function typeByProperty(code: number): CharacterType {
  const character = String.fromCodePoint(code);
  if (LETTER_OR_MARK_PATTERN.test(character)) return LETTER_OR_MARK;
  if (NUMBER_PATTERN.test(character)) return NUMBER;
  return SPACE_PATTERN.test(character) ? SPACE : OTHER;
}

function isWordCharacterAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const type = characterType(text.codePointAt(i)!);
  return type === LETTER_OR_MARK || type === NUMBER;
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/** "'s" or "’s" at i, with no letter or digit after it: a possessive. */
function isPossessiveAt(text: string, i: number): boolean {
  if (!isApostrophe(text.charCodeAt(i))) return false;
  const next = text.charCodeAt(i + 1);
  return (next === 115 || next === 83) && !isWordCharacterAt(text, i + 2);
}

/** The word that starts at i: runs of letters, marks and digits joined by inner apostrophes. */
function scanWord(text: string, i: number): { end: number; isDigitsOnly: boolean } {
  let isDigitsOnly = true;
  for (;;) {
    while (i < text.length) {
      const code = text.codePointAt(i)!;
      const type = characterType(code);
      if (type !== LETTER_OR_MARK && type !== NUMBER) break;
      if (type !== NUMBER) isDigitsOnly = false;
      i += code > 0xffff ? 2 : 1;
    }
    if (!isApostrophe(text.charCodeAt(i)) || isPossessiveAt(text, i) || !isWordCharacterAt(text, i + 1)) {
      return { end: i, isDigitsOnly };
    }
    isDigitsOnly = false;
    i++;
  }
}

/** Counts capitals and lower-case letters; plain ASCII by char code, the rest by Unicode property. */
export function shapeOf(value: string): TokenShape {
  let upper = 0;
  let lower = 0;
  let firstIsUpper = false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    let isUpper = false;
    if (code >= 65 && code <= 90) isUpper = true;
    else if (code >= 97 && code <= 122) lower++;
    else if (code > 127) {
      const character = value[i]!;
      if (UPPER.test(character)) isUpper = true;
      else if (LOWER.test(character)) lower++;
    }
    if (isUpper) {
      upper++;
      if (i === 0) firstIsUpper = true;
    }
  }
  if (upper === 0 && lower === 0) return 'none';
  if (lower === 0) return 'upper';
  if (upper === 0) return 'lower';
  return firstIsUpper && upper === 1 ? 'title' : 'mixed';
}

/** Whether text[from, to) holds a line break. */
export function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

function startsSentence(previous: readonly Token[]): boolean {
  let i = previous.length - 1;
  while (i >= 0 && isPunctuationIn(OPENING_QUOTES, previous[i]!)) i--;
  const before = previous[i];
  if (!before) return true;
  if (before !== previous[previous.length - 1] && previous[i + 1]!.isAfterLineBreak) return true;
  if (!isPunctuationIn(SENTENCE_END, before)) return false;
  if (before.text !== '.') return true;
  const word = previous[i - 1];
  // "U.S." or "Gen." before a name: the full stop closes an abbreviation, not the sentence.
  if (word && word.end === before.start && (word.text.length === 1 || NON_FINAL_ABBREVIATIONS.has(word.text.toLowerCase()))) return false;
  return true;
}

// Most tokens are words: their kind settles it before any look-up in the set.
function isPunctuationIn(marks: ReadonlySet<string>, token: Token): boolean {
  return token.kind === 'punct' && marks.has(token.text);
}

interface LineInfo {
  start: number;
  end: number;
  isCaps: boolean;
}

function findCapsLines(text: string): LineInfo[] {
  const lines: LineInfo[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lines.push({ start, end, isCaps: isWrittenInCapitals(text, start, end) });
    start = end + 1;
  }
  return lines;
}

function isWrittenInCapitals(text: string, start: number, end: number): boolean {
  let upper = 0;
  let letters = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) { upper++; letters++; }
    else if (code >= 97 && code <= 122) letters++;
    else if (code > 127 && LETTER.test(text[i]!)) { letters++; if (UPPER.test(text[i]!)) upper++; }
  }
  return letters >= CAPS_LINE_MIN_LETTERS && upper / letters >= CAPS_LINE_SHARE;
}
