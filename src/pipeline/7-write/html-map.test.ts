import { describe, expect, it } from 'vitest';
import type { DocumentResult, Entity } from '../../types.js';
import { mapDefinitions, placeMap, project } from './html-map.js';

const entity = (name: string, type: string, count: number, geo?: Entity['geo']): Entity => ({
  name,
  type,
  count,
  mentions: Array.from({ length: count }, (_, i) => ({ text: name, start: i * 10, end: i * 10 + name.length })),
  ...(geo ? { geo } : {}),
});

describe('the page\'s world map', () => {
  it('projects as the outlines were drawn: equirectangular, one unit a degree, north up', () => {
    expect(project(-180, 90)).toEqual([0, 0]);
    expect(project(0, 0)).toEqual([180, 90]);
    expect(project(73.04329, 33.72148)).toEqual([253.04, 56.28]);
  });

  it('holds the outlines once, as a path the maps use, whose points fall inside the map', () => {
    const definitions = mapDefinitions();
    expect(definitions).toMatch(/^<svg class="defs" aria-hidden="true"><defs><path id="world" d="M[\d.,\-lzM ]+"\/><\/defs><\/svg>\n$/);
  });

  it('draws a dot per place with a point, the most named first, named on hover, escaped', () => {
    const result: DocumentResult = {
      path: 'a.txt',
      entities: [
        entity('ISI', 'organization', 4),
        entity('Islamabad', 'place', 1, { coordinates: [73.04329, 33.72148], country: 'PK' }),
        entity('<b>Zargaran</b>', 'place', 2),
        entity('Kabul & "Peshawar"', 'place', 4, { coordinates: [69.17, 34.53] }),
      ],
    };
    const map = placeMap(result);
    const dots = [...map.matchAll(/<circle class="dot" cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)" data-entity="(\d+)" data-type="place"><title>([^<]*)<\/title><\/circle>/g)];
    expect(dots.map((dot) => [dot[4], dot[5]])).toEqual([
      ['3', 'Kabul &amp; &quot;Peshawar&quot; (4 mentions)'],
      ['1', 'Islamabad (1 mention)'],
    ]);
    expect(Number(dots[0]![3])).toBeGreaterThan(Number(dots[1]![3]));
    expect(map).toContain('<use href="#world" class="land"/>');
    expect(map).not.toContain('<b>');
  });

  it('draws no map for an article with no place to put on it', () => {
    expect(placeMap({ path: 'a.txt', entities: [entity('ISI', 'organization', 1), entity('Zargaran', 'place', 1)] })).toBe('');
  });
});
