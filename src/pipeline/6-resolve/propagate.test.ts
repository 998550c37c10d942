import { describe, expect, it } from 'vitest';
import { smallGazetteer } from '../../../fixtures/small-gazetteer.js';
import type { Mention } from '../../types.js';
import { tokenize } from '../2-tokenize/tokenize.js';
import { propagateNames } from './propagate.js';

const words = smallGazetteer().words;

function place(text: string, written: string, from = 0): Mention {
  const start = text.indexOf(written, from);
  return { start, end: start + written.length, text: written, type: 'place', source: 'rule' };
}

describe('propagateNames', () => {
  it('gives a repeated word the type it has elsewhere in the document', () => {
    const text = 'the village of Beighpora was sealed; police cordoned off Beighpora later.';
    const added = propagateNames(text, tokenize(text), [place(text, 'Beighpora')], words).map((m) => [m.text, m.start, m.type]);
    expect(added).toEqual([
      ['Beighpora', 15, 'place'],
      ['Beighpora', 57, 'place'],
    ]);
  });

  it('gives a word listed with a one-word place the type place', () => {
    const text = 'Clashes at Muridke and Sadhoke left Zorblat quiet.';
    const typed = propagateNames(text, tokenize(text), [place(text, 'Muridke')], words).map((m) => [m.text, m.type]);
    expect(typed).toEqual([
      ['Muridke', 'place'],
      ['Sadhoke', 'place'],
    ]);
  });

  it('takes no month before a date for a place listed with it', () => {
    const text = 'Srinagar, Jan 12: police said.';
    expect(propagateNames(text, tokenize(text), [place(text, 'Srinagar')], words).map((m) => m.text)).toEqual(['Srinagar']);
  });
});
