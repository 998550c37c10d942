// --explain from the command line: the evidence field in JSON, the evidence column of CSV --mentions,
// a user's list named as given with its line, and every other output left as it was.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it, vi } from 'vitest';
import { ISI_LET, ROOT, runCli } from './helpers.js';

vi.setConfig({ testTimeout: 30_000 });
const KUPWARA = 'fixtures/analyst/articles/a-kupwara.txt';
const GROUPS = 'fixtures/analyst/groups.csv';

interface ExplainedJson {
  documents: { path: string; entities: { name: string; type: string; mentions: { text: string; start: number; end: number; evidence?: string }[] }[] }[];
}

describe.concurrent('--explain', () => {
  it('JSON: every mention has its evidence right after start and end, the rest as without it', async () => {
    const plain = await runCli([ISI_LET, '-f', 'json']);
    const explained = await runCli([ISI_LET, '-f', 'json', '--explain']);
    expect(explained.status).toBe(0);
    const json = JSON.parse(explained.stdout) as ExplainedJson;
    const mentions = json.documents[0]!.entities.flatMap((e) => e.mentions.map((m) => ({ entity: e.name, ...m })));
    expect(mentions.length).toBeGreaterThan(3);
    for (const m of mentions) expect(Object.keys(m)).toEqual(['entity', 'text', 'start', 'end', 'evidence']);
    const isi = mentions.filter((m) => m.text === 'ISI');
    expect(isi.length).toBeGreaterThan(0);
    for (const m of isi) expect(m.evidence).toBe('acronym:Inter-Services Intelligence (ISI)');
    for (const doc of json.documents) for (const e of doc.entities) for (const m of e.mentions) delete m.evidence;
    expect(json).toEqual(JSON.parse(plain.stdout));
  });

  it('CSV --mentions --context: evidence the last column, after id; a user list named as given, with its line', async () => {
    const result = await runCli([KUPWARA, '--gazetteer', GROUPS, '-f', 'csv', '--mentions', '--context', '5', '--explain']);
    expect(result.status).toBe(0);
    const [header, ...rows] = parse(result.stdout) as string[][];
    expect(header).toEqual(['path', 'name', 'type', 'text', 'start', 'end', 'context', 'id', 'evidence']);
    const evidenceOf = (text: string) => [...new Set(rows.filter((row) => row[3] === text).map((row) => row[8]))];
    expect(evidenceOf('Crimson Lotus Brigade')).toEqual([`user:${GROUPS}:2`]);
    expect(evidenceOf('Zarbeh')).toEqual([`user:${GROUPS}:3`]);
    expect(evidenceOf('Kupwara')).toEqual([`user:${GROUPS}:4`]);
    expect(evidenceOf('ISI')).toEqual(['acronym:Inter-Services Intelligence (ISI)']);
    const text = readFileSync(join(ROOT, KUPWARA), 'utf8');
    for (const row of rows) expect(text.slice(Number(row[4]), Number(row[5]))).toBe(row[3]);
  });

  it('NDJSON records and CSV per entity carry it too; without --explain no column appears', async () => {
    const records = await runCli(['--input', 'ndjson', '--explain'], { input: '{"id":"r1","text":"The ISI met in Kabul."}\n' });
    expect(JSON.parse(records.stdout).entities.map((e: { mentions: { evidence: string }[] }) => e.mentions[0]!.evidence)).toEqual([
      'list:organizations-agencies',
      'list:places-districts',
    ]);
    const csv = await runCli([ISI_LET, '-f', 'csv', '--explain']);
    expect(csv.stdout.split('\n')[0]).toBe('path,name,type,acronym,count,first_start,id,evidence');
    const plain = await runCli([ISI_LET, '-f', 'csv', '--mentions']);
    expect(plain.stdout.split('\n')[0]).toBe('path,name,type,text,start,end,id');
  });
});
