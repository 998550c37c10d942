import { describe, expect, it } from 'vitest';
import { tokenize } from '../2-tokenize/tokenize.js';
import { listedSpellings, transliterationSkeleton, wordsKey } from './fold.js';

const skeletonOf = (name: string) => {
  const tokens = tokenize(name);
  return transliterationSkeleton(wordsKey(tokens, 0, tokens.length));
};

describe('transliterationSkeleton', () => {
  it('gives the usual romanisations of one name one key', () => {
    expect(new Set(['Deir ez-Zor', 'Dayr Az Zawr', 'Dayr Az Zayr', 'Deir al-Zour'].map(skeletonOf))).toEqual(new Set(['dr zr']));
    expect(skeletonOf('Kharkiv')).toBe(skeletonOf('Kharkov'));
    expect(skeletonOf('Kyiv')).toBe(skeletonOf('Kiev'));
    expect(skeletonOf('Ash Shaddadah')).toBe(skeletonOf('Al Shadaddi'));
    expect(skeletonOf("Tall 'Afar")).toBe(skeletonOf('Tal Afar'));
  });

  it('keeps names apart whose consonants differ', () => {
    expect(skeletonOf('Mosul')).not.toBe(skeletonOf('Basra'));
    expect(skeletonOf('Raqqa')).not.toBe(skeletonOf('Ramadi'));
  });
});

describe('wordsKey', () => {
  it('folds the words and leaves punctuation out', () => {
    const tokens = tokenize("Tall 'Afar");
    expect(wordsKey(tokens, 0, tokens.length)).toBe('tal afar');
  });
});

describe('listedSpellings', () => {
  it('adds the spelling with umlauts written out, in either case, and nothing to a name without one', () => {
    expect(listedSpellings('Jürgen Möllemann')).toEqual(['Jürgen Möllemann', 'Juergen Moellemann']);
    expect(listedSpellings('ÖSTERREICH')).toEqual(['ÖSTERREICH', 'OeSTERREICH']);
    expect(listedSpellings('Zurich')).toEqual(['Zurich']);
  });
});
