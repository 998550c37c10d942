// Text → tokens with UTF-16 offsets: words, numbers and single punctuation marks. It also marks the
// tokens whose capital letter carries no information (sentence starts, headlines in capitals).
import type { Token, TokenKind, TokenShape } from '../../types.js';
import { foldWord } from './fold-word.js';

// A word is a run of letters, marks and digits; an inner apostrophe keeps it whole (O'Brien,
// Jama'ath) unless it is a possessive 's, which becomes a token of its own so names end before it.
const TOKEN_PATTERN = /[\p{L}\p{M}\p{N}]+(?:['’](?![sS](?![\p{L}\p{M}\p{N}]))[\p{L}\p{M}\p{N}]+)*|['’][sS](?![\p{L}\p{M}\p{N}])|[^\s\p{L}\p{M}\p{N}]/gu;
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGITS_ONLY = /^[\p{N}]+$/u;
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;

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

export function tokenize(text: string): Token[] {
  const capsLines = findCapsLines(text);
  const tokens: Token[] = [];
  let lineIndex = 0;
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const start = match.index;
    const value = match[0];
    while (lineIndex < capsLines.length - 1 && capsLines[lineIndex]!.end <= start) lineIndex++;
    const line = capsLines[lineIndex];
    const kind = kindOf(value);
    const previous = tokens[tokens.length - 1];
    const isAfterLineBreak = previous !== undefined && hasLineBreak(text, previous.end, start);
    tokens.push({
      text: value,
      key: foldWord(value),
      start,
      end: start + value.length,
      kind,
      shape: shapeOf(value),
      isSentenceStart: kind !== 'punct' && (isAfterLineBreak || startsSentence(tokens)),
      isAfterLineBreak,
      isInCapsLine: line !== undefined && line.isCaps && start >= line.start && start < line.end,
    });
  }
  return tokens;
}

/** A token of TOKEN_PATTERN is punctuation when it is one character that is no letter or digit. */
function kindOf(value: string): TokenKind {
  const code = value.charCodeAt(0);
  if (code < 128) {
    if (code >= 48 && code <= 57) return DIGITS_ONLY.test(value) ? 'number' : 'word';
    // "'s" is the one token that starts with ASCII punctuation and goes on.
    return value.length > 1 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 'word' : 'punct';
  }
  if (DIGITS_ONLY.test(value)) return 'number';
  return WORD_CHARACTER.test(value) ? 'word' : 'punct';
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
  while (i >= 0 && OPENING_QUOTES.has(previous[i]!.text)) i--;
  const before = previous[i];
  if (!before) return true;
  if (before !== previous[previous.length - 1] && previous[i + 1]!.isAfterLineBreak) return true;
  if (!SENTENCE_END.has(before.text)) return false;
  if (before.text !== '.') return true;
  const word = previous[i - 1];
  // "U.S." or "Gen." before a name: the full stop closes an abbreviation, not the sentence.
  if (word && word.end === before.start && (word.text.length === 1 || NON_FINAL_ABBREVIATIONS.has(word.text.toLowerCase()))) return false;
  return true;
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
