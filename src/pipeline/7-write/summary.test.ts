import { describe, expect, it } from 'vitest';
import type { DocumentResult, Entity } from '../../types.js';
import { createSummary } from './summary.js';

const entity = (name: string, type: string, count: number, acronym?: string): Entity => ({
  name,
  type,
  ...(acronym ? { acronym } : {}),
  count,
  mentions: Array.from({ length: count }, (_, i) => ({ text: name, start: i * 10, end: i * 10 + name.length })),
});

describe('createSummary', () => {
  it('counts documents and mentions per entity, same type and name in any case being one entity', () => {
    const summary = createSummary();
    const documents: DocumentResult[] = [
      { path: 'a.txt', entities: [entity('Inter-Services Intelligence', 'organization', 3, 'ISI'), entity('Kabul', 'place', 1)] },
      { path: 'b.txt', entities: [entity('Kabul', 'place', 2), entity('KABUL', 'place', 1), entity('Kabul', 'organization', 1)] },
      { path: 'c.txt', entities: [entity('inter-services  intelligence', 'organization', 1)] },
    ];
    for (const document of documents) summary.add(document);
    expect(summary.rows()).toEqual([
      { name: 'Inter-Services Intelligence', type: 'organization', acronym: 'ISI', documents: 2, mentions: 4, first_path: 'a.txt' },
      { name: 'Kabul', type: 'place', documents: 2, mentions: 4, first_path: 'a.txt' },
      { name: 'Kabul', type: 'organization', documents: 1, mentions: 1, first_path: 'b.txt' },
    ]);
  });

  it('takes the acronym from a later document when the first had none, and sorts ties by name', () => {
    const summary = createSummary();
    summary.add({ path: 'a.txt', entities: [entity('Lashkar-e-Taiba', 'organization', 1), entity('Bandipora', 'place', 1)] });
    summary.add({ path: 'b.txt', entities: [entity('Lashkar-e-Taiba', 'organization', 1, 'LeT')] });
    expect(summary.rows().map((r) => [r.name, r.acronym])).toEqual([['Lashkar-e-Taiba', 'LeT'], ['Bandipora', undefined]]);
  });

  it('counts two spellings of one listed entity as one row, named as first seen, and keeps unlisted names apart', () => {
    const summary = createSummary();
    const listed = (name: string) => ({ ...entity(name, 'organization', 1), id: 'organizations-militant:Jaish-e-Mohammed' });
    summary.add({ path: 'a.txt', entities: [listed('Jaish-e-Mohammed'), entity('Jaish-e-Mohammed', 'person', 1)] });
    summary.add({ path: 'b.txt', entities: [listed('Jaish-e-Muhammad')] });
    expect(summary.rows()).toEqual([
      { name: 'Jaish-e-Mohammed', type: 'organization', documents: 2, mentions: 2, first_path: 'a.txt', id: 'organizations-militant:Jaish-e-Mohammed' },
      { name: 'Jaish-e-Mohammed', type: 'person', documents: 1, mentions: 1, first_path: 'a.txt' },
    ]);
  });
});
