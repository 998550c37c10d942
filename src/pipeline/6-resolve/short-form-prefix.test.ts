import { describe, expect, it } from 'vitest';
import type { Mention } from '../../types.js';
import { joinShortFormPrefixes } from './short-form-prefix.js';

function at(text: string, written: string, type: string, isShortForm = false, from = 0): Mention {
  const start = text.indexOf(written, from);
  return { start, end: start + written.length, text: written, type, source: 'gazetteer', evidence: 'list:test', ...(isShortForm ? { isShortForm } : {}) };
}

describe('joinShortFormPrefixes', () => {
  it('joins a short form to the organization named right after it', () => {
    const text = 'joined U.S. Naval Forces Central Command and the UN Security Council';
    const mentions = [at(text, 'U.S.', 'place', true), at(text, 'Naval Forces Central Command', 'organization'), at(text, 'UN', 'organization', true), at(text, 'Security Council', 'organization')];
    expect(joinShortFormPrefixes(text, mentions).map((m) => [text.slice(m.start, m.end), m.type, m.evidence])).toEqual([
      ['U.S. Naval Forces Central Command', 'organization', 'list:test; rule:short-form-prefix U.S.'],
      ['UN Security Council', 'organization', 'list:test; rule:short-form-prefix UN'],
    ]);
  });

  it('leaves a short form before a place, a person, a line break or other words alone', () => {
    const text = 'US Kabul, US Smith, US\nArmy, US said Army';
    const mentions = [
      at(text, 'US', 'place', true), at(text, 'Kabul', 'place'),
      at(text, 'US', 'place', true, 9), at(text, 'Smith', 'person'),
      at(text, 'US', 'place', true, 19), at(text, 'Army', 'organization'),
      at(text, 'US', 'place', true, 28), at(text, 'Army', 'organization', false, 30),
    ];
    expect(joinShortFormPrefixes(text, mentions)).toEqual(mentions);
  });
});
