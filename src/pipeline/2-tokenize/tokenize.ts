// Text → tokens with UTF-16 offsets: words, numbers and single punctuation marks. It also marks the
// tokens whose capital letter carries no information (sentence starts, headlines in capitals).
import { NOT_LOOKED_UP, type Token, type TokenKind, type TokenShape } from '../../types.js';
import { characterType, CharacterType as C, isApostrophe, isWordCharacterAt } from './characters.js';
import { foldWord } from './fold-word.js';

const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '…', '•', '|']);
const OPENING_QUOTES = new Set(['"', '“', '‘', "'", '«', '[']);

// Abbreviations whose full stop does not end a sentence ("Lt. Gen. Asim Munir", "U.S. officials").
const NON_FINAL_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'lt', 'col', 'capt', 'maj', 'sgt', 'brig', 'prof', 'rev',
  'sen', 'sens', 'rep', 'reps', 'gov', 'jr', 'sr', 'no', 'vs', 'adm', 'cmdr', 'insp', 'supt', 'hon', 'mt', 'ft',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'inc', 'co', 'corp', 'ltd',
]);

// Words that open a sentence and never a name, so that an abbreviation's full stop before them ends one.
const SENTENCE_OPENERS = new Set(['The', 'An', 'He', 'She', 'It', 'They', 'We', 'His', 'Her', 'Its', 'Their', 'Our', 'This', 'That', 'These', 'Those', 'There', 'But', 'When', 'While', 'If']);

// A line counts as written in capitals when nearly all its letters are: a headline or a dateline.
const CAPS_LINE_SHARE = 0.8;
const CAPS_LINE_MIN_LETTERS = 6;

/** What the scan of one word found: where it ends, and its letters by case. */
interface WordScan {
  end: number;
  isDigitsOnly: boolean;
  upper: number;
  lower: number;
  /** Letters of any case, caseless scripts included. */
  letters: number;
  isFirstUpper: boolean;
}

// A word is a run of letters, marks and digits; an inner apostrophe keeps it whole (O'Brien,
// Jama'ath) unless it is a possessive 's, which becomes a token of its own so names end before it.
// Any other character but white space is a token of one code point. The scan is written by hand
// over character codes, and one pass gives each token its end, kind, shape and its line's share of
// capitals: it is the one loop over every character of a batch (the tests check it against the
// regular expression and the shape rules it implements).
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const scan: WordScan = { end: 0, isDigitsOnly: true, upper: 0, lower: 0, letters: 0, isFirstUpper: false };
  const line = { firstToken: 0, upper: 0, letters: 0 };
  let isAfterLineBreak = false;
  let i = 0;
  while (i < text.length) {
    const code = text.codePointAt(i)!;
    const type = characterType(code);
    if (type === C.Space) {
      if (code === 10) {
        markCapsLine(tokens, line);
        isAfterLineBreak = true;
      }
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    let shape: TokenShape;
    if (type <= C.Number) {
      scanWord(text, i, scan);
      i = scan.end;
      kind = scan.isDigitsOnly ? 'number' : 'word';
      shape = shapeOfScan(scan);
      line.upper += scan.upper;
      line.letters += scan.letters;
    } else if (isPossessiveAt(text, i)) {
      const isUpper = text.charCodeAt(i + 1) === 83;
      shape = isUpper ? 'upper' : 'lower';
      line.upper += isUpper ? 1 : 0;
      line.letters++;
      i += 2;
      kind = 'word';
    } else {
      i += code > 0xffff ? 2 : 1;
      kind = 'punct';
      shape = 'none';
    }
    const value = text.slice(start, i);
    const hasPrevious = tokens.length > 0;
    tokens.push({
      text: value,
      key: foldWord(value),
      start,
      end: i,
      kind,
      shape,
      isSentenceStart: kind !== 'punct' && ((hasPrevious && isAfterLineBreak) || startsSentence(tokens, value)),
      isAfterLineBreak: hasPrevious && isAfterLineBreak,
      isInCapsLine: false,
      keyIndex: NOT_LOOKED_UP,
      textIndex: NOT_LOOKED_UP,
    });
    isAfterLineBreak = false;
  }
  markCapsLine(tokens, line);
  return tokens;
}

/** At a line's end: its tokens are in a line written in capitals if its letters are. */
function markCapsLine(tokens: Token[], line: { firstToken: number; upper: number; letters: number }): void {
  if (line.letters >= CAPS_LINE_MIN_LETTERS && line.upper / line.letters >= CAPS_LINE_SHARE) {
    for (let t = line.firstToken; t < tokens.length; t++) tokens[t]!.isInCapsLine = true;
  }
  line.firstToken = tokens.length;
  line.upper = 0;
  line.letters = 0;
}

/** The possessive token the tokenizer splits off a word ("Pakistan's" → "Pakistan", "'s"), in lower case. */
export function isPossessiveToken(token: Token): boolean {
  return token.text === "'s" || token.text === '’s';
}

/** "'s" or "’s" at i, with no letter or digit after it: a possessive. */
function isPossessiveAt(text: string, i: number): boolean {
  if (!isApostrophe(text.charCodeAt(i))) return false;
  const next = text.charCodeAt(i + 1);
  return (next === 115 || next === 83) && !isWordCharacterAt(text, i + 2);
}

/** The word that starts at i: runs of letters, marks and digits joined by inner apostrophes. */
function scanWord(text: string, i: number, scan: WordScan): void {
  scan.isDigitsOnly = true;
  scan.upper = 0;
  scan.lower = 0;
  scan.letters = 0;
  scan.isFirstUpper = false;
  const start = i;
  for (;;) {
    while (i < text.length) {
      const code = text.codePointAt(i)!;
      const type = characterType(code);
      if (type > C.Number) break;
      if (type !== C.Number) scan.isDigitsOnly = false;
      if (type <= C.OtherLetter) {
        scan.letters++;
        if (type === C.Upper) {
          scan.upper++;
          if (i === start) scan.isFirstUpper = true;
        } else if (type === C.Lower) scan.lower++;
      }
      i += code > 0xffff ? 2 : 1;
    }
    if (!isApostrophe(text.charCodeAt(i)) || isPossessiveAt(text, i) || !isWordCharacterAt(text, i + 1)) {
      scan.end = i;
      return;
    }
    scan.isDigitsOnly = false;
    i++;
  }
}

function shapeOfScan({ upper, lower, isFirstUpper }: WordScan): TokenShape {
  if (upper === 0 && lower === 0) return 'none';
  if (lower === 0) return 'upper';
  if (upper === 0) return 'lower';
  return isFirstUpper && upper === 1 ? 'title' : 'mixed';
}

function startsSentence(previous: readonly Token[], next: string): boolean {
  let i = previous.length - 1;
  while (i >= 0 && isPunctuationIn(OPENING_QUOTES, previous[i]!)) i--;
  const before = previous[i];
  if (!before) return true;
  if (before !== previous[previous.length - 1] && previous[i + 1]!.isAfterLineBreak) return true;
  if (!isPunctuationIn(SENTENCE_END, before)) return false;
  if (before.text !== '.') return true;
  // "U.S." or "Gen." before a name: the full stop closes an abbreviation, not the sentence, unless
  // the word after it only ever opens one ("criticised on X. The union …").
  const abbreviation = previous[i - 1];
  if (abbreviation && abbreviation.end === before.start && (abbreviation.text.length === 1 || NON_FINAL_ABBREVIATIONS.has(abbreviation.text.toLowerCase()))) return SENTENCE_OPENERS.has(next);
  return true;
}

// Most tokens are words: their kind settles it before any look-up in the set.
function isPunctuationIn(marks: ReadonlySet<string>, token: Token): boolean {
  return token.kind === 'punct' && marks.has(token.text);
}
