// Text → tokens with UTF-16 offsets: words, numbers and single punctuation marks. It also marks the
// tokens whose capital letter carries no information (sentence starts, headlines in capitals).
import type { Token, TokenKind, TokenShape } from '../../types.js';

// A word is a run of letters, marks and digits; an inner apostrophe keeps it whole (O'Brien,
// Jama'ath) unless it is a possessive 's, which becomes a token of its own so names end before it.
const TOKEN_PATTERN = /[\p{L}\p{M}\p{N}]+(?:['’](?![sS](?![\p{L}\p{M}\p{N}]))[\p{L}\p{M}\p{N}]+)*|['’][sS](?![\p{L}\p{M}\p{N}])|[^\s\p{L}\p{M}\p{N}]/gu;
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGITS_ONLY = /^[\p{N}]+$/u;

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
    tokens.push({
      text: value,
      start,
      end: start + value.length,
      kind,
      shape: shapeOf(value),
      isSentenceStart: kind !== 'punct' && startsSentence(text, tokens, start),
      isInCapsLine: line !== undefined && line.isCaps && start >= line.start && start < line.end,
    });
  }
  return tokens;
}

function kindOf(value: string): TokenKind {
  if (DIGITS_ONLY.test(value)) return 'number';
  return LETTER.test(value) || /\p{N}/u.test(value) ? 'word' : 'punct';
}

export function shapeOf(value: string): TokenShape {
  const first = value[0] ?? '';
  const hasUpper = UPPER.test(value);
  const hasLower = LOWER.test(value);
  if (!hasUpper && !hasLower) return 'none';
  if (!hasLower) return 'upper';
  if (!hasUpper) return 'lower';
  if (UPPER.test(first) && !UPPER.test(value.slice(1))) return 'title';
  return 'mixed';
}

function startsSentence(text: string, previous: readonly Token[], start: number): boolean {
  let i = previous.length - 1;
  while (i >= 0 && OPENING_QUOTES.has(previous[i]!.text)) i--;
  const before = previous[i];
  if (!before) return true;
  if (text.slice(before.end, start).includes('\n')) return true;
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
