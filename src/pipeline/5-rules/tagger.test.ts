import { describe, expect, it } from 'vitest';
import type { Mention } from '../../types.js';
import { tokenize } from '../2-tokenize/tokenize.js';
import { decideWithTagger } from './tagger.js';

describe('decideWithTagger', () => {
  it("re-types a guess by compromise's reading of its sentence, and keeps a guess it has no word on", () => {
    const text = 'Crowds gathered in New Orleans on Monday. Residents met Zorblat Quenth later.';
    const guess = (written: string): Mention => {
      const start = text.indexOf(written);
      return { start, end: start + written.length, text: written, type: 'person', source: 'rule', isGuess: true };
    };
    const decided = decideWithTagger(text, tokenize(text), [guess('New Orleans'), guess('Zorblat Quenth')]);
    expect(decided.map((m) => [m.text, m.type])).toEqual([
      ['New Orleans', 'place'],
      ['Zorblat Quenth', 'person'],
    ]);
  });
});
