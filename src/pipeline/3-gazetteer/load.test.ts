import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../index.js';
import { precedenceOf } from '../../../scripts/gazetteers/precedence.mjs';
import { compileGazetteer } from './compile.js';
import { compileUserLists } from './user/user-lists.js';
import { gazetteerFromShared, loadBuiltInGazetteer, readBuiltInPlaces, readBuiltInTables, shareBuiltInTables } from './load.js';
import { unpackTables } from './tables.js';
import { buildWithUserLists, shareTablesWithUserLists } from './load-user.js';

const seed = readFileSync(new URL('../../../seeds/000_7896003b2d4fef40.txt', import.meta.url), 'utf8');
const text = `${seed}\nThe Crimson Lotus Brigade (CLB) met in Kabul. Crimson Lotus denied it.`;

describe('the built-in tables', () => {
  it('are the lists of src/data/gazetteers, compiled: the build is up to date and the engine reads what it wrote', () => {
    const dir = new URL('../../data/gazetteers/', import.meta.url);
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.tsv'))
      .sort((a, b) => precedenceOf(a) - precedenceOf(b) || a.localeCompare(b))
      .map((fileName) => ({ fileName, content: readFileSync(new URL(fileName, dir), 'utf8') }));
    const loaded = unpackTables(readBuiltInTables(), readBuiltInPlaces());
    expect(loaded.entries.length).toBeGreaterThan(20_000);
    expect(loaded).toEqual(compileGazetteer(files));
  });
});

describe('tables shared between threads', () => {
  it('the built-in tables in shared memory give the same entities as the ones a thread reads itself', () => {
    const shared = shareBuiltInTables();
    expect(shared.gazetteer).toBeInstanceOf(SharedArrayBuffer);
    const fromShared = extract(text, { gazetteer: gazetteerFromShared(shared), explain: true, geo: true });
    expect(fromShared.length).toBeGreaterThan(20);
    expect(fromShared).toEqual(extract(text, { gazetteer: loadBuiltInGazetteer(), explain: true, geo: true }));
  });

  it('reads the built-in tables once a run: every share hands out the same bytes', () => {
    loadBuiltInGazetteer();
    const first = shareBuiltInTables();
    const again = shareBuiltInTables();
    expect(again.gazetteer).toBe(first.gazetteer);
    expect(again.places).toBe(first.places);
  });

  it('users\' lists over the built-in ones, built once and shared, give what each thread would build', async () => {
    const content = readFileSync(new URL('../../../fixtures/analyst/groups.csv', import.meta.url), 'utf8');
    const user = await compileUserLists([{ fileName: 'groups.csv', content }]);
    const fromShared = extract(text, { gazetteer: gazetteerFromShared(shareTablesWithUserLists(user)), explain: true });
    expect(fromShared.some((e) => e.name === 'Crimson Lotus Brigade' && e.mentions.length === 3)).toBe(true);
    expect(fromShared).toEqual(extract(text, { gazetteer: buildWithUserLists(user), explain: true }));
  });
});
