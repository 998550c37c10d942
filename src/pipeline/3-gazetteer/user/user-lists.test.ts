import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { layerGazetteers } from '../compile.js';
import { buildGazetteer } from '../gazetteer.js';
import { smallGazetteer, SMALL_GAZETTEER_FILES } from '../../../../fixtures/small-gazetteer.js';
import { compileGazetteer } from '../compile.js';
import { matchGazetteer } from '../match.js';
import { tokenize } from '../../2-tokenize/tokenize.js';
import { compileUserLists, detectFormat, readUserList } from './user-lists.js';
import { typeOfLabel } from './labels.js';

const fixture = (name: string) => ({ fileName: `fixtures/analyst/${name}`, content: readFileSync(new URL(`../../../../fixtures/analyst/${name}`, import.meta.url), 'utf8') });

describe('typeOfLabel', () => {
  it('maps spaCy, CoNLL and CoreNLP labels to our types, keeps the rest lower-cased, refuses non-words', () => {
    expect(['PERSON', 'PER', 'ORG', 'ORGANIZATION', 'GPE', 'LOC', 'LOCATION', 'FAC', 'CITY', 'place'].map(typeOfLabel)).toEqual([
      'person', 'person', 'organization', 'organization', 'place', 'place', 'place', 'place', 'place', 'place',
    ]);
    expect(['NORP', 'MISC', 'WEAPON', 'work_of_art'].map(typeOfLabel)).toEqual(['norp', 'misc', 'weapon', 'work_of_art']);
    expect(['', 'two words', '-x'].map(typeOfLabel)).toEqual([undefined, undefined, undefined]);
  });
});

describe('detectFormat', () => {
  it('goes by the extension for .csv and .jsonl/.ndjson', () => {
    expect(detectFormat('a.csv', 'anything')).toBe('csv');
    expect(detectFormat('a.JSONL', '')).toBe('entity-ruler');
    expect(detectFormat('a.ndjson', '')).toBe('entity-ruler');
  });

  it('sniffs the rest: spaCy lines, our own data files, a header row, else RegexNER', () => {
    expect(detectFormat('patterns.txt', '\n{"label":"ORG","pattern":"ISI"}')).toBe('entity-ruler');
    expect(detectFormat('ours.tsv', '# list: x\n# source: y\n# licence: z\n# columns: name<TAB>type<TAB>aliases\n')).toBe('data-file');
    expect(detectFormat('list.tsv', 'Name\tType\tAliases\nISI\tORG\n')).toBe('tsv');
    expect(detectFormat('list.txt', 'name,type\nISI,ORG\n')).toBe('csv');
    expect(detectFormat('mapping.tsv', 'ISI\tORGANIZATION\n')).toBe('regexner');
    expect(detectFormat('mapping', '# comment\nISI\tORGANIZATION\tMISC\t1\n')).toBe('regexner');
  });
});

describe('user lists over the built-in gazetteer', () => {
  it('reads the same entries from the CSV, TSV and spaCy fixtures', async () => {
    // Lines differ from format to format (--explain names them); the entries are the same.
    const names = async (file: string) => (await readUserList(fixture(file))).entries.filter((e) => e.name === 'Crimson Lotus Brigade').map(({ lines: _, ...e }) => e);
    expect(await names('groups.csv')).toEqual([{ name: 'Crimson Lotus Brigade', type: 'organization', aliases: ['CLB', 'Crimson Lotus'] }]);
    expect(await names('groups.tsv')).toEqual(await names('groups.csv'));
    // The spaCy patterns name the entity by an id, which the entry keeps.
    expect(await names('patterns.jsonl')).toEqual([{ ...(await names('groups.csv'))[0], id: 'clb' }]);
  });

  it('lets a user entry win a key the built-in lists claim, and leaves the other keys to them', async () => {
    const user = await compileUserLists([{ fileName: 'mine.csv', content: 'name,type\nTaliban,militia\nKabul Valley,valley\n' }]);
    const builtIn = compileGazetteer(SMALL_GAZETTEER_FILES);
    const gazetteer = buildGazetteer(layerGazetteers(user, builtIn));
    const text = 'The Taliban left Kabul Valley for Pakistan.';
    const found = matchGazetteer(text, tokenize(text), gazetteer).map((m) => [m.text, m.type]);
    expect(found).toEqual([['Taliban', 'militia'], ['Kabul Valley', 'valley'], ['Pakistan', 'place']]);
    expect(matchGazetteer(text, tokenize(text), smallGazetteer()).map((m) => m.type)).toEqual(['organization', 'place']);
  });

  it('gives an earlier file a name that a later one lists too', async () => {
    const user = await compileUserLists([
      { fileName: 'first.csv', content: 'name,type\nZarbeh,weapon\n' },
      { fileName: 'second.jsonl', content: '{"label":"PERSON","pattern":"Zarbeh"}\n' },
    ]);
    expect(user.entries.map(([name, type]) => [name, type])).toEqual([['Zarbeh', 'weapon']]);
  });
});
