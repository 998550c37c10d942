import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.js';

describe('tokenize', () => {
  it('gives offsets that slice back to each token, astral characters included', () => {
    const text = '😀 Ünïcode café — Jaish-e-Mohammed’s 𝒳 (IS-KP) “quoted”';
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it("splits a possessive 's from the name but keeps inner apostrophes", () => {
    expect(tokenize("Pakistan's O'Brien ISKP’s Jama'ath").map((t) => t.text)).toEqual(['Pakistan', "'s", "O'Brien", 'ISKP', '’s', "Jama'ath"]);
  });

  it('marks sentence starts after full stops, line breaks and opening quotes, not after abbreviations', () => {
    const tokens = tokenize('He left. Moreover "Hence we go" said Lt. Gen. Asim Munir.\nNext line');
    const starts = tokens.filter((t) => t.isSentenceStart).map((t) => t.text);
    expect(starts).toEqual(['He', 'Moreover', 'Next']);
  });

  it('ends a sentence at an abbreviation when a word that only opens sentences follows', () => {
    const tokens = tokenize('Sales rose in the U.S. The firm said so on X. Her party met Gen. Munir and J. R. Smith.');
    expect(tokens.filter((t) => t.isSentenceStart).map((t) => t.text)).toEqual(['Sales', 'The', 'Her']);
  });

  it('marks words of a line written in capitals, and only those', () => {
    const tokens = tokenize('US STILL HUNTS ISKP CHIEF\nKABUL, Aug 26 (Reuters) - The group said.');
    expect(tokens.find((t) => t.text === 'HUNTS')!.isInCapsLine).toBe(true);
    expect(tokens.find((t) => t.text === 'KABUL')!.isInCapsLine).toBe(false);
  });

  it('tells words, numbers and punctuation apart, astral characters included', () => {
    const kinds = tokenize("ISI's 2015 😀 ( é ١٢ 𝒳").map((t) => [t.text, t.kind]);
    expect(kinds).toEqual([['ISI', 'word'], ["'s", 'word'], ['2015', 'number'], ['😀', 'punct'], ['(', 'punct'], ['é', 'word'], ['١٢', 'number'], ['𝒳', 'word']]);
  });

  it('tells shapes apart', () => {
    const shapes = Object.fromEntries(tokenize('ISI LeT Taliban opium 2015').map((t) => [t.text, t.shape]));
    expect(shapes).toEqual({ ISI: 'upper', LeT: 'mixed', Taliban: 'title', opium: 'lower', '2015': 'none' });
  });
});

// The definition the hand-written scan implements, kept here as its specification.
const TOKEN_PATTERN = /[\p{L}\p{M}\p{N}]+(?:['’](?![sS](?![\p{L}\p{M}\p{N}]))[\p{L}\p{M}\p{N}]+)*|['’][sS](?![\p{L}\p{M}\p{N}])|[^\s\p{L}\p{M}\p{N}]/gu;
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;
const DIGITS_ONLY = /^\p{N}+$/u;

function tokensByPattern(text: string): [string, number, string][] {
  return [...text.matchAll(TOKEN_PATTERN)].map((m) => {
    const kind = DIGITS_ONLY.test(m[0]) ? 'number' : WORD_CHARACTER.test(m[0]) || m[0].length === 2 && /^['’]/.test(m[0]) ? 'word' : 'punct';
    return [m[0], m.index, kind];
  });
}

// Shapes and capital lines by their definitions, a code point at a time.
function shapeBySpecification(word: string): string {
  const characters = [...word];
  const upper = characters.filter((c) => /\p{Lu}/u.test(c)).length;
  const lower = characters.filter((c) => /\p{Ll}/u.test(c)).length;
  if (upper === 0 && lower === 0) return 'none';
  if (lower === 0) return 'upper';
  if (upper === 0) return 'lower';
  return /^\p{Lu}/u.test(word) && upper === 1 ? 'title' : 'mixed';
}

function isInCapsLineBySpecification(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset) < 0 ? text.length : text.indexOf('\n', offset);
  const characters = [...text.slice(lineStart, lineEnd)];
  const letters = characters.filter((c) => /\p{L}/u.test(c)).length;
  const upper = characters.filter((c) => /\p{Lu}/u.test(c)).length;
  return letters >= 6 && upper / letters >= 0.8;
}

describe('tokenize, against the token pattern it implements', () => {
  // Characters where the rules meet: apostrophes and s, digits of two scripts, combining marks,
  // astral letters and symbols, lone surrogates, and white space beyond ASCII.
  const pieces = ["'", '’', 's', 'S', 'a', 'É', '5', '١', '\u0301', '𝒳', '😀', '\ud800', '\udc00', ' ', '\n', '\u00a0', '\u2003', '.', '-', '(', 'x'];

  it('splits every text into the same tokens, offsets and kinds', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const scanned = tokenize(text).map((t): [string, number, string] => [t.text, t.start, t.kind]);
        expect(scanned).toEqual(tokensByPattern(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives each token the shape and capital line its definition gives', () => {
    const casedPieces = [...pieces, 'A', 'B', 'b', 'ǅ', 'ا', '𝐀', 'AB', 'CD', 'EF '];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...casedPieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        for (const token of tokenize(text)) {
          expect(token.shape).toBe(shapeBySpecification(token.text));
          expect(token.isInCapsLine).toBe(isInCapsLineBySpecification(text, token.start));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('marks a token after a line break, and a sentence start there, as before', () => {
    const tokens = tokenize('one\n two \u2028three\n\n“four');
    expect(tokens.map((t) => t.isAfterLineBreak)).toEqual([false, true, false, true, false]);
    expect(tokens.filter((t) => t.isSentenceStart).map((t) => t.text)).toEqual(['one', 'two', 'four']);
  });
});
