// End-to-end tests of the analyst features: --gazetteer (CSV/TSV, spaCy JSONL, RegexNER), the
// context column, --summary, --edges, the progress line and --input ndjson. Each runs
// bin/entities.js (the built dist/) on fixtures/analyst/: three short articles about a group the
// built-in lists do not hold (the Crimson Lotus Brigade, CLB), a made-up weapon (Zarbeh) and a
// district (Kupwara) that the built-in lists hold as a place.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  BIN,
  childEnv,
  decodeFile,
  type DocumentJson,
  lines,
  ROOT,
  runCli,
  runJson,
  spawnAndWait,
  useScratchDir,
} from './helpers.js';

const ARTICLES = ['a-kupwara.txt', 'b-kunar.txt', 'c-islamabad.txt'].map((name) => `fixtures/analyst/articles/${name}`);
const LISTS = ['groups.csv', 'groups.tsv', 'patterns.jsonl', 'mapping.regexner.txt'].map((name) => `fixtures/analyst/${name}`);
const RECORDS = 'fixtures/analyst/records.ndjson';

const freshDir = useScratchDir();
vi.setConfig({ testTimeout: 30_000 });

const entitiesOf = (documents: readonly DocumentJson[]) => documents.map((d) => d.entities.map((e) => `${e.name}/${e.type}`).sort());

describe.concurrent('--gazetteer', () => {
  for (const list of LISTS) {
    it(`matches the names of ${list.split('/').pop()} under their types, the user's over the built-in`, async () => {
      const { status, stderr, documents } = await runJson([...ARTICLES, '--gazetteer', list]);
      expect(stderr).toBe('');
      expect(status).toBe(0);
      const [a, b] = entitiesOf(documents);
      expect(a).toContain('Zarbeh/weapon');
      expect(b).toContain('Zarbeh/weapon');
      expect(a).toContain('Kupwara/district');
      expect(a).not.toContain('Kupwara/place');
    });
  }

  it('is not needed for the built-in run: no Zarbeh, and Kupwara a place', async () => {
    const [a] = entitiesOf((await runJson(ARTICLES)).documents);
    expect(a).toContain('Kupwara/place');
    expect(a!.some((e) => e.startsWith('Zarbeh'))).toBe(false);
  });

  it('joins a listed alias to its name (CLB is the Crimson Lotus Brigade)', async () => {
    for (const list of ['fixtures/analyst/groups.csv', 'fixtures/analyst/patterns.jsonl']) {
      const { documents } = await runJson([ARTICLES[1]!, '--gazetteer', list]);
      const brigade = documents[0]!.entities.find((e) => e.name === 'Crimson Lotus Brigade');
      expect(brigade?.type).toBe('organization');
      expect(brigade?.mentions.map((m) => m.text)).toEqual(['CLB']);
    }
  });

  it('gives worker threads the same lists: -j 1 and -j 3 agree', async () => {
    const one = await runCli([...ARTICLES, '--gazetteer', LISTS[0]!, '-f', 'ndjson', '-j', '1']);
    const three = await runCli([...ARTICLES, '--gazetteer', LISTS[0]!, '-f', 'ndjson', '-j', '3']);
    expect(three.status).toBe(0);
    expect(three.stdout).toBe(one.stdout);
    expect(one.stdout).toContain('"type":"weapon"');
  });

  it('is repeatable, an earlier file winning a name a later one lists', async () => {
    const dir = freshDir('repeat');
    writeFileSync(join(dir, 'late.csv'), 'name,type\nZarbeh,rocket\nSrinagar,capital\n');
    const { documents, status } = await runJson([ARTICLES[0]!, '--gazetteer', LISTS[0]!, '--gazetteer', join(dir, 'late.csv')]);
    expect(status).toBe(0);
    expect(entitiesOf(documents)[0]).toEqual(expect.arrayContaining(['Zarbeh/weapon', 'Srinagar/capital']));
  });

  it('--types takes a list\'s labels and the labels\' spellings (ORG, WEAPON)', async () => {
    const { documents, status } = await runJson([...ARTICLES, '--gazetteer', LISTS[0]!, '--types', 'WEAPON,district']);
    expect(status).toBe(0);
    expect(new Set(documents.flatMap((d) => d.entities.map((e) => e.type)))).toEqual(new Set(['weapon', 'district']));
    const unknown = await runCli([ARTICLES[0]!, '--gazetteer', LISTS[0]!, '--types', 'rocket']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe('entities: unknown type rocket; choose from person, organization, place, acronym, district, weapon (see entities --help)\n');
  });

  it('shows a list\'s own types in the table under their label', async () => {
    const { stdout } = await runCli([ARTICLES[0]!, '--gazetteer', LISTS[0]!, '-f', 'table', '--no-color']);
    expect(stdout).toMatch(/\n {2}weapon\n {4}Zarbeh +×1\n/);
  });

  const badLists: [string, string, string][] = [
    ['bad.csv', 'name,type,aliases\nZarbeh,weapon\n"Kupwara,district\n', 'bad.csv:3: a quoted cell is never closed'],
    ['bad.csv', 'name,type\nZarbeh,weapon\nKupwara,\n', 'bad.csv:3: the type is empty'],
    ['bad.jsonl', '{"label":"WEAPON","pattern":"Zarbeh"}\n{"label":"ORG","pattern":[{"LOWER":"crimson"},{"POS":"PROPN"}]}\n', 'bad.jsonl:2: token 2: attribute "POS" is not supported (only LOWER, ORTH and TEXT: a phrase to match)'],
    ['bad.jsonl', '{"label":"WEAPON","pattern":"Zarbeh"}\n{"label":"WEAPON",\n', 'bad.jsonl:2: not JSON'],
    ['bad.txt', 'Zarbeh\tWEAPON\nCrimson Lotus (Brigade)?\tORGANIZATION\n', 'bad.txt:2: "(" is regular expression syntax'],
    ['bad.tsv', 'Zarbeh\tWEAPON\nKupwara\n', 'bad.tsv:2: expected pattern<TAB>TYPE'],
  ];
  for (const [name, content, message] of badLists) {
    it(`refuses a malformed line (${message.split(': ').slice(1).join(': ')}) with "entities: <file>:<line>: <reason>", exit 2, nothing run`, async () => {
      const dir = freshDir(`bad-${name}-${message.length}`);
      writeFileSync(join(dir, name), content);
      const output = join(dir, 'out.json');
      const result = await runCli([...ARTICLES, '--gazetteer', join(dir, name), '-o', output]);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(lines(result.stderr)).toHaveLength(1);
      expect(result.stderr.startsWith(`entities: ${join(dir, message)}`)).toBe(true);
      expect(existsSync(output)).toBe(false);
    });
  }

  it('refuses a list that cannot be read, exit 2', async () => {
    const result = await runCli([ARTICLES[0]!, '--gazetteer', 'fixtures/analyst/no-such-list.csv']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('entities: fixtures/analyst/no-such-list.csv: no such file or directory\n');
  });
});

describe.concurrent('--context in CSV/TSV', () => {
  it('adds a context column to --mentions rows, the same text as the JSON context', async () => {
    const text = decodeFile(join(ROOT, ARTICLES[0]!));
    const result = await runCli([ARTICLES[0]!, '-f', 'csv', '--mentions', '--context', '15']);
    const [header, ...rows] = parse(result.stdout) as string[][];
    expect(header).toEqual(['path', 'name', 'type', 'text', 'start', 'end', 'context', 'id']);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const [start, end] = [Number(row[4]), Number(row[5])];
      const context = text.slice(Math.max(0, start - 15), end + 15);
      // csv-stringify's formula guard would prefix a context starting with = + - @.
      expect(row[6]).toBe(/^[=+\-@]/.test(context) ? `'${context}` : context);
    }
    const tsv = await runCli([ARTICLES[0]!, '-f', 'tsv', '--mentions', '--context', '15']);
    expect(lines(tsv.stdout)[0]).toBe('path\tname\ttype\ttext\tstart\tend\tcontext\tid');
  });

  it('has no context column without --context', async () => {
    const result = await runCli([ARTICLES[0]!, '-f', 'csv', '--mentions']);
    expect(lines(result.stdout)[0]).toBe('path,name,type,text,start,end,id');
  });
});

/** The summary rows the per-document JSON stands for, computed here independently of the tool. */
function summaryFromDocuments(documents: readonly DocumentJson[]) {
  const rows = new Map<string, { name: string; type: string; documents: number; mentions: number; first_path: string; id?: string }>();
  for (const doc of documents) {
    const seen = new Set<string>();
    for (const e of doc.entities) {
      // One listed entity is one row whatever its spelling; the first name seen names it.
      const key = e.id === undefined ? `${e.type}\t${e.name.toLowerCase()}` : `${e.type}\t#${e.id}`;
      const row = rows.get(key) ?? { name: e.name, type: e.type, documents: 0, mentions: 0, first_path: doc.path, ...(e.id !== undefined ? { id: e.id } : {}) };
      if (!seen.has(key)) row.documents++;
      seen.add(key);
      row.mentions += e.count;
      rows.set(key, row);
    }
  }
  return [...rows.values()];
}

describe.concurrent('--summary', () => {
  it('gives one row per entity over all inputs, agreeing with the per-document output', async () => {
    const { documents } = await runJson([...ARTICLES, '--gazetteer', LISTS[0]!]);
    const result = await runCli([...ARTICLES, '--gazetteer', LISTS[0]!, '--summary', '-f', 'json']);
    expect(result.status).toBe(0);
    const { entities } = JSON.parse(result.stdout) as { entities: Record<string, unknown>[] };
    const byKey = (rows: { name: unknown; type: unknown }[]) => new Map(rows.map((r) => [`${String(r.type)}\t${String(r.name)}`, r]));
    const expected = byKey(summaryFromDocuments(documents));
    expect(entities).toHaveLength(expected.size);
    for (const row of entities) expect(row).toMatchObject(expected.get(`${String(row.type)}\t${String(row.name)}`)!);
    const isi = entities.find((e) => e.name === 'Inter-Services Intelligence');
    expect(isi).toEqual({ name: 'Inter-Services Intelligence', type: 'organization', acronym: 'ISI', documents: 3, mentions: 4, first_path: ARTICLES[0], id: 'organizations-agencies:Inter-Services Intelligence' });
    // The user's list gives no id column: its entries are known by the file and the name.
    expect(entities.find((e) => e.name === 'Crimson Lotus Brigade')).toMatchObject({ id: 'user:groups.csv:Crimson Lotus Brigade' });
    expect(entities.find((e) => e.name === 'Zarbeh')).toMatchObject({ documents: 2, mentions: 2, first_path: ARTICLES[0] });
  });

  it('writes the same rows as NDJSON, CSV, TSV and a table, most documents first', async () => {
    const args = [...ARTICLES, '--summary'];
    const json = (JSON.parse((await runCli([...args, '-f', 'json'])).stdout) as { entities: Record<string, unknown>[] }).entities;
    const ndjson = lines((await runCli([...args, '-f', 'ndjson'])).stdout).map((l) => JSON.parse(l) as unknown);
    expect(ndjson).toEqual(json);
    const columns = ['name', 'type', 'acronym', 'documents', 'mentions', 'first_path', 'id'];
    const cells = json.map((r) => columns.map((c) => String(r[c] ?? '')));
    const csv = parse((await runCli([...args, '-f', 'csv'])).stdout) as string[][];
    expect(csv).toEqual([columns, ...cells]);
    expect(parse((await runCli([...args, '-f', 'tsv'])).stdout, { delimiter: '\t' })).toEqual(csv);
    const documents = json.map((r) => r.documents as number);
    expect(documents).toEqual([...documents].sort((a, b) => b - a));
    const table = lines((await runCli([...args, '-f', 'table', '--no-color'])).stdout);
    expect(table[0]).toMatch(/^name +type +acronym +documents +mentions +first_path$/);
    expect(table).toHaveLength(json.length + 1);
  });

  it('replaces the per-document output, and a failed input still fails the run', async () => {
    const result = await runCli([...ARTICLES, 'fixtures/analyst/missing.txt', '--summary', '-f', 'json']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('entities: fixtures/analyst/missing.txt: no such file or directory\n');
    expect(Object.keys(JSON.parse(result.stdout) as object)).toEqual(['entities']);
  });

  it('cannot be combined with --mentions or --edges', async () => {
    for (const args of [['--summary', '--mentions'], ['--summary', '--edges']]) {
      const result = await runCli([ARTICLES[0]!, ...args]);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/^entities: .*cannot be used with/);
    }
  });
});

describe.concurrent('--edges', () => {
  const edgeKey = (r: Record<string, unknown>) => `${String(r.source)} ~ ${String(r.target)}`;

  it('pairs the entities of each document, undirected and ordered, counting documents', async () => {
    const { documents } = await runJson([...ARTICLES, '--gazetteer', LISTS[0]!]);
    const result = await runCli([...ARTICLES, '--gazetteer', LISTS[0]!, '--edges', '-f', 'json']);
    expect(result.status).toBe(0);
    const { edges } = JSON.parse(result.stdout) as { edges: Record<string, unknown>[] };
    const expected = new Map<string, number>();
    for (const doc of documents) {
      const names = [...new Set(doc.entities.map((e) => e.name))].sort();
      for (let i = 0; i < names.length; i++) for (let j = i + 1; j < names.length; j++) expected.set(`${names[i]} ~ ${names[j]}`, (expected.get(`${names[i]} ~ ${names[j]}`) ?? 0) + 1);
    }
    expect(new Map(edges.map((e) => [edgeKey(e), e.weight]))).toEqual(expected);
    for (const edge of edges) {
      expect(Object.keys(edge).filter((key) => !key.endsWith('_id'))).toEqual(['source', 'source_type', 'target', 'target_type', 'documents', 'weight']);
      expect(String(edge.source) < String(edge.target)).toBe(true);
      expect(edge.documents).toBe(edge.weight);
    }
    expect(edges.find((e) => edgeKey(e) === 'Crimson Lotus Brigade ~ Inter-Services Intelligence')).toMatchObject({ source_type: 'organization', target_type: 'organization', documents: 2, weight: 2 });
  });

  it('with "=sentence", pairs only entities named in one sentence, a hard-wrapped sentence being one', async () => {
    const result = await runCli([...ARTICLES, '--gazetteer', LISTS[0]!, '--edges=sentence', '-f', 'csv']);
    expect(result.status).toBe(0);
    const [header, ...rows] = parse(result.stdout) as string[][];
    expect(header).toEqual(['source', 'source_type', 'target', 'target_type', 'documents', 'weight', 'source_id', 'target_id']);
    const pairs = rows.map((r) => `${r[0]} ~ ${r[2]}`);
    expect(pairs).toEqual(expect.arrayContaining(['Crimson Lotus Brigade ~ Kupwara', 'Crimson Lotus Brigade ~ Kunar', 'Afghanistan ~ United Nations', 'Jalalabad ~ Zarbeh']));
    // The ISI is named in a sentence of its own in a-kupwara.txt, and with Kunar only across sentences in b.
    expect(pairs).not.toContain('Crimson Lotus Brigade ~ Inter-Services Intelligence');
    expect(pairs).not.toContain('Inter-Services Intelligence ~ Kunar');
  });

  it('writes NDJSON, TSV and a table too', async () => {
    const json = (JSON.parse((await runCli([...ARTICLES, '--edges', '-f', 'json'])).stdout) as { edges: unknown[] }).edges;
    expect(lines((await runCli([...ARTICLES, '--edges', '-f', 'ndjson'])).stdout).map((l) => JSON.parse(l) as unknown)).toEqual(json);
    expect(parse((await runCli([...ARTICLES, '--edges', '-f', 'tsv'])).stdout, { delimiter: '\t' })).toHaveLength(json.length + 1);
    expect(lines((await runCli([...ARTICLES, '--edges', '-f', 'table', '--no-color'])).stdout)[0]).toMatch(/^source +source_type +target +target_type +documents +weight$/);
  });

  it('never takes the path after it for a scope: --edges seeds/*.txt reads every path', async () => {
    const before = await runCli(['--edges', '-f', 'json', ...ARTICLES]);
    expect(before.status).toBe(0);
    expect(before.stdout).toBe((await runCli([...ARTICLES, '--edges', '-f', 'json'])).stdout);
    expect(before.stdout).toBe((await runCli(['--edges=document', ...ARTICLES, '-f', 'json'])).stdout);
  });

  it('reads a path named "sentence" as a path, and says how to write the scope when there is none', async () => {
    const dir = freshDir('scope-named');
    writeFileSync(join(dir, 'sentence'), 'The ISI met the Taliban in Kabul.');
    const asPath = await runCli(['--edges', 'sentence', '-f', 'csv'], { cwd: dir });
    expect(asPath.status).toBe(0);
    expect(lines(asPath.stdout).length).toBeGreaterThan(1);
    const missing = await runCli([ARTICLES[0]!, '--edges', 'sentence']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^entities: .*"sentence".*--edges=sentence/);
  });

  it('refuses a scope other than document or sentence', async () => {
    const result = await runCli([ARTICLES[0]!, '--edges=paragraph']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^entities: .*paragraph.*document, sentence/);
  });
});

describe('progress', () => {
  // A batch of about 11 MB, long enough (about 2 s with one thread) for the line to be drawn.
  let corpus = '';
  beforeAll(() => {
    corpus = freshDir('progress');
    const text = decodeFile(join(ROOT, 'seeds', '000_7896003b2d4fef40.txt')).repeat(20);
    for (let i = 0; i < 200; i++) writeFileSync(join(corpus, `a${i}.txt`), text);
  });

  it('writes nothing to a stderr that is not a terminal', async () => {
    const result = await runCli([corpus, '--summary', '-f', 'csv', '-j', '1'], { env: { CI: undefined } });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
  });

  const hasScript = process.platform === 'linux' && existsSync('/usr/bin/script');
  it.skipIf(!hasScript)('at a terminal, redraws a line of files done, then erases it, keeping out of the output', async () => {
    const output = join(freshDir('progress-out'), 'out.csv');
    const command = `"${process.execPath}" "${BIN}" "${corpus}" --summary -f csv -j 1 -o "${output}"`;
    const started = Date.now();
    const result = await spawnAndWait('script', ['-qec', command, '/dev/null'], { env: childEnv({ CI: undefined }) });
    expect(result.status).toBe(0);
    // A run under a second shows no line at all; a longer one must have shown one.
    if (Date.now() - started > 1500) expect(result.stdout).toMatch(/\r\u001b\[Kentities: \d+\/200 files {2}[\d.]+ MB\/s/);
    // Whatever was drawn was erased: nothing visible is left after the last \r ESC[K.
    expect(result.stdout.split('\r\u001b[K').at(-1)!.trim()).toBe('');
    expect(parse(decodeFile(output))[0]).toEqual(['name', 'type', 'acronym', 'documents', 'mentions', 'first_path', 'id']);
  });

  it.skipIf(!hasScript)('stays off at a terminal with CI set or --quiet', async () => {
    const runs = ([['', { CI: 'true' }], ['--quiet', { CI: undefined }]] as const).map(([flags, env]) => {
      const command = `"${process.execPath}" "${BIN}" "${corpus}" --summary -f csv -j 1 ${flags} > /dev/null`;
      return spawnAndWait('script', ['-qec', command, '/dev/null'], { env: childEnv(env) });
    });
    for (const result of await Promise.all(runs)) {
      expect(result.status).toBe(0);
      expect(result.stdout).toBe('');
    }
  });
});

describe.concurrent('--input ndjson', () => {
  const records = decodeFile(join(ROOT, RECORDS));

  it('answers each record with one line, in order: id first, other fields, entities; no text', async () => {
    const result = await runCli(['--input', 'ndjson', '--gazetteer', LISTS[0]!], { input: records });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const out = lines(result.stdout).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out.map((r) => r.id)).toEqual(['r1', 'r2', 'r3']);
    expect(Object.keys(out[0]!)).toEqual(['id', 'source', 'entities']);
    expect(Object.keys(out[1]!)).toEqual(['id', 'lang', 'entities']);
    const names = out.map((r) => (r.entities as { name: string; type: string }[]).map((e) => `${e.name}/${e.type}`));
    expect(names[0]).toEqual(expect.arrayContaining(['Crimson Lotus Brigade/organization', 'Kupwara/district']));
    expect(names[2]).toEqual(expect.arrayContaining(['Zarbeh/weapon']));
  });

  it('reads files as well as stdin, and takes --types and --context', async () => {
    const result = await runCli(['--input', 'ndjson', RECORDS, '--types', 'place', '--context', '5']);
    expect(result.status).toBe(0);
    const out = lines(result.stdout).map((l) => JSON.parse(l) as { entities: { type: string; mentions: { context?: string }[] }[] });
    expect(out).toHaveLength(3);
    for (const record of out) {
      for (const e of record.entities) {
        expect(e.type).toBe('place');
        for (const m of e.mentions) expect(typeof m.context).toBe('string');
      }
    }
  });

  it('reports a bad line as "entities: stdin:<line>: <reason>", answers the others, and exits 1', async () => {
    const input = ['{"id":1,"text":"Kabul"}', 'not json', '', '{"id":3}', '{"id":4,"text":"Pakistan"}'].join('\n');
    const result = await runCli(['--input', 'ndjson'], { input });
    expect(result.status).toBe(1);
    expect(lines(result.stdout).map((l) => (JSON.parse(l) as { id: number }).id)).toEqual([1, 4]);
    const errors = lines(result.stderr);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^entities: stdin:2: not JSON/);
    expect(errors[1]).toBe('entities: stdin:4: no "text" field');
  });

  it('reports a file that cannot be read and answers the records of the others', async () => {
    const result = await runCli(['--input', 'ndjson', 'fixtures/analyst/missing.ndjson', 'fixtures/analyst', RECORDS]);
    expect(result.status).toBe(1);
    expect(lines(result.stderr)).toEqual(['entities: fixtures/analyst/missing.ndjson: no such file or directory', 'entities: fixtures/analyst: is a directory']);
    expect(lines(result.stdout)).toHaveLength(3);
  });

  it('writes NDJSON only: another --format, --summary or --mentions is a usage error', async () => {
    for (const args of [['-f', 'csv'], ['--summary'], ['--edges'], ['--mentions']]) {
      const result = await runCli(['--input', 'ndjson', ...args], { input: records });
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^entities: .*--input ndjson/);
    }
    expect((await runCli(['--input', 'ndjson', '-f', 'ndjson'], { input: records })).status).toBe(0);
  });

  it('streams: a line is answered before the next is sent', async () => {
    const child = spawn(process.execPath, [BIN, '--input', 'ndjson'], { cwd: ROOT, env: childEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    const nextLine = () =>
      new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no answer; stdout so far: ${out}`)), 15_000);
        const onData = (chunk: Buffer) => {
          out += chunk.toString('utf8');
          const end = out.indexOf('\n');
          if (end < 0) return;
          clearTimeout(timer);
          child.stdout.off('data', onData);
          const line = out.slice(0, end);
          out = out.slice(end + 1);
          resolve(line);
        };
        child.stdout.on('data', onData);
      });
    try {
      child.stdin.write('{"id":"first","text":"The ISI met in Kabul."}\n');
      expect((JSON.parse(await nextLine()) as { id: string }).id).toBe('first');
      child.stdin.write('{"id":"second","text":"Pakistan"}\n');
      expect((JSON.parse(await nextLine()) as { id: string }).id).toBe('second');
    } finally {
      child.stdin.end();
      child.kill();
    }
  });

  const hasParallel = spawnSync('parallel', ['--version'], { stdio: 'ignore' }).status === 0;
  it.skipIf(!hasParallel)('gives the same lines under GNU parallel --pipe --keep-order', async () => {
    const many = Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: i, text: `Report ${i}: the ISI and LeT met in Kabul and Srinagar.` })).join('\n') + '\n';
    const direct = await runCli(['--input', 'ndjson'], { input: many });
    const command = `parallel --will-cite --pipe -N 7 --keep-order "${process.execPath}" "${BIN}" --input ndjson`;
    const piped = await spawnAndWait('bash', ['-c', command], { input: many });
    expect(piped.status).toBe(0);
    expect(piped.stdout).toBe(direct.stdout);
    expect(lines(piped.stdout)).toHaveLength(40);
  });
});
