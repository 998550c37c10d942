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

