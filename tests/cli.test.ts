// End-to-end tests of the `entities` command's output: each runs bin/entities.js (the built dist/)
// as a child process on the fixtures and checks what a user sees in every format. Entity results
// come from an engine that keeps changing, so beyond the acronym links the tests check invariants
// (offsets slice the text, formats agree with each other) rather than entity lists.
// Inputs, encodings, files written and errors are in cli-inputs.test.ts.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it, vi } from 'vitest';
import {
  ANSI,
  ANSI_GLOBAL,
  BINARY,
  childEnv,
  decodeFile,
  displayWidth,
  EMPTY,
  entityRowsFromJson,
  expectWellFormed,
  ISI_LET,
  LATIN1,
  lines,
  mentionRowsFromJson,
  ROOT,
  runCli,
  runJson,
  spawnAndWait,
  type DocumentJson,
  UNICODE_NAME,
  useScratchDir,
  WHITESPACE,
  WORLD,
} from './helpers.js';


const freshDir = useScratchDir();
// Each test starts several processes, side by side with the other tests of the file.
vi.setConfig({ testTimeout: 30_000 });

describe.concurrent('JSON output', () => {
  it('writes {"documents":[…]} with one document per input, path as given', async () => {
    const inputs = [ISI_LET, WORLD, UNICODE_NAME, `./${WORLD}`];
    const { status, documents, stderr, stdout } = await runJson(inputs);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(Object.keys(JSON.parse(stdout) as object)).toEqual(['documents']);
    expect(documents.map((d) => d.path)).toEqual(inputs);
  });

  it('gives entities of the four types whose mentions slice the decoded text, counted and in text order', async () => {
    const inputs = [ISI_LET, WORLD, UNICODE_NAME, 'fixtures/corpus/b-notes.md', 'fixtures/isi-let.utf16be.txt', LATIN1];
    const { status, documents } = await runJson(inputs);
    expect(status).toBe(0);
    expect(documents).toHaveLength(inputs.length);
    documents.forEach((doc, i) => expectWellFormed(doc, decodeFile(join(ROOT, inputs[i]!))));
    expect(documents[0]!.entities.length).toBeGreaterThan(0);
  });

  it('ends with a newline and is valid JSON when every input fails', async () => {
    const { stdout, status } = await runCli(['fixtures/no-such-file.txt', '--format', 'json']);
    expect(status).toBe(1);
    expect(stdout.endsWith('\n')).toBe(true);
    expect(JSON.parse(stdout)).toEqual({ documents: [] });
  });

  it('--context N attaches N characters either side of each mention', async () => {
    const text = decodeFile(join(ROOT, ISI_LET));
    const { documents } = await runJson([ISI_LET, '--context', '12']);
    const mentions = documents[0]!.entities.flatMap((e) => e.mentions);
    expect(mentions.length).toBeGreaterThan(0);
    for (const m of mentions) expect(m.context).toBe(text.slice(Math.max(0, m.start - 12), m.end + 12));
  });
});

describe.concurrent('acronym definitions (the robust engine facts)', () => {
  const text = decodeFile(join(ROOT, ISI_LET));

  async function expectLinked(longForm: string, shortForm: string) {
    const { documents } = await runJson([ISI_LET]);
    const entity = documents[0]!.entities.find((e) => e.name === longForm);
    expect(entity, `an entity named "${longForm}"`).toBeDefined();
    expect(entity!.acronym).toBe(shortForm);
    const definition = text.indexOf(`${longForm} (${shortForm})`);
    expect(definition).toBeGreaterThanOrEqual(0);
    expect(entity!.mentions).toContainEqual({ text: longForm, start: definition, end: definition + longForm.length });
    const afterDefinition = definition + longForm.length + shortForm.length + 3;
    const laterUses = [...text.matchAll(new RegExp(`\\b${shortForm}\\b`, 'g'))].map((m) => m.index).filter((i) => i >= afterDefinition);
    expect(laterUses.length).toBeGreaterThan(0);
    for (const start of laterUses) expect(entity!.mentions).toContainEqual({ text: shortForm, start, end: start + shortForm.length });
  }

  it('links "Inter-Services Intelligence (ISI)" and the later ISI', () => expectLinked('Inter-Services Intelligence', 'ISI'));

  it('links "Lashkar-e-Taiba (LeT)" and the later LeT', () => expectLinked('Lashkar-e-Taiba', 'LeT'));
});

describe.concurrent('NDJSON output', () => {
  it('writes one JSON document per line, in input order, equal to the JSON format', async () => {
    const inputs = [WORLD, ISI_LET, 'fixtures/corpus/a-kashmir.txt', UNICODE_NAME, EMPTY];
    const ndjson = await runCli([...inputs, '--format', 'ndjson']);
    expect(ndjson.status).toBe(0);
    expect(ndjson.stdout.endsWith('\n')).toBe(true);
    const rows = lines(ndjson.stdout);
    expect(rows).toHaveLength(inputs.length);
    const parsed = rows.map((line) => JSON.parse(line) as DocumentJson);
    expect(parsed.map((d) => d.path)).toEqual(inputs);
    expect(parsed).toEqual((await runJson(inputs)).documents);
  });
});

describe.concurrent('--jobs', () => {
  // Every input ten times over: more tasks than the workers' queues hold, so this thread takes some.
  const inputs = [WORLD, ISI_LET, 'fixtures/corpus/a-kashmir.txt', UNICODE_NAME, EMPTY, LATIN1, BINARY];
  const smallBatch = Array.from({ length: 10 }, () => inputs).flat();

  async function expectSameAsOneThread(batch: string[]): Promise<void> {
    const run = (jobs: string) => runCli([...batch, '--format', 'ndjson', '--jobs', jobs], { timeoutMs: 120_000 });
    const [one, two, three] = await Promise.all([run('1'), run('2'), run('3')]);
    expect(one.status).toBe(1);
    expect(lines(one.stdout).map((line) => (JSON.parse(line) as DocumentJson).path)).toEqual(batch.filter((path) => path !== BINARY));
    for (const many of [two, three]) {
      expect(many.status).toBe(1);
      expect(many.stdout).toBe(one.stdout);
      expect(many.stderr).toBe(one.stderr);
    }
  }

  it('gives the same output in input order on a small batch, which this thread does alone', async () => {
    await expectSameAsOneThread(smallBatch);
  });

  it('gives the same output in input order on a batch large enough for workers beside this thread', async () => {
    // A 9 MB article first: past the size from which workers pay, so they take the rest with this thread.
    const large = join(freshDir('jobs'), 'large.txt');
    const article = readFileSync(join(ROOT, WORLD), 'utf8');
    writeFileSync(large, `${article}\n`.repeat(Math.ceil((9 * 1024 * 1024) / Buffer.byteLength(article))));
    await expectSameAsOneThread([large, ...smallBatch]);
  }, 240_000);
});

describe.concurrent('CSV and TSV output', () => {
  const inputs = [ISI_LET, WORLD, EMPTY, UNICODE_NAME];
  const parseCsv = (text: string, delimiter = ',') => parse(text, { delimiter, relax_column_count: false }) as string[][];

  it('CSV: header path,name,type,acronym,count,first_start,id and one row per entity, as in the JSON', async () => {
    const csv = await runCli([...inputs, '--format', 'csv']);
    expect(csv.status).toBe(0);
    expect(lines(csv.stdout)[0]).toBe('path,name,type,acronym,count,first_start,id');
    expect(csv.stdout.charCodeAt(0)).not.toBe(0xfeff);
    expect(parseCsv(csv.stdout)).toEqual(entityRowsFromJson((await runJson(inputs)).documents));
  });

  it('CSV --mentions: header path,name,type,text,start,end,id and one row per mention, as in the JSON', async () => {
    const csv = await runCli([...inputs, '--format', 'csv', '--mentions']);
    expect(csv.status).toBe(0);
    expect(lines(csv.stdout)[0]).toBe('path,name,type,text,start,end,id');
    const rows = parseCsv(csv.stdout);
    const documents = (await runJson(inputs)).documents;
    expect(rows).toEqual(mentionRowsFromJson(documents));
    expect(rows.length - 1).toBe(documents.flatMap((d) => d.entities).reduce((n, e) => n + e.count, 0));
  });

  it('TSV: the same rows with a tab delimiter, per entity and per mention', async () => {
    const documents = (await runJson(inputs)).documents;
    const tsv = await runCli([...inputs, '--format', 'tsv']);
    expect(tsv.status).toBe(0);
    expect(lines(tsv.stdout)[0]).toBe('path\tname\ttype\tacronym\tcount\tfirst_start\tid');
    expect(parseCsv(tsv.stdout, '\t')).toEqual(entityRowsFromJson(documents));
    const tsvMentions = await runCli([...inputs, '--format', 'tsv', '--mentions']);
    expect(lines(tsvMentions.stdout)[0]).toBe('path\tname\ttype\ttext\tstart\tend\tid');
    expect(parseCsv(tsvMentions.stdout, '\t')).toEqual(mentionRowsFromJson(documents));
  });

  it('writes only the header when there are no entities', async () => {
    const csv = await runCli([EMPTY, WHITESPACE, '--format', 'csv']);
    expect(csv.status).toBe(0);
    expect(csv.stdout).toBe('path,name,type,acronym,count,first_start,id\n');
  });

  it('--bom starts CSV and TSV output with a UTF-8 byte-order mark, once', async () => {
    for (const format of ['csv', 'tsv']) {
      const result = await runCli([ISI_LET, WORLD, '--format', format, '--bom']);
      expect(result.status).toBe(0);
      expect([...result.stdoutBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(result.stdout.indexOf('\uFEFF', 1)).toBe(-1);
      const plain = await runCli([ISI_LET, WORLD, '--format', format]);
      expect(result.stdout).toBe(`\uFEFF${plain.stdout}`);
    }
  });

  it('neutralises formula cells (=, +, -, @) and round-trips commas, quotes and line breaks', async () => {
    const { writeAll } = (await import('../dist/pipeline/7-write/writer.js')) as typeof import('../dist/pipeline/7-write/writer.js');
    const names = ['=cmd|calc', '+1', '-2', '@x', 'a,b "c"\nd', '\tTab', 'plain'];
    const result = {
      path: '=path.txt',
      entities: names.map((name, i) => ({
        name,
        type: 'organization' as const,
        acronym: i === 0 ? '=SUM(A1)' : undefined,
        // A user's list may give any id: it is a cell like the others.
        id: i === 0 ? '@SUM(A1)' : undefined,
        count: 1,
        mentions: [{ text: name, start: i * 20, end: i * 20 + name.length }],
      })),
    };
    for (const delimiter of [',', '\t']) {
      const format = delimiter === ',' ? 'csv' : 'tsv';
      const entityRows = parse(await writeAll(format, [result]), { delimiter }) as string[][];
      expect(entityRows.slice(1)).toEqual([
        ["'=path.txt", "'=cmd|calc", 'organization', "'=SUM(A1)", '1', '0', "'@SUM(A1)"],
        ["'=path.txt", "'+1", 'organization', '', '1', '20', ''],
        ["'=path.txt", "'-2", 'organization', '', '1', '40', ''],
        ["'=path.txt", "'@x", 'organization', '', '1', '60', ''],
        ["'=path.txt", 'a,b "c"\nd', 'organization', '', '1', '80', ''],
        ["'=path.txt", "'\tTab", 'organization', '', '1', '100', ''],
        ["'=path.txt", 'plain', 'organization', '', '1', '120', ''],
      ]);
      const mentionRows = parse(await writeAll(format, [result], { mentions: true }), { delimiter }) as string[][];
      expect(mentionRows[0]).toEqual(['path', 'name', 'type', 'text', 'start', 'end', 'id']);
      expect(mentionRows[1]![6]).toBe("'@SUM(A1)");
      expect(mentionRows.slice(1).map((r) => r[3])).toEqual(["'=cmd|calc", "'+1", "'-2", "'@x", 'a,b "c"\nd', "'\tTab", 'plain']);
      expect(mentionRows.slice(1).map((r) => r[4])).toEqual(['0', '20', '40', '60', '80', '100', '120']);
    }
  });
});

describe.concurrent('table output', () => {
  it('prints each path with its entities grouped under type headings', async () => {
    const inputs = [ISI_LET, WORLD, EMPTY];
    const table = await runCli([...inputs, '--format', 'table']);
    expect(table.status).toBe(0);
    const documents = (await runJson(inputs)).documents;
    const labels = { person: 'People', organization: 'Organizations', place: 'Places', acronym: 'Acronyms' } as const;
    const out = lines(table.stdout);
    for (const doc of documents) {
      const at = out.findIndex((l) => l.startsWith(`${doc.path}  `));
      expect(at, `a heading line for ${doc.path}`).toBeGreaterThanOrEqual(0);
      expect(out[at]).toContain(`${doc.entities.length} entities`);
      for (const type of new Set(doc.entities.map((e) => e.type))) expect(out).toContain(`  ${labels[type as keyof typeof labels]}`);
    }
    expect(table.stdout).toContain('(no entities)');
    expect(table.stdout).toMatch(/(People|Organizations|Places|Acronyms)\n/);
  });

  it('has no ANSI escapes with NO_COLOR=1', async () => {
    const table = await runCli([ISI_LET, '--format', 'table'], { env: { NO_COLOR: '1' } });
    expect(table.status).toBe(0);
    expect(table.stdout.length).toBeGreaterThan(0);
    expect(table.stdout).not.toMatch(ANSI);
  });

  it('has no ANSI escapes with --no-color, even with FORCE_COLOR=1', async () => {
    for (const env of [{}, { FORCE_COLOR: '1' }]) {
      const table = await runCli([ISI_LET, '--format', 'table', '--no-color'], { env });
      expect(table.status).toBe(0);
      expect(table.stdout).not.toMatch(ANSI);
    }
  });

  it('is coloured with FORCE_COLOR=1 (and with --color)', async () => {
    expect((await runCli([ISI_LET, '--format', 'table'], { env: { FORCE_COLOR: '1' } })).stdout).toMatch(ANSI);
    expect((await runCli([ISI_LET, '--format', 'table', '--color'])).stdout).toMatch(ANSI);
  });

  it('never colours JSON, NDJSON, CSV or TSV, even with FORCE_COLOR=1', async () => {
    for (const format of ['json', 'ndjson', 'csv', 'tsv']) {
      expect((await runCli([ISI_LET, '--format', format], { env: { FORCE_COLOR: '1' } })).stdout).not.toMatch(ANSI);
    }
  });

  it('fits every line in 80 columns, long paths and long names included', async () => {
    const dir = freshDir('table-width');
    const longName = `${'a-very-long-folder-name-'.repeat(5)}article.txt`;
    const longText = `ISLAMABAD — The ${'Grand Regional Security And Development '.repeat(4)}Council (GRSDC) met officials from Pakistan, India and Afghanistan. GRSDC said Gen. Asim Munir attended.\n`;
    writeFileSync(join(dir, longName), longText);
    for (const env of [{}, { FORCE_COLOR: '1' }]) {
      const table = await runCli([join(ROOT, ISI_LET), join(ROOT, WORLD), join(ROOT, UNICODE_NAME), longName, '-', '--format', 'table'], { cwd: dir, env, input: longText });
      expect(table.status).toBe(0);
      for (const line of lines(table.stdout)) expect(displayWidth(line), JSON.stringify(line)).toBeLessThanOrEqual(80);
    }
  });

  it('fits the heading in 80 columns when the path has wide (CJK) characters', async () => {
    const dir = freshDir('table-wide');
    const wideName = '巴基斯坦印度阿富汗孟加拉国尼泊尔斯里兰卡不丹马尔代夫伊斯兰堡新德里喀布尔.txt';
    writeFileSync(join(dir, wideName), 'KABUL — Pakistan and India sent envoys.\n');
    const table = await runCli([wideName, '--format', 'table'], { cwd: dir });
    expect(table.status).toBe(0);
    for (const line of lines(table.stdout)) expect(displayWidth(line), JSON.stringify(line)).toBeLessThanOrEqual(80);
  });
});

describe.concurrent('--types and --pretty', () => {
  it('--types person,place keeps only people and places, the same ones as without the filter', async () => {
    const inputs = [ISI_LET, WORLD, UNICODE_NAME];
    const all = (await runJson(inputs)).documents;
    const filtered = await runJson([...inputs, '--types', 'person,place']);
    expect(filtered.status).toBe(0);
    for (const doc of filtered.documents) for (const e of doc.entities) expect(['person', 'place']).toContain(e.type);
    expect(filtered.documents).toEqual(all.map((d) => ({ ...d, entities: d.entities.filter((e) => e.type === 'person' || e.type === 'place') })));
    const spaced = await runJson([...inputs, '-t', ' person , place ']);
    expect(spaced.documents).toEqual(filtered.documents);
  });

  it('--pretty gives indented JSON that parses to the same value as compact JSON', async () => {
    for (const inputs of [[ISI_LET, WORLD, EMPTY], [EMPTY], ['fixtures/no-such-file.txt']]) {
      const compact = await runCli([...inputs, '--format', 'json']);
      const pretty = await runCli([...inputs, '--format', 'json', '--pretty']);
      expect(pretty.status).toBe(compact.status);
      expect(lines(compact.stdout)).toHaveLength(1);
      expect(lines(pretty.stdout).length).toBeGreaterThan(1);
      expect(lines(pretty.stdout).slice(1, -1).every((l) => l.startsWith('  '))).toBe(true);
      expect(pretty.stdout.endsWith('\n')).toBe(true);
      expect(JSON.parse(pretty.stdout)).toEqual(JSON.parse(compact.stdout));
    }
  });
});

// A pseudo-terminal from util-linux `script`, so the defaults for a terminal can be seen.
const hasScript = process.platform === 'linux' && existsSync('/usr/bin/script');

(hasScript ? describe.concurrent : describe.skip)('at a terminal', () => {
  /** Runs the CLI on a pseudo-terminal of the given size (`stty cols 0` leaves the width unknown). */
  async function runAtTerminal(args: string, columns: number, env: Record<string, string | undefined> = {}) {
    const command = `stty cols ${columns} rows 24; "${process.execPath}" bin/entities.js ${args}`;
    const result = await spawnAndWait('script', ['-qec', command, '/dev/null'], { env: childEnv(env) });
    return { ...result, stdout: result.stdout.replace(/\r\n/g, '\n') };
  }

  it('writes a coloured table by default', async () => {
    const result = await runAtTerminal(ISI_LET, 80);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(ANSI);
    expect(result.stdout).not.toMatch(/^\{/);
    expect(result.stdout.replace(ANSI_GLOBAL, '')).toMatch(/^fixtures\/isi-let\.txt {2}\d+ entities/);
  });

  it('has no ANSI escapes with NO_COLOR=1 or --no-color', async () => {
    for (const [args, env] of [
      [ISI_LET, { NO_COLOR: '1' }],
      [`${ISI_LET} --no-color`, {}],
    ] as const) {
      const result = await runAtTerminal(args, 80, env);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('fixtures/isi-let.txt');
      expect(result.stdout).not.toMatch(ANSI);
    }
  });

  it('writes uncoloured JSON with --format json', async () => {
    const result = await runAtTerminal(`${ISI_LET} --format json`, 80);
    expect(result.stdout).not.toMatch(ANSI);
    expect((JSON.parse(result.stdout) as { documents: DocumentJson[] }).documents[0]!.path).toBe(ISI_LET);
  });

  it('fits every line to the terminal width', async () => {
    const result = await runAtTerminal(`${ISI_LET} ${WORLD} ${'fixtures/corpus/b-notes.md'}`, 60);
    expect(result.status).toBe(0);
    for (const line of lines(result.stdout)) expect(displayWidth(line), JSON.stringify(line)).toBeLessThanOrEqual(60);
  });

  it('takes 80 columns when the terminal does not report its width (0 columns)', async () => {
    const result = await runAtTerminal(`${ISI_LET} --no-color`, 0);
    expect(result.status).toBe(0);
    // A 40-column fallback would cut the path heading to "fixtures/…".
    expect(lines(result.stdout)[0]).toMatch(/^fixtures\/isi-let\.txt {2}\d+ entities/);
    const widest = Math.max(...lines(result.stdout).map(displayWidth));
    expect(widest).toBeGreaterThan(40);
    expect(widest).toBeLessThanOrEqual(80);
  });
});
