import { describe, expect, it } from 'vitest';
import { DataFileError, parseDataFile, readEntries } from './tsv.js';

const HEADER = '# list: places-cities\n# source: test\n# licence: CC0\n';
const PLACE_COLUMNS = '# columns: name<TAB>type<TAB>aliases<TAB>id<TAB>longitude<TAB>latitude<TAB>country\n';

// The entries without the line of each name (--explain's), which these tests are not about.
function entriesOf(content: string) {
  return readEntries('places-cities.tsv', parseDataFile('places-cities.tsv', content)).map(({ lines: _, ...entry }) => entry);
}

describe('readEntries', () => {
  it('reads the place lists\' id, point and country where the header names those columns', () => {
    const rows = ['Islamabad\tplace\t\tgeonames:1176615\t73.04329\t33.72148\tPK', 'Astana\tplace\t\t\t\t\tKZ', 'Kabul\tplace\tKabol'];
    expect(entriesOf(HEADER + PLACE_COLUMNS + rows.join('\n'))).toEqual([
      { name: 'Islamabad', type: 'place', aliases: [], id: 'geonames:1176615', geo: { coordinates: [73.04329, 33.72148], country: 'PK' } },
      { name: 'Astana', type: 'place', aliases: [], geo: { country: 'KZ' } },
      { name: 'Kabul', type: 'place', aliases: ['Kabol'] },
    ]);
  });

  it('leaves lists without those columns as they were: name, type, aliases', () => {
    expect(entriesOf(`${HEADER}# columns: name<TAB>type<TAB>aliases\nLashkar-e-Taiba\torganization\tLeT`)).toEqual([{ name: 'Lashkar-e-Taiba', type: 'organization', aliases: ['LeT'] }]);
  });

  it('refuses a point with one coordinate, or one out of range, naming the line', () => {
    for (const row of ['X\tplace\t\tx:1\t73.0\t\tPK', 'X\tplace\t\tx:1\t33.7\t173.0\tPK', 'X\tplace\t\tx:1\teast\t33.7\tPK']) {
      const read = () => entriesOf(HEADER + PLACE_COLUMNS + row);
      expect(read).toThrow(DataFileError);
      expect(read).toThrow(/places-cities\.tsv:5: .*(longitude|latitude)/);
    }
  });
});
