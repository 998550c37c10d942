import { describe, expect, it } from 'vitest';
import { tokenize } from './2-tokenize/tokenize.js';
import { isCapitalsOpeningLine, tokenAfterDatelineComma } from './dateline.js';

describe('dateline', () => {
  it('takes words in capitals that open a line, and nothing else', () => {
    const tokens = tokenize('SAN BERNARDINO, Calif. — Fires spread.\nIn LAHORE, police said.');
    const lahore = tokens.findIndex((t) => t.text === 'LAHORE');
    expect(isCapitalsOpeningLine(tokens, 0, 2)).toBe(true);
    expect(isCapitalsOpeningLine(tokens, 0, 4)).toBe(false); // "Calif" is not in capitals
    expect(isCapitalsOpeningLine(tokens, lahore, lahore + 1)).toBe(false); // not at a line's start
    expect(isCapitalsOpeningLine(tokens, 0, 0)).toBe(false);
  });

  it('gives the token after the comma of a dateline, for the caller to ask whether a place starts there', () => {
    const tokens = tokenize('GREENVILLE, S.C. (AP) — A jury met.\nLAHORE — Police said.');
    expect(tokenAfterDatelineComma(tokens, 0, 1)?.text).toBe('S');
    const lahore = tokens.findIndex((t) => t.text === 'LAHORE');
    expect(tokenAfterDatelineComma(tokens, lahore, lahore + 1)).toBeUndefined();
  });
});
