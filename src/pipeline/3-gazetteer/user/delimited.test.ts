import { describe, expect, it } from 'vitest';
import { dataFileErrorOf } from '../../../../fixtures/data-file-error.js';
import { readDelimitedList } from './delimited.js';

describe('readDelimitedList', () => {
  it('takes aliases from further columns and |-separated cells, and leaves other named columns alone', () => {
    const csv = 'Name,Type,Aliases,notes,alias2\nJaish-e-Mohammed,ORG,JeM|Jaish-e-Muhammad,"banned, 2002",JEM\nZarbeh,weapon,,,\n';
    expect(readDelimitedList('l.csv', csv, ',')).toEqual([
      { name: 'Jaish-e-Mohammed', type: 'organization', aliases: ['JeM', 'Jaish-e-Muhammad', 'JEM'], lines: [2, 2, 2, 2] },
      { name: 'Zarbeh', type: 'weapon', aliases: [], lines: [3] },
    ]);
  });

  it('reads cells past the header as aliases (ragged rows), and TSV with quotes inside cells', () => {
    const tsv = 'name\ttype\taliases\nLashkar-e-Taiba\torganization\tLeT\tLashkar-e-Tayyiba\nThe "Butcher"\tPERSON\n';
    expect(readDelimitedList('l.tsv', tsv, '\t')).toEqual([
      { name: 'Lashkar-e-Taiba', type: 'organization', aliases: ['LeT', 'Lashkar-e-Tayyiba'], lines: [2, 2, 2] },
      { name: 'The "Butcher"', type: 'person', aliases: [], lines: [3] },
    ]);
  });

  it('groups rows that share an id, the first row naming the entity, which keeps the id, each name keeping its line', () => {
    const csv = 'id,name,type\njem,Jaish-e-Mohammed,ORG\n,Kupwara,GPE\njem,JeM,ORG\n';
    expect(readDelimitedList('l.csv', csv, ',')).toEqual([
      { name: 'Jaish-e-Mohammed', type: 'organization', aliases: ['JeM'], lines: [2, 4], id: 'jem' },
      { name: 'Kupwara', type: 'place', aliases: [], lines: [3] },
    ]);
  });

  it('names the line of a bad row, counting quoted line breaks and skipped lines', () => {
    const csv = 'name,type,notes\n# a comment\nISI,ORG,"two\nlines"\n\n,ORG\n';
    expect(dataFileErrorOf(() => readDelimitedList('l.csv', csv, ',')).message).toBe('l.csv:6: the name is empty');
    expect(dataFileErrorOf(() => readDelimitedList('l.csv', 'name,type\nISI,ORG\nLeT\n', ',')).message).toBe('l.csv:3: the type is empty');
    expect(dataFileErrorOf(() => readDelimitedList('l.csv', 'name,type\n"ISI,ORG\n', ',')).message).toBe('l.csv:2: a quoted cell is never closed');
    expect(dataFileErrorOf(() => readDelimitedList('l.csv', 'entity,kind\nISI,ORG\n', ',')).reason).toMatch(/^the header must name a "name" and a "type" column/);
  });
});
