import { describe, expect, it } from 'vitest';
import { dataFileErrorOf } from '../../../../fixtures/data-file-error.js';
import { literalOf, readRegexNerMapping } from './regexner.js';

const fail = (reason: string) => new Error(reason);

describe('readRegexNerMapping', () => {
  it('reads pattern and type, with CoreNLP types mapped and others kept lower-cased', () => {
    expect(readRegexNerMapping('m.txt', 'Lashkar-e-Taiba\tORGANIZATION\nMuzaffarabad\tCITY\nZarbeh\tWEAPON\tMISC\t1.5\n')).toEqual([
      { name: 'Zarbeh', type: 'weapon', aliases: [], lines: [3] },
      { name: 'Lashkar-e-Taiba', type: 'organization', aliases: [], lines: [1] },
      { name: 'Muzaffarabad', type: 'place', aliases: [], lines: [2] },
    ]);
  });

  it('puts higher priorities first, so they win a pattern two lines share; file order among equals', () => {
    const entries = readRegexNerMapping('m.txt', 'Kupwara\tLOCATION\nKupwara\tDISTRICT\t\t2\nSopore\tLOCATION\n');
    expect(entries.map((e) => `${e.name}/${e.type}`)).toEqual(['Kupwara/district', 'Kupwara/place', 'Sopore/place']);
  });

  it('skips blank and # lines but counts them, so errors name the line as written', () => {
    const error = dataFileErrorOf(() => readRegexNerMapping('m.txt', '# ours\n\nISI\tORGANIZATION\nLeT\n'));
    expect([error.file, error.line, error.reason]).toEqual(['m.txt', 4, 'expected pattern<TAB>TYPE[<TAB>overwritable types<TAB>priority]']);
  });

  it('refuses regular expressions, a bad priority and a fifth column', () => {
    expect(dataFileErrorOf(() => readRegexNerMapping('m.txt', 'Lashkar-e-Tai(b|y)a\tORGANIZATION')).reason).toMatch(/"\(" is regular expression syntax/);
    expect(dataFileErrorOf(() => readRegexNerMapping('m.txt', 'Harkat\\w+\tORGANIZATION')).reason).toMatch(/"\\w" is regular expression syntax/);
    expect(dataFileErrorOf(() => readRegexNerMapping('m.txt', 'ISI\tORG\t\thigh')).reason).toBe('priority "high" is not a number');
    expect(dataFileErrorOf(() => readRegexNerMapping('m.txt', 'ISI\tORG\t\t1\t0')).reason).toMatch(/more than 4 columns/);
  });
});

describe('literalOf', () => {
  it('undoes escapes, keeps an unescaped full stop, and folds runs of spaces', () => {
    expect(literalOf('U\\.S\\.  Army', fail)).toBe('U.S. Army');
    expect(literalOf('St. Louis', fail)).toBe('St. Louis');
    expect(literalOf('AT\\&T', fail)).toBe('AT&T');
  });
});
