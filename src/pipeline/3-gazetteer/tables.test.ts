import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SMALL_GAZETTEER_FILES } from '../../../fixtures/small-gazetteer.js';
import { compileEntries, compileGazetteer, layerGazetteers } from './compile.js';
import { decodeBundle, encodeBundle } from './bundle.js';
import { buildGazetteer, gazetteerFromTables } from './gazetteer.js';
import { PackedStrings } from './packed.js';
import { tokenize } from '../2-tokenize/tokenize.js';
import { StringTable } from './string-table.js';
import { buildPlaceTables, buildTables, type GazetteerTables, type PlaceTables, unpackTables } from './tables.js';

describe('PackedStrings', () => {
  it('gives back each item', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'é', ' ', '!', 'Z') }), { maxLength: 30 }), (items) => {
        const packed = new PackedStrings(items.join('\n'), items.length);
        expect(Array.from({ length: packed.length }, (_, i) => packed.at(i))).toEqual(items);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('StringTable', () => {
  it('finds each string at its first index, and nothing else', () => {
    const unit = fc.constantFrom('a', 'b', 'é', ' ', '~', 'Ж', '😀');
    fc.assert(
      fc.property(fc.array(fc.string({ unit }), { maxLength: 40 }), fc.array(fc.string({ unit }), { maxLength: 20 }), (strings, others) => {
        const table = StringTable.build(strings);
        expect(table.strings()).toEqual(strings);
        strings.forEach((s) => expect(table.indexOf(s)).toBe(strings.indexOf(s)));
        for (const other of others) expect(table.indexOf(other)).toBe(strings.indexOf(other));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('encodeBundle', () => {
  it('gives back plain data and typed arrays, the arrays as views of the bytes, not copies', () => {
    const data = { name: 'x', list: ['a', 'b'], nested: { ints: Int32Array.from([1, -2, 3]), chars: Uint16Array.from([65, 0x416]) }, bytes: Uint8Array.from([7]) };
    const bytes = encodeBundle(data);
    const decoded = decodeBundle<typeof data>(bytes);
    expect(decoded).toEqual(data);
    expect(decoded.nested.ints.buffer).toBe(bytes.buffer);
  });

  it('reads bytes in shared memory, and bytes at an unaligned offset', () => {
    const bytes = encodeBundle({ ints: Int32Array.from([5, 6]) });
    const shared = new Uint8Array(new SharedArrayBuffer(bytes.length));
    shared.set(bytes);
    expect(Array.from(decodeBundle<{ ints: Int32Array }>(shared).ints)).toEqual([5, 6]);
    const unaligned = new Uint8Array(bytes.length + 1).subarray(1);
    unaligned.set(bytes);
    expect(Array.from(decodeBundle<{ ints: Int32Array }>(unaligned).ints)).toEqual([5, 6]);
  });

  it('refuses bytes that are not a bundle', () => {
    expect(() => decodeBundle(new TextEncoder().encode('{"json": true}'))).toThrow(/rebuild/);
  });
});

/** Tables through their stored form, as dist/gazetteer.bin and dist/places.bin hold them. */
function stored(compiled: Parameters<typeof buildTables>[0]): { tables: GazetteerTables; places: PlaceTables } {
  return { tables: decodeBundle(encodeBundle(buildTables(compiled))), places: decodeBundle(encodeBundle(buildPlaceTables(compiled))) };
}

describe('buildTables', () => {
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
    const { tables, places: placeTables } = stored(places);
    expect(unpackTables(tables, placeTables)).toEqual(places);
    const gazetteer = gazetteerFromTables(tables, () => placeTables);
    expect([0, 1, 2].map((i) => gazetteer.entryAt(i))).toEqual([
      { name: 'Islamabad', type: 'place', id: 'geonames:1176615', evidence: 'list:places-cities', geo: { coordinates: [73.04329, 33.72148], country: 'PK' } },
      { name: 'Astana', type: 'place', id: 'places-cities:Astana', evidence: 'list:places-cities', geo: { country: 'KZ' } },
      { name: 'Kabul', type: 'place', id: 'places-cities:Kabul', evidence: 'list:places-cities' },
    ]);
    // Made once: every mention of an entry shares one object.
    expect(gazetteer.entryAt(0)).toBe(gazetteer.entryAt(0));
  });

  it('unpacks to the compiled gazetteer it was built from: entries, phrases with their spellings, word and place flags, skeletons', () => {
    expect(layered.phrases.some((phrase) => phrase.length === 4)).toBe(true);
    expect(layered.wordFlags[0].length).toBeGreaterThan(10);
    expect(layered.placeFlags[0].length).toBeGreaterThan(2);
    expect(layered.skeletonEntries[0].length).toBeGreaterThan(0);
    const { tables, places } = stored(layered);
    expect(unpackTables(tables, places)).toEqual(layered);
    const empty = stored(compileEntries([]));
    expect(unpackTables(empty.tables, empty.places)).toEqual(compileEntries([]));
  });

  it('matches as the compiled gazetteer does, from its stored form', () => {
    const { tables, places } = stored(layered);
    const loaded = gazetteerFromTables(tables, () => places);
    const built = buildGazetteer(layered);
    const entryOf = (gazetteer: typeof built, key: string) => {
      const [first, ...rest] = key.split(' ');
      let node = gazetteer.folded.root(first!);
      for (const word of rest) node = gazetteer.folded.next(node, word);
      const hit = gazetteer.folded.hit(node);
      return hit && gazetteer.entryAt(hit.entry);
    };
    for (const key of ['tehreek e taliban pakistan', 'tehrik e taliban', 'jammu and kashmir', 'asim munir']) {
      expect(entryOf(loaded, key)).toEqual(entryOf(built, key));
    }
    expect(entryOf(loaded, 'asim munir')?.name).toBe('Asim Munir');
    expect(entryOf(loaded, 'tehrik e taliban')?.name).toBe('Tehreek-e-Taliban Pakistan');
    expect(entryOf(loaded, 'asim')).toBeUndefined();
    expect(entryOf(loaded, 'asim munir khan')).toBeUndefined();
    expect(loaded.exact.hit(loaded.exact.root('TTP'))!.isShortForm).toBe(true);
    expect(loaded.folded.root('ttp')).toBe(-1);
  });

  it('keeps a name on one line', () => {
    const broken = compileEntries([{ list: 'user:b.csv', entries: [{ name: 'Two\nLines', type: 'place', aliases: ['Other'] }] }]);
    const { tables, places } = stored(broken);
    expect(unpackTables(tables, places).entries[0]![0]).toBe('Two Lines');
  });

  it('reads the place evidence only when a text first asks about a town', () => {
    const { tables, places } = stored(compileGazetteer(SMALL_GAZETTEER_FILES));
    let loads = 0;
    const gazetteer = gazetteerFromTables(tables, () => {
      loads++;
      return places;
    });
    expect(gazetteer.words.givenNames.has('asim')).toBe(true);
    expect(loads).toBe(0);
    expect(gazetteer.words.towns.has('tal afar')).toBe(true);
    expect(gazetteer.words.towns.has('sinjar')).toBe(true);
    expect(gazetteer.words.towns.has('kabul')).toBe(false);
    expect(loads).toBe(1);
  });
});


describe("a token's look-ups", () => {
  it('kept on the token, give what a look-up by its words gives, on the first ask and after', () => {
    const gazetteer = buildGazetteer(compileGazetteer(SMALL_GAZETTEER_FILES));
    const text = 'Gen. Asim Munir of the TTP met Tehreek-e-Taliban Pakistan in Jammu and Kashmir; the Army said so.';
    const { words } = gazetteer;
    const lists = [words.givenNames, words.surnames, words.titleWords, words.commonWords, words.stopWords, words.ordinaryWords, words.organizationHeads, words.towns];
    for (const token of tokenize(text)) {
      for (let ask = 0; ask < 2; ask++) {
        expect(gazetteer.folded.rootAt(gazetteer.keyIndexOf(token))).toBe(gazetteer.folded.root(token.key));
        expect(gazetteer.exact.rootAt(gazetteer.textIndexOf(token))).toBe(gazetteer.exact.root(token.text));
        for (const list of lists) expect(list.hasKeyOf(token)).toBe(list.has(token.key));
      }
    }
    const [first, ...rest] = tokenize('Jammu and Kashmir');
    let node = gazetteer.folded.rootAt(gazetteer.keyIndexOf(first!));
    for (const token of rest) node = gazetteer.folded.nextAt(node, gazetteer.keyIndexOf(token));
    expect(node).toBe(rest.reduce((at, token) => gazetteer.folded.next(at, token.key), gazetteer.folded.root(first!.key)));
    expect(gazetteer.entryAt(gazetteer.folded.hit(node)!.entry).name).toBe('Jammu and Kashmir');
  });
});
