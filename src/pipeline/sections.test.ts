import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sectionsOf } from './sections.js';

describe('sectionsOf', () => {
  it('keeps a short text whole', () => {
    expect(sectionsOf('Kabul\nPeshawar', 100)).toEqual([{ start: 0, end: 14 }]);
  });

  it('cuts after a line break, else after a space, else where it must', () => {
    expect(sectionsOf('aaaa\nbbbb\ncccc', 8)).toEqual([{ start: 0, end: 5 }, { start: 5, end: 10 }, { start: 10, end: 14 }]);
    expect(sectionsOf('aaa bbb ccc', 6)).toEqual([{ start: 0, end: 4 }, { start: 4, end: 8 }, { start: 8, end: 11 }]);
    expect(sectionsOf('aaaaaaaaaa', 4)).toEqual([{ start: 0, end: 4 }, { start: 4, end: 8 }, { start: 8, end: 10 }]);
  });

  it('covers the text exactly, in order, never splitting a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 300 }), fc.integer({ min: 2, max: 40 }), (text, max) => {
        const sections = sectionsOf(text, max);
        expect(sections.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
        for (const s of sections) {
          expect(s.end - s.start).toBeLessThanOrEqual(max);
          expect(s.end).toBeGreaterThan(s.start);
          const code = text.charCodeAt(s.start);
          expect(code >= 0xdc00 && code <= 0xdfff).toBe(false);
        }
      }),
    );
  });
});
