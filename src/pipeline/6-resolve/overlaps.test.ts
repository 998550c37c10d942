import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Mention } from '../../types.js';
import { preferLongestThenStrongest, resolveOverlaps } from './overlaps.js';

// The policy stated plainly, over the whole text at once: the specification of the clustered pass.
function resolveBySpecification(mentions: readonly Mention[]): Mention[] {
  const taken = new Set<number>();
  const kept: Mention[] = [];
  for (const mention of [...mentions].sort(preferLongestThenStrongest)) {
    if (mention.end === mention.start) continue;
    const characters = Array.from({ length: mention.end - mention.start }, (_, i) => mention.start + i);
    if (characters.some((c) => taken.has(c))) continue;
    for (const c of characters) taken.add(c);
    kept.push(mention);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const sources = ['acronym', 'gazetteer', 'rule', 'compromise'] as const;
const mentionArbitrary = fc
  .record({ start: fc.integer({ min: 0, max: 60 }), length: fc.integer({ min: 0, max: 12 }), source: fc.constantFrom(...sources), id: fc.nat() })
  .map(({ start, length, source, id }): Mention => ({ start, end: start + length, text: `m${id}`, type: 'place', source }));

describe('resolveOverlaps', () => {
  it('keeps exactly what the whole-text greedy policy keeps over the lists one after the other, in the same order', () => {
    // Lists as the stages give them (in text order) or not, so the merge and its fallback are both run.
    const listArbitrary = fc.tuple(fc.array(mentionArbitrary, { maxLength: 15 }), fc.boolean()).map(([list, inOrder]) => (inOrder ? [...list].sort((a, b) => a.start - b.start) : list));
    fc.assert(
      fc.property(fc.array(listArbitrary, { maxLength: 4 }), (lists) => {
        expect(resolveOverlaps(lists)).toEqual(resolveBySpecification(lists.flat()));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps mentions that only touch, drops empty ones, and leaves its input alone', () => {
    const mentions: Mention[] = [
      { start: 5, end: 10, text: 'b', type: 'place', source: 'rule' },
      { start: 5, end: 5, text: '', type: 'place', source: 'acronym' },
      { start: 0, end: 5, text: 'a', type: 'place', source: 'rule' },
    ];
    expect(resolveOverlaps([mentions]).map((m) => m.text)).toEqual(['a', 'b']);
    expect(mentions.map((m) => m.text)).toEqual(['b', '', 'a']);
  });
});
