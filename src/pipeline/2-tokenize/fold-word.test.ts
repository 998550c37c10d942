import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldWord, plainWord } from './fold-word.js';

// The folding every key is made by, written out plainly as the specification of the fast paths.
function plainBySpecification(word: string): string {
  return word.normalize('NFD').replace(/\p{M}+/gu, '').replace(/['’ʼ`]/g, '').toLowerCase();
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
    const letters = ['a', 'E', 'z', 'Z', '1', "'", '`', '’', 'ʼ', 'é', 'Ö', 'ā', '-', '.', '\u0301', 'ß', 'İ'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 9 }), (parts) => {
        const word = parts.join('');
        expect(plainWord(word)).toBe(plainBySpecification(word));
      }),
      { numRuns: 5000 },
    );
  });

  it('makes transliteration variants one key', () => {
    expect(foldWord('Tehreek')).toBe(foldWord('Tehrik'));
    expect(foldWord('Haqqani')).toBe('haqani');
    expect(foldWord('I')).toBe('e');
    expect(foldWord('ISI')).toBe('isi');
  });
});
