import { describe, expect, it } from 'vitest';
import type { DocumentResult, Entity } from '../../types.js';
import { writeAll } from './writer.js';

const place = (name: string, geo?: Entity['geo'], id?: string): Entity => ({
  name,
  type: 'place',
  ...(id ? { id } : {}),
  count: 2,
  mentions: [{ text: name, start: 0, end: name.length }, { text: name, start: 10, end: 10 + name.length }],
  ...(geo ? { geo } : {}),
});

const results: DocumentResult[] = [
  { path: 'none.txt', entities: [{ name: 'ISI', type: 'organization', count: 1, mentions: [{ text: 'ISI', start: 0, end: 3 }] }] },
  { path: 'a.txt', entities: [place('Islamabad', { coordinates: [73.04329, 33.72148], country: 'PK' }, 'geonames:1176615'), place('Zargaran')] },
  { path: 'empty.txt', entities: [] },
  { path: 'b.txt', entities: [place('Astana', { country: 'KZ' }, 'places-cities:Astana')] },
];

describe('geojson writer', () => {
  it('writes one feature per place per document, documents without places adding nothing', async () => {
    for (const pretty of [false, true]) {
      const collection = JSON.parse(await writeAll('geojson', results, { pretty })) as { type: string; features: { geometry: unknown; properties: unknown }[] };
      expect(collection.type).toBe('FeatureCollection');
      expect(collection.features).toEqual([
        { type: 'Feature', geometry: { type: 'Point', coordinates: [73.04329, 33.72148] }, properties: { name: 'Islamabad', id: 'geonames:1176615', country: 'PK', path: 'a.txt', mentions: 2 } },
        { type: 'Feature', geometry: null, properties: { name: 'Zargaran', id: null, country: null, path: 'a.txt', mentions: 2 } },
        { type: 'Feature', geometry: null, properties: { name: 'Astana', id: 'places-cities:Astana', country: 'KZ', path: 'b.txt', mentions: 2 } },
      ]);
    }
  });

  it('writes an empty collection for a run with no place', async () => {
    expect(JSON.parse(await writeAll('geojson', [results[0]!, results[2]!]))).toEqual({ type: 'FeatureCollection', features: [] });
  });
});
