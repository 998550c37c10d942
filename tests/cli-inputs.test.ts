// End-to-end tests of the `entities` command's inputs and failures: stdin, directories and globs,
// odd file names and encodings, -o FILE, error messages and exit codes, a closed pipe. Each runs
// bin/entities.js (the built dist/) as a child process. Output formats are in cli.test.ts.
import { closeSync, existsSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  BINARY,
  CORPUS,
  decodeBytes,
  decodeFile,
  EMPTY,
  expectNoStackTrace,
  expectWellFormed,
  FIXTURES,
  ISI_LET,
  LATIN1,
  lines,
  ROOT,
  runCli,
  runJson,
  spawnAndWait,
  summary,
  type DocumentJson,
  type RunOptions,
  UNICODE_NAME,
  useScratchDir,
  WHITESPACE,
  WORLD,
} from './helpers.js';

const PACKAGE_VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

const freshDir = useScratchDir();
// Each test starts several processes, side by side with the other tests of the file.
vi.setConfig({ testTimeout: 30_000 });

describe.concurrent('stdin', () => {
  const text = decodeFile(join(ROOT, ISI_LET));

  it('"-" reads stdin and reports the path "<stdin>"', async () => {
    const { status, documents } = await runJson(['-'], { input: text });
    expect(status).toBe(0);
    expect(documents.map((d) => d.path)).toEqual(['<stdin>']);
    expectWellFormed(documents[0]!, text);
    expect(documents[0]!.entities).toEqual((await runJson([ISI_LET])).documents[0]!.entities);
  });

  it('reads piped stdin when no path is given', async () => {
    const { status, documents } = await runJson([], { input: text });
    expect(status).toBe(0);
    expect(documents.map((d) => d.path)).toEqual(['<stdin>']);
    expect(documents[0]!.entities).toEqual((await runJson([ISI_LET])).documents[0]!.entities);
  });

  it('takes "-" among files, in the order given', async () => {
    const { status, documents } = await runJson([WORLD, '-', ISI_LET], { input: text });
    expect(status).toBe(0);
    expect(documents.map((d) => d.path)).toEqual([WORLD, '<stdin>', ISI_LET]);
    expect(documents[1]!.entities).toEqual(documents[2]!.entities);
  });

  it('names stdin "<stdin>" in every format, never the formula-guarded "\'-"', async () => {
    const input = 'The Inter-Services Intelligence (ISI) met in Islamabad.';
    const first = async (format: string) => lines((await runCli(['-', '-f', format, '--no-color'], { input })).stdout);
    expect(JSON.parse((await first('ndjson'))[0]!)).toMatchObject({ path: '<stdin>' });
    expect((await first('csv'))[1]).toMatch(/^<stdin>,/);
    expect((await first('tsv'))[1]).toMatch(/^<stdin>\t/);
    expect((await first('table'))[0]).toMatch(/^<stdin> /);
  });

  it('decodes UTF-16 piped into stdin by its BOM', async () => {
    const bytes = readFileSync(join(FIXTURES, 'isi-let.utf16le.txt'));
    const { status, documents } = await runJson(['-'], { input: bytes });
    expect(status).toBe(0);
    expect(documents[0]!.entities).toEqual((await runJson([ISI_LET])).documents[0]!.entities);
  });
});

describe.concurrent('inputs: directories, globs, odd names', () => {
  const paths = async (args: string[], options?: RunOptions) => {
    const result = await runJson(args, options);
    return { status: result.status, stderr: result.stderr, paths: result.documents.map((d) => d.path) };
  };

  it('walks a directory recursively and sorted, reading .txt and .md, skipping .csv and hidden files', async () => {
    expect(await paths([CORPUS])).toEqual({
      status: 0,
      stderr: '',
      paths: ['fixtures/corpus/a-kashmir.txt', 'fixtures/corpus/b-notes.md', 'fixtures/corpus/regional/c-kabul.txt'],
    });
    expect((await paths([`${CORPUS}/`])).paths).toEqual(['fixtures/corpus/a-kashmir.txt', 'fixtures/corpus/b-notes.md', 'fixtures/corpus/regional/c-kabul.txt']);
  });

  it('--ext txt restricts the walk to .txt files', async () => {
    expect((await paths([CORPUS, '--ext', 'txt'])).paths).toEqual(['fixtures/corpus/a-kashmir.txt', 'fixtures/corpus/regional/c-kabul.txt']);
    expect((await paths([CORPUS, '--ext', '.MD'])).paths).toEqual(['fixtures/corpus/b-notes.md']);
  });

  it('expands a quoted glob itself, recursively, without hidden files', async () => {
    expect(await paths(['fixtures/corpus/**/*.txt'])).toEqual({
      status: 0,
      stderr: '',
      paths: ['fixtures/corpus/a-kashmir.txt', 'fixtures/corpus/regional/c-kabul.txt'],
    });
  });

  it('reports a glob that matches nothing: "entities: <pattern>: no files match this pattern", exit 1', async () => {
    const result = await runCli(['fixtures/corpus/**/*.nothing', WORLD, '--format', 'ndjson']);
    expect(result.stderr).toBe('entities: fixtures/corpus/**/*.nothing: no files match this pattern\n');
    expect(result.status).toBe(1);
    expect(lines(result.stdout).map((l) => (JSON.parse(l) as DocumentJson).path)).toEqual([WORLD]);
  });

  it('reads a file named "-dash.txt" after --', async () => {
    const result = await paths(['--', '-dash.txt'], { cwd: FIXTURES });
    expect(result).toEqual({ status: 0, stderr: '', paths: ['-dash.txt'] });
  });

  it('reads a file name with spaces and non-ASCII letters', async () => {
    const result = await runJson([UNICODE_NAME]);
    expect(result.status).toBe(0);
    expect(result.documents.map((d) => d.path)).toEqual([UNICODE_NAME]);
    expectWellFormed(result.documents[0]!, decodeFile(join(ROOT, UNICODE_NAME)));
  });
});

describe.concurrent('-o FILE', () => {
  it('writes the same output as stdout and leaves no temporary file', async () => {
    const dir = freshDir('output');
    const formats = ['json', 'csv', 'ndjson', 'table'];
    await Promise.all(
      formats.map(async (format) => {
        const target = join(dir, `out.${format}`);
        const [toFile, toStdout] = await Promise.all([
          runCli([ISI_LET, WORLD, '--format', format, '-o', target]),
          runCli([ISI_LET, WORLD, '--format', format]),
        ]);
        expect(toFile.status).toBe(0);
        expect(toFile.stdout).toBe('');
        expect(toFile.stderr).toBe('');
        expect(readFileSync(target, 'utf8')).toBe(toStdout.stdout);
      }),
    );
    expect(readdirSync(dir).sort()).toEqual(['out.csv', 'out.json', 'out.ndjson', 'out.table']);
  });

  it('replaces an existing file, still writing the good inputs when one fails', async () => {
    const dir = freshDir('output-replace');
    const target = join(dir, 'out.json');
    writeFileSync(target, 'old content that is longer than nothing\n'.repeat(100));
    const result = await runCli([ISI_LET, 'fixtures/missing.txt', '--format', 'json', '-o', target]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('entities: fixtures/missing.txt: no such file or directory\n');
    expect((JSON.parse(readFileSync(target, 'utf8')) as { documents: DocumentJson[] }).documents.map((d) => d.path)).toEqual([ISI_LET]);
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('fails with one error line and a non-zero exit when the folder does not exist', async () => {
    const dir = freshDir('output-missing');
    const target = join(dir, 'missing', 'out.json');
    const result = await runCli([ISI_LET, '-o', target]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(lines(result.stderr)).toHaveLength(1);
    expect(result.stderr.startsWith(`entities: ${target}: `)).toBe(true);
    expect(existsSync(join(dir, 'missing'))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('names only the file asked for when the folder does not exist, not its temporary file', async () => {
    const dir = freshDir('output-missing-message');
    const target = join(dir, 'missing', 'out.json');
    const result = await runCli([ISI_LET, '-o', target]);
    expect(result.stderr).toBe(`entities: ${target}: no such file or directory\n`);
  });
});

describe.concurrent('errors and exit codes', () => {
  it('reports a missing file among good ones on one stderr line, writes the good ones, exits 1', async () => {
    const result = await runCli([ISI_LET, 'fixtures/no-such-file.txt', WORLD, '--format', 'json']);
    expect(result.stderr).toBe('entities: fixtures/no-such-file.txt: no such file or directory\n');
    expect(result.status).toBe(1);
    expect((JSON.parse(result.stdout) as { documents: DocumentJson[] }).documents.map((d) => d.path)).toEqual([ISI_LET, WORLD]);
  });

  it('refuses a binary file: "entities: <path>: binary file …", exit 1', async () => {
    const result = await runCli([BINARY, WORLD, '--format', 'ndjson']);
    expect(lines(result.stderr)).toHaveLength(1);
    expect(result.stderr).toMatch(/^entities: fixtures\/binary\.png: binary file\b/);
    expect(result.status).toBe(1);
    expect(lines(result.stdout).map((l) => (JSON.parse(l) as DocumentJson).path)).toEqual([WORLD]);
  });

  it('refuses a file over --max-file-size with one line, exit 1', async () => {
    const result = await runCli([ISI_LET, EMPTY, '--max-file-size', '0', '--format', 'ndjson']);
    expect(result.stderr).toMatch(/^entities: fixtures\/isi-let\.txt: larger than [^\n]*\n$/);
    expect(result.status).toBe(1);
    expect(lines(result.stdout).map((l) => (JSON.parse(l) as DocumentJson).path)).toEqual([EMPTY]);
  });

  it('--quiet drops the per-file messages but still exits 1', async () => {
    const result = await runCli([ISI_LET, 'fixtures/no-such-file.txt', '--quiet', '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
  });

  it('escapes control characters in a bad path so its error stays on one line', async () => {
    const result = await runCli(['fixtures/bad\nname\u001b[31m.txt', '--format', 'json']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('entities: fixtures/bad\\x0aname\\x1b[31m.txt: no such file or directory\n');
  });

  const usageErrors: [string, string[], RegExp][] = [
    ['an unknown option', ['--bogus', ISI_LET], /^entities: .*--bogus/],
    ['a bad --format', ['--format', 'xml', ISI_LET], /^entities: .*xml/],
    ['a bad --types', ['--types', 'person,planet', ISI_LET], /^entities: .*planet/],
    ['an empty --types', ['--types', ',', ISI_LET], /^entities: /],
    ['a bad --max-file-size', ['--max-file-size', 'lots', ISI_LET], /^entities: .*lots/],
  ];
  for (const [what, args, message] of usageErrors) {
    it(`exits 2 on ${what}, with a one-line message starting "entities:"`, async () => {
      const result = await runCli(args);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      const [first, ...rest] = lines(result.stderr);
      expect(first).toMatch(message);
      // Besides the message, at most the usual pointer to --help.
      expect(rest.filter((l) => !/^Try 'entities --help'/.test(l))).toEqual([]);
    });
  }

  it('--version prints the version in package.json', async () => {
    for (const flag of ['--version', '-V']) {
      const result = await runCli([flag]);
      expect(result.status).toBe(0);
      expect(result.stdout.trim()).toBe(PACKAGE_VERSION);
      expect(result.stderr).toBe('');
    }
  });

  it('--help exits 0 and shows usage with Examples', async () => {
    const result = await runCli(['--help']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Usage: entities/);
    expect(result.stdout).toContain('Examples:');
    expect(result.stdout).toContain('--format');
  });

  it('reports a failed write to stdout (a full disk) on one line, without a stack trace, exit 2', async () => {
    if (!existsSync('/dev/full')) return;
    const full = openSync('/dev/full', 'w');
    try {
      const result = await spawnAndWait(process.execPath, ['bin/entities.js', ISI_LET, '--format', 'json'], { stdout: full });
      const stderr = result.stderr;
      expectNoStackTrace(stderr, 'entities > /dev/full');
      expect(lines(stderr)).toHaveLength(1);
      expect(stderr).toMatch(/^entities: stdout: .*(ENOSPC|no space)/i);
      expect(result.status).toBe(2);
    } finally {
      closeSync(full);
    }
  });
});

describe.concurrent('encodings', () => {
  const plain = async () => (await runJson([ISI_LET])).documents[0]!;

  for (const [label, file] of [
    ['UTF-8 with a BOM', 'fixtures/isi-let.utf8bom.txt'],
    ['UTF-16LE with a BOM', 'fixtures/isi-let.utf16le.txt'],
    ['UTF-16BE with a BOM', 'fixtures/isi-let.utf16be.txt'],
  ] as const) {
    it(`decodes ${label} to the same entities and offsets as the plain UTF-8 twin`, async () => {
      const result = await runJson([file]);
      expect(result.status).toBe(0);
      expect(result.stderr).toBe('');
      const doc = result.documents[0]!;
      expect(doc.path).toBe(file);
      const text = decodeFile(join(ROOT, file));
      expect(text).toBe(decodeFile(join(ROOT, ISI_LET)));
      expectWellFormed(doc, text);
      expect(doc.entities).toEqual((await plain()).entities);
    });
  }

  it('gives a CRLF twin the same entity names, types and counts as the LF original', async () => {
    const file = 'fixtures/isi-let.crlf.txt';
    const result = await runJson([file]);
    expect(result.status).toBe(0);
    const doc = result.documents[0]!;
    expectWellFormed(doc, decodeFile(join(ROOT, file)));
    expect(summary(doc)).toEqual(summary(await plain()));
  });

  it('decodes a Windows-1252 (Latin-1) file, é and ü included', async () => {
    const bytes = readFileSync(join(ROOT, LATIN1));
    expect(bytes.includes(0xe9) && bytes.includes(0xfc)).toBe(true); // é and ü as single bytes
    const text = new TextDecoder('windows-1252').decode(bytes);
    expect(decodeBytes(bytes)).toBe(text);
    const result = await runJson([LATIN1, '--context', '100000']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const doc = result.documents[0]!;
    const mentions = doc.entities.flatMap((e) => e.mentions);
    expect(mentions.length).toBeGreaterThan(0);
    for (const m of mentions) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(m.text).not.toContain('\uFFFD');
      // With a context wider than the file, each mention carries the whole decoded text.
      expect(m.context).toBe(text);
    }
    expect(text).toContain('Zürich');
    expect(text).toContain('José Müller');
  });

  it('gives an empty file and a whitespace-only file a document with no entities, exit 0', async () => {
    const result = await runJson([EMPTY, WHITESPACE]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.documents).toEqual([
      { path: EMPTY, entities: [] },
      { path: WHITESPACE, entities: [] },
    ]);
  });
});

describe.concurrent('a closed pipe', () => {
  for (const format of ['ndjson', 'json']) {
    it(`stops quietly when the reader goes away (${format} | head -n 1)`, async () => {
      const dir = freshDir(`pipe-${format}`);
      const err = join(dir, 'stderr');
      const out = join(dir, 'stdout');
      const args = Array.from({ length: 300 }, () => ISI_LET).join(' ');
      const script = `set -o pipefail; "${process.execPath}" bin/entities.js ${args} --format ${format} 2>"${err}" | head -n 1 >"${out}"; echo "$? \${PIPESTATUS[*]}"`;
      const result = await spawnAndWait('bash', ['-c', script]);
      const stderr = readFileSync(err, 'utf8');
      expectNoStackTrace(stderr, `entities ... --format ${format} | head -n 1`);
      expect(result.stdout.trim()).toBe('0 0 0');
      expect(stderr).toBe('');
      expect(readFileSync(out, 'utf8').length).toBeGreaterThan(0);
    });
  }
});
