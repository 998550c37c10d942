import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.js';

describe('tokenize', () => {
  it('gives offsets that slice back to each token, astral characters included', () => {
    const text = '😀 Ünïcode café — Jaish-e-Mohammed’s 𝒳 (IS-KP) “quoted”';
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it("splits a possessive 's from the name but keeps inner apostrophes", () => {
    expect(tokenize("Pakistan's O'Brien ISKP’s Jama'ath").map((t) => t.text)).toEqual(['Pakistan', "'s", "O'Brien", 'ISKP', '’s', "Jama'ath"]);
  });

  it('marks sentence starts after full stops, line breaks and opening quotes, not after abbreviations', () => {
    const tokens = tokenize('He left. Moreover "Hence we go" said Lt. Gen. Asim Munir.\nNext line');
    const starts = tokens.filter((t) => t.isSentenceStart).map((t) => t.text);
    expect(starts).toEqual(['He', 'Moreover', 'Next']);
  });

  it('marks words of a line written in capitals, and only those', () => {
    const tokens = tokenize('US STILL HUNTS ISKP CHIEF\nKABUL, Aug 26 (Reuters) - The group said.');
    expect(tokens.find((t) => t.text === 'HUNTS')!.isInCapsLine).toBe(true);
    expect(tokens.find((t) => t.text === 'KABUL')!.isInCapsLine).toBe(false);
  });

  it('tells words, numbers and punctuation apart, astral characters included', () => {
    const kinds = tokenize("ISI's 2015 😀 ( é ١٢ 𝒳").map((t) => [t.text, t.kind]);
    expect(kinds).toEqual([['ISI', 'word'], ["'s", 'word'], ['2015', 'number'], ['😀', 'punct'], ['(', 'punct'], ['é', 'word'], ['١٢', 'number'], ['𝒳', 'word']]);
  });

  it('tells shapes apart', () => {
    const shapes = Object.fromEntries(tokenize('ISI LeT Taliban opium 2015').map((t) => [t.text, t.shape]));
    expect(shapes).toEqual({ ISI: 'upper', LeT: 'mixed', Taliban: 'title', opium: 'lower', '2015': 'none' });
  });
});
