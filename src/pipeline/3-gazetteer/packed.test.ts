import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SMALL_GAZETTEER_FILES } from '../../../fixtures/small-gazetteer.js';
import { compileEntries, compileGazetteer, layerGazetteers } from './compile.js';
import { PackedStrings, packGazetteer, unpackGazetteer } from './packed.js';
import { buildPackedGazetteer } from './gazetteer.js';

describe('PackedStrings', () => {
  it('gives back each item, and the lower bound a binary search over the sorted array would', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'é', ' ', '!', 'Z') }), { maxLength: 30 }), fc.string({ unit: fc.constantFrom('a', 'b', 'é', ' ', '!', 'Z') }), (items, value) => {
        const sorted = [...items].sort();
        const packed = new PackedStrings(sorted.join('\n'), sorted.length);
        expect(Array.from({ length: packed.length }, (_, i) => packed.at(i))).toEqual(sorted);
        const expected = sorted.findIndex((item) => !(item < value));
        expect(packed.lowerBound(value)).toBe(expected < 0 ? sorted.length : expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('packGazetteer', () => {
  const user = compileEntries([{ list: 'user:a.csv', entries: [{ name: 'Taliban', type: 'militia', aliases: ['TTP'] }] }]);
  const builtIn = compileEntries([
    {
      list: 'organizations',
      entries: [
        { name: 'Tehreek-e-Taliban Pakistan', type: 'organization', aliases: ['TTP', 'Tehrik-i-Taliban'] },
        { name: 'Jammu and Kashmir', type: 'place', aliases: ['J&K'] },
      ],
    },
    { list: 'people', entries: [{ name: 'Asim Munir', type: 'person', aliases: [] }] },
  ]);
  const layered = layerGazetteers(user, layerGazetteers(builtIn, compileGazetteer(SMALL_GAZETTEER_FILES)));

  it('keeps each entry\'s own id and place facts, and names the others by list and name', () => {
    const places = compileEntries([
      {
        list: 'places-cities',
        entries: [
          { name: 'Islamabad', type: 'place', aliases: [], id: 'geonames:1176615', geo: { coordinates: [73.04329, 33.72148], country: 'PK' } },
          { name: 'Astana', type: 'place', aliases: [], geo: { country: 'KZ' } },
          { name: 'Kabul', type: 'place', aliases: [] },
        ],
      },
    ]);
    const packed = packGazetteer(places);
    expect(unpackGazetteer(packed)).toEqual(places);
    const gazetteer = buildPackedGazetteer(packed);
    expect([0, 1, 2].map((i) => gazetteer.entryAt(i))).toEqual([
      { name: 'Islamabad', type: 'place', id: 'geonames:1176615', evidence: 'list:places-cities', geo: { coordinates: [73.04329, 33.72148], country: 'PK' } },
      { name: 'Astana', type: 'place', id: 'places-cities:Astana', evidence: 'list:places-cities', geo: { country: 'KZ' } },
      { name: 'Kabul', type: 'place', id: 'places-cities:Kabul', evidence: 'list:places-cities' },
    ]);
    // Made once: every mention of an entry shares one object.
    expect(gazetteer.entryAt(0)).toBe(gazetteer.entryAt(0));
  });

  it('unpacks to the compiled gazetteer it packed: entries, phrases with their spellings, word flags', () => {
    expect(layered.phrases.some((phrase) => phrase.length === 4)).toBe(true);
    expect(layered.wordFlags[0].length).toBeGreaterThan(10);
    expect(unpackGazetteer(packGazetteer(layered))).toEqual(layered);
    expect(unpackGazetteer(packGazetteer(compileEntries([])))).toEqual(compileEntries([]));
  });

  it('survives JSON, as dist/gazetteer.json holds it', () => {
    expect(unpackGazetteer(JSON.parse(JSON.stringify(packGazetteer(layered))))).toEqual(layered);
  });

  it('keeps a name on one line', () => {
    const broken = compileEntries([{ list: 'user:b.csv', entries: [{ name: 'Two\nLines', type: 'place', aliases: ['Other'] }] }]);
    expect(unpackGazetteer(packGazetteer(broken)).entries[0]![0]).toBe('Two Lines');
  });

  it('reads the place evidence only when a text first asks about a town', () => {
    const { placeWords, placeFlags, ...withoutPlaces } = packGazetteer(compileGazetteer(SMALL_GAZETTEER_FILES));
    let loads = 0;
    const gazetteer = buildPackedGazetteer(withoutPlaces, () => {
      loads++;
      return { placeWords: placeWords!, placeFlags: placeFlags! };
    });
    expect(gazetteer.words.givenNames.has('asim')).toBe(true);
    expect(loads).toBe(0);
    expect(gazetteer.words.towns.has('tal afar')).toBe(true);
    expect(gazetteer.words.towns.has('sinjar')).toBe(true);
    expect(gazetteer.words.towns.has('kabul')).toBe(false);
    expect(loads).toBe(1);
  });
});

