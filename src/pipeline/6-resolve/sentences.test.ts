import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceIndexAt, sentenceStarts } from './sentences.js';

const sentencesOf = (text: string) => {
  const starts = sentenceStarts(text);
  return starts.map((start, i) => text.slice(start, starts[i + 1] ?? text.length).trim());
};

describe('sentenceStarts', () => {
  it('splits after full stops but not after abbreviations like Gen. or U.S.', () => {
    expect(sentencesOf('Gen. Asim Munir met U.S. officials. The ISI said nothing! Did LeT? Yes.')).toEqual([
      'Gen. Asim Munir met U.S. officials.',
      'The ISI said nothing!',
      'Did LeT?',
      'Yes.',
    ]);
  });

  it('keeps a hard-wrapped sentence whole, but ends one at a blank line or after a headline', () => {
    expect(sentencesOf('KABUL TALKS END\nOfficials in Kabul said Pakistan\nwould attend. A spokesman agreed\n\nThe ISI declined')).toEqual([
      'KABUL TALKS END',
      'Officials in Kabul said Pakistan\nwould attend.',
      'A spokesman agreed',
      'The ISI declined',
    ]);
  });

  it('gives one sentence to a text without any end, and to an empty text', () => {
    expect(sentenceStarts('no end here')).toEqual([0]);
    expect(sentenceStarts('')).toEqual([0]);
  });
});

describe('sentenceIndexAt', () => {
  it('finds the last start at or before an offset', () => {
    const starts = [0, 10, 25];
    expect([0, 9, 10, 24, 25, 99].map((offset) => sentenceIndexAt(starts, offset))).toEqual([0, 0, 1, 1, 2, 2]);
  });

  it('gives ascending starts inside the text, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const starts = sentenceStarts(text);
        expect(starts[0]).toBe(0);
        for (let i = 1; i < starts.length; i++) {
          expect(starts[i]!).toBeGreaterThan(starts[i - 1]!);
          expect(starts[i]!).toBeLessThan(text.length);
        }
      }),
      { numRuns: 200 },
    );
  });
});
