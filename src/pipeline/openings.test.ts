import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openingsOf } from './openings.js';

describe('openingsOf', () => {
  it('never turns away a word of the set, whatever its characters', () => {
    const unit = fc.constantFrom('a', 'I', 'é', 'Ж', '😀', '-', ' ');
    fc.assert(
      fc.property(fc.array(fc.string({ unit, maxLength: 6 }), { maxLength: 20 }), (words) => {
        const mayBeOneOf = openingsOf(words);
        for (const word of words) expect(mayBeOneOf(word)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('turns away an ASCII word that opens as no word of the set does', () => {
    const unit = fc.constantFrom('a', 'b', 'c', 'I', 'S');
    fc.assert(
      fc.property(fc.array(fc.string({ unit, maxLength: 5 }), { maxLength: 10 }), fc.string({ unit, minLength: 1, maxLength: 5 }), (words, other) => {
        const opensAsOne = words.some((word) => word.slice(0, 2) === other.slice(0, 2));
        expect(openingsOf(words)(other)).toBe(opensAsOne);
      }),
      { numRuns: 2000 },
    );
    expect(openingsOf(['ISI', 'LeT'])('Khan')).toBe(false);
  });
});
