import { describe, expect, it } from 'vitest';
import type { DocumentResult, Entity } from '../../types.js';
import { createCoOccurrences } from './co-occurrence.js';

/** An entity mentioned once in each of the given sentences. */
const entity = (name: string, type: string, sentences: number[] = [0]): Entity => ({
  name,
  type,
  count: sentences.length,
  mentions: sentences.map((sentence, i) => ({ text: name, start: i, end: i + 1, sentence })),
});

const documents: DocumentResult[] = [
  { path: 'a.txt', entities: [entity('Kabul', 'place', [0, 2]), entity('ISI', 'organization', [0, 1]), entity('Pakistan', 'place', [1, 2])] },
  { path: 'b.txt', entities: [entity('ISI', 'organization', [0]), entity('Kabul', 'place', [1])] },
];

const rowsOf = (scope: 'document' | 'sentence') => {
  const pairs = createCoOccurrences(scope);
  for (const document of documents) pairs.add(document);
  return pairs.rows().map((r) => `${r.source}/${r.source_type} ${r.target}/${r.target_type} ${r.documents} ${r.weight}`);
};

describe('createCoOccurrences', () => {
  it('pairs every two entities of a document once, undirected, the source sorting first', () => {
    expect(rowsOf('document')).toEqual(['ISI/organization Kabul/place 2 2', 'ISI/organization Pakistan/place 1 1', 'Kabul/place Pakistan/place 1 1']);
  });

  it('pairs entities of the same sentence, weighing by sentences and counting documents once', () => {
    expect(rowsOf('sentence')).toEqual(['ISI/organization Kabul/place 1 1', 'ISI/organization Pakistan/place 1 1', 'Kabul/place Pakistan/place 1 1']);
  });

  it('weighs a pair by every sentence it shares, and never pairs an entity with itself', () => {
    const pairs = createCoOccurrences('sentence');
    pairs.add({ path: 'a.txt', entities: [entity('LeT', 'organization', [0, 1, 1, 3]), entity('JeM', 'organization', [0, 1, 3])] });
    expect(pairs.rows()).toEqual([{ source: 'JeM', source_type: 'organization', target: 'LeT', target_type: 'organization', documents: 1, weight: 3 }]);
  });

  it('tells a caller who forgot to number sentences', () => {
    const pairs = createCoOccurrences('sentence');
    expect(() => pairs.add({ path: 'a.txt', entities: [{ name: 'ISI', type: 'organization', count: 1, mentions: [{ text: 'ISI', start: 0, end: 3 }] }] })).toThrow(/sentences: true/);
  });
});
