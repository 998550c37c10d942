import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldWord, plainWord } from './fold-word.js';

// The folding every key is made by, written out plainly as the specification of the fast paths.
const ASCII_OF: Record<string, string> = { ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ð: 'd', Ð: 'd', ı: 'i', ß: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', þ: 'th', Þ: 'th' };

function plainBySpecification(word: string): string {
  const decomposed = word.normalize('NFD').replace(/\p{M}+/gu, '').replace(/['’ʼ`]/g, '');
  return [...decomposed].map((letter) => ASCII_OF[letter] ?? letter).join('').toLowerCase();
}

function foldBySpecification(word: string): string {
  const plain = plainBySpecification(word);
  if (plain === 'i') return 'e';
  if (plain.length < 4) return plain;
  return plain.replace(/ee/g, 'i').replace(/oo/g, 'u').replace(/(\p{L})\1+/gu, '$1');
}

describe('foldWord', () => {
  it('folds every word as the specification does, ASCII fast path and memo alike', () => {
    const letters = ['a', 'e', 'E', 'i', 'I', 'o', 'O', 'q', 'Q', 's', 'T', '1', "'", '`', '’', 'é', 'ā', '-', '.'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 9 }), (parts) => {
        const word = parts.join('');
        expect(foldWord(word)).toBe(foldBySpecification(word));
      }),
      { numRuns: 5000 },
    );
  });

  it('spells every word plainly as the specification does, ASCII fast path and the rest alike', () => {
    const letters = ['a', 'E', 'z', 'Z', '1', "'", '`', '’', 'ʼ', 'é', 'Ö', 'ā', '-', '.', '\u0301', 'ß', 'İ', 'ł', 'Ø', 'Æ', 'þ'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 9 }), (parts) => {
        const word = parts.join('');
        expect(plainWord(word)).toBe(plainBySpecification(word));
      }),
      { numRuns: 5000 },
    );
  });

  it('writes the letters no decomposition takes to ASCII as English text writes them', () => {
    expect(['Wałęsa', 'Søren', 'Straße', 'Đukić', 'Ægir'].map(plainWord)).toEqual(['walesa', 'soren', 'strasse', 'dukic', 'aegir']);
  });

  it('makes transliteration variants one key', () => {
    expect(foldWord('Tehreek')).toBe(foldWord('Tehrik'));
    expect(foldWord('Haqqani')).toBe('haqani');
    expect(foldWord('I')).toBe('e');
    expect(foldWord('ISI')).toBe('isi');
  });
});
