import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../2-tokenize/tokenize.js';
import { findDefinitions, isShortFormCandidate, matchLongForm, wordsOf } from './definitions.js';

const define = (text: string) => findDefinitions(text, tokenize(text)).map((d) => [d.longForm.text, d.shortForm.text]);

describe('findDefinitions', () => {
  it('links "Inter-Services Intelligence (ISI)" without the demonym or determiner before it', () => {
    expect(define('supported by the Pakistani Inter-Services Intelligence (ISI) like')).toEqual([['Inter-Services Intelligence', 'ISI']]);
  });

  it("leaves a possessive off the long form: \"Naval Forces Central Command's (NAVCENT)\"", () => {
    expect(define("joined Naval Forces Central Command's (NAVCENT) task force")).toEqual([['Naval Forces Central Command', 'NAVCENT']]);
  });

  it('finds mixed-case and hyphenated short forms', () => {
    expect(define('groups like Jaish-e-Muhammad (JeM) and the Islamic State Khorasan Province (IS-KP).')).toEqual([
      ['Jaish-e-Muhammad', 'JeM'],
      ['Islamic State Khorasan Province', 'IS-KP'],
    ]);
  });

  it('prefers word initials to letters inside words: "Pakistan Peoples Party (PPP)"', () => {
    expect(define('lawmakers from the Pakistan Peoples Party (PPP) said, across the Line of Control (LoC).')).toEqual([
      ['Pakistan Peoples Party', 'PPP'],
      ['Line of Control', 'LoC'],
    ]);
  });

  it('finds a short form of the name in its own language, its initials in another order', () => {
    expect(define("Le Pen's National Rally (RN) and the Indonesian Democratic Party (PDI) and the Army (RA).")).toEqual([
      ['National Rally', 'RN'],
      ['Indonesian Democratic Party', 'PDI'],
    ]);
  });

  it('finds the other order, "SF (Long Form)"', () => {
    expect(define('The HQN (Haqqani Network) said.')).toEqual([['Haqqani Network', 'HQN']]);
  });

  it('ignores a place in parentheses and words whose letters do not match', () => {
    expect(define('fighters from Uzbekistan, Kerala (India), etc. KABUL, Aug 26 (SAWN) –')).toEqual([]);
  });

  it('keeps offsets that slice back to the written forms', () => {
    const text = 'The Haqqani Network (HQN) grew.';
    const [definition] = findDefinitions(text, tokenize(text));
    expect(text.slice(definition!.longForm.start, definition!.longForm.end)).toBe('Haqqani Network');
    expect(text.slice(definition!.shortForm.start, definition!.shortForm.end)).toBe('HQN');
  });
});

describe('Schwartz–Hearst matching', () => {
  it("requires the short form's first letter to start a word", () => {
    expect(matchLongForm('SI', 'Security Intelligence')).toBe(0);
    expect(matchLongForm('SI', 'Pakistani Intelligence')).toBeUndefined();
    expect(matchLongForm('XQ', 'Mindful memoization')).toBeUndefined();
  });

  it('takes short forms of two capitals or more only', () => {
    expect(['ISI', 'LeT', 'IS-KP', 'CENTCOM'].every(isShortFormCandidate)).toBe(true);
    expect(['India', 'a', 'Province of Punjab', 'ABCDEFGHIJKL'].some(isShortFormCandidate)).toBe(false);
  });
});

describe('wordsOf', () => {
  it('finds the words the pattern /[\\p{L}\\p{N}&][\\p{L}\\p{M}\\p{N}\'’]*/gu finds', () => {
    const pieces = ['a', 'B', '1', '&', "'", '’', '\u0301', ' ', '-', '.', 'é', '𝒳', '😀', '\ud800'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const expected = [...text.matchAll(/[\p{L}\p{N}&][\p{L}\p{M}\p{N}'’]*/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
        expect(wordsOf(text)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });
});
