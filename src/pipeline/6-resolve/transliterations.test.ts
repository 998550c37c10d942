import { describe, expect, it } from 'vitest';
import type { ListedName, Mention } from '../../types.js';
import { nameTransliterations } from './transliterations.js';

const deirEzZor: ListedName = { name: 'Deir ez-Zor', type: 'place', id: 'geonames:170794', evidence: 'list:places-cities' };
const placeBySkeleton = (skeleton: string) => (skeleton === 'dr zr' ? deirEzZor : undefined);

function mention(text: string, start: number, evidence: string, type = 'place'): Mention {
  return { start, end: start + text.length, text, type, source: 'rule', evidence };
}

describe('nameTransliterations', () => {
  it('names a place found by its skeleton as the listed place, and every other mention of that spelling too', () => {
    const named = nameTransliterations(
      [mention('Dayr Az Zayr', 0, 'rule:town-skeleton Dayr Az Zayr'), mention('Dayr Az Zayr', 40, 'rule:propagated Dayr')],
      placeBySkeleton,
    );
    expect(named.map((m) => [m.canonical, m.listed?.id])).toEqual([
      ['Deir ez-Zor', 'geonames:170794'],
      ['Deir ez-Zor', 'geonames:170794'],
    ]);
  });

  it('leaves a town spelt as GeoNames spells it, a skeleton no place holds, and other types alone', () => {
    const mentions = [mention('Tal Afar', 0, 'rule:town Tal Afar'), mention('Bab Al Hawa', 20, 'rule:town-skeleton Bab Al Hawa'), mention('Dayr Az Zayr', 40, 'rule:guess', 'person')];
    expect(nameTransliterations(mentions, placeBySkeleton)).toEqual(mentions);
  });
});
