// Bad, huge and hostile input: every case ends in correct output or one clear line on stderr, the
// other inputs are processed, and nothing is half-written or executed.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, childEnv, expectNoStackTrace, expectWellFormed, FIXTURES, lines, ROOT, runJson, spawnAndWait, useScratchDir } from './helpers.js';

const freshDir = useScratchDir();
const ARTICLE = readFileSync(join(FIXTURES, 'isi-let.txt'), 'utf8');

describe('huge and pathological inputs', () => {
  it('reads a 50 MB file whole: valid output whose offsets slice the text', async () => {
    const dir = freshDir('huge');
    const path = join(dir, 'dump.txt');
    const copies = Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(ARTICLE));
    writeFileSync(path, `${ARTICLE}\n`.repeat(copies));
    const result = await runJson([path, '--format', 'json'], { timeoutMs: 150_000 });
    expect(result.status).toBe(0);
    const [doc] = result.documents;
    const text = readFileSync(path, 'utf8');
    expectWellFormed(doc!, text);
    const isi = doc!.entities.find((e) => e.name === 'Inter-Services Intelligence');
    expect(isi?.count).toBeGreaterThanOrEqual(copies);
  }, 160_000);

  it('leaves a huge file in a batch to a worker, and writes the same as one thread does', async () => {
    // Past 16 MB a file is read under a worker's heap ceiling; the main thread declines it at --jobs 2.
    const dir = freshDir('huge-in-batch');
    const small = Array.from({ length: 40 }, (_, i) => join(dir, `small-${String(i).padStart(2, '0')}.txt`));
    for (const path of small) writeFileSync(path, ARTICLE);
    const huge = join(dir, 'huge.txt');
    writeFileSync(huge, `${ARTICLE}\n`.repeat(Math.ceil((17 * 1024 * 1024) / Buffer.byteLength(ARTICLE))));
    const batch = [...small.slice(0, 30), huge, ...small.slice(30)];
    const run = (jobs: string) => spawnAndWait(process.execPath, [BIN, ...batch, '--format', 'ndjson', '--jobs', jobs], { cwd: ROOT, env: childEnv(), timeoutMs: 120_000 });
    const [one, two] = [await run('1'), await run('2')];
    expect(one.status).toBe(0);
    expect(lines(one.stdout)).toHaveLength(batch.length);
    expect(two.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  }, 240_000);

  it('reads a 5 MB single line', async () => {
    const dir = freshDir('long-line');
    const path = join(dir, 'line.txt');
    const line = ARTICLE.replace(/\s+/g, ' ');
    writeFileSync(path, line.repeat(Math.ceil((5 * 1024 * 1024) / line.length)));
    const result = await runJson([path]);
    expect(result.status).toBe(0);
    expectWellFormed(result.documents[0]!, readFileSync(path, 'utf8'));
  }, 60_000);

  it('finishes on a 1 MB token, 100,000 capitalised words and 100,000 nested parentheses', async () => {
    const dir = freshDir('pathological');
    const texts = {
      'token.txt': `Before ${'A'.repeat(1024 * 1024)} after Pakistan.`,
      'capitals.txt': Array.from({ length: 100_000 }, (_, i) => ['Kabul', 'Haqqani', 'General', 'Network', 'Abhinav'][i % 5]).join(' '),
      'parentheses.txt': `${'('.repeat(100_000)}ISI${')'.repeat(100_000)} the Inter-Services Intelligence (ISI) said.`,
    };
    for (const [name, text] of Object.entries(texts)) writeFileSync(join(dir, name), text);
    const result = await runJson(Object.keys(texts).map((name) => join(dir, name)));
    expect(result.status).toBe(0);
    result.documents.forEach((doc, i) => expectWellFormed(doc, Object.values(texts)[i]!));
  }, 60_000);
});

describe('damaged text', () => {
  it('keeps an article with invalid UTF-8 bytes, each bad sequence as U+FFFD', async () => {
    const dir = freshDir('invalid-utf8');
    const path = join(dir, 'damaged.txt');
    writeFileSync(path, Buffer.concat([Buffer.from('The Inter-Services Intelligence (ISI) and '), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(' the ISI again in Pakistan.')]));
    const result = await runJson([path]);
    expect(result.status).toBe(0);
    const text = 'The Inter-Services Intelligence (ISI) and \uFFFD\uFFFD\uFFFD the ISI again in Pakistan.';
    expectWellFormed(result.documents[0]!, text);
    expect(result.documents[0]!.entities.find((e) => e.acronym === 'ISI')?.count).toBe(3);
  });

  it('refuses text with NUL bytes inside as binary, and goes on with the next file', async () => {
    const dir = freshDir('nul');
    const path = join(dir, 'nul.txt');
    writeFileSync(path, Buffer.concat([Buffer.from('Pakistan and India'), Buffer.from([0]), Buffer.from('more text')]));
    const result = await runJson([path, join(FIXTURES, 'isi-let.txt')]);
    expect(result.status).toBe(1);
    expect(lines(result.stderr)).toEqual([`entities: ${path}: binary file (contains NUL bytes)`]);
    expect(result.documents.map((d) => d.path)).toEqual([join(FIXTURES, 'isi-let.txt')]);
  });

  it('keeps offsets right after emoji, combining marks and right-to-left script', async () => {
    const prefix = '😀👍🏽 é\u0301 שלום עולם مرحبا ';
    const text = `${prefix}The Inter-Services Intelligence (ISI) met in Islamabad.`;
    const result = await runJson(['-'], { input: text });
    const doc = result.documents[0]!;
    expectWellFormed(doc, text);
    const isi = doc.entities.find((e) => e.name === 'Inter-Services Intelligence')!;
    expect(isi.mentions[0]!.start).toBe(text.indexOf('Inter-Services'));
  });
});

describe('folders', () => {
  it('walks a folder with a symbolic link loop and hidden folders without hanging', async () => {
    const dir = freshDir('loop');
    mkdirSync(join(dir, 'a', '.git'), { recursive: true });
    writeFileSync(join(dir, 'a', 'one.txt'), ARTICLE);
    writeFileSync(join(dir, 'a', '.git', 'HEAD.txt'), 'Pakistan');
    symlinkSync(dir, join(dir, 'a', 'back-to-top'));
    const result = await runJson([dir]);
    expect(result.status).toBe(0);
    expect(result.documents.map((d) => d.path)).toEqual([join(dir, 'a', 'one.txt')]);
  });

  it('lists a folder\'s files and subfolders in one name order, with stdin and a failed pattern kept in their places', async () => {
    const dir = freshDir('order');
    mkdirSync(join(dir, 'b'));
    mkdirSync(join(dir, 'd', 'e'), { recursive: true });
    for (const file of ['B.txt', 'a.txt', 'b.txt', 'c.md', 'b/x.txt', 'd/e/y.txt', 'd/z.txt', 'f.txt']) writeFileSync(join(dir, file), ARTICLE);
    const pattern = join(dir, '*.nothing');
    const result = await runJson([join(dir, 'b'), pattern, '-', dir], { input: ARTICLE });
    expect(result.status).toBe(1);
    expect(lines(result.stderr)).toEqual([`entities: ${pattern}: no files match this pattern`]);
    // Code-unit order, as sort() gives: capitals first, and "b" before "b.txt".
    const inFolder = ['B.txt', 'a.txt', 'b/x.txt', 'b.txt', 'c.md', 'd/e/y.txt', 'd/z.txt', 'f.txt'];
    expect(result.documents.map((d) => d.path)).toEqual([join(dir, 'b', 'x.txt'), '<stdin>', ...inFolder.map((file) => join(dir, file))]);
  });

  it('walks a folder of more files than the stack holds arguments, in order, at --jobs 1 and 2', async () => {
    // A 100 KB stack overflows on 20,000 arguments spread into one call, as the default stack does on
    // a few hundred thousand: the walk must not pass a folder's files that way.
    const dir = freshDir('many');
    const count = 20_000;
    for (let i = 0; i < count; i++) writeFileSync(join(dir, `${String(i).padStart(5, '0')}.txt`), '');
    for (const jobs of ['1', '2']) {
      const result = await spawnAndWait(process.execPath, ['--stack-size=100', BIN, dir, '--format', 'ndjson', '--jobs', jobs], { cwd: ROOT, env: childEnv(), timeoutMs: 60_000 });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      const paths = lines(result.stdout).map((line) => (JSON.parse(line) as { path: string }).path);
      expect(paths).toHaveLength(count);
      expect(paths[0]).toBe(join(dir, '00000.txt'));
      expect(paths[count - 1]).toBe(join(dir, '19999.txt'));
    }
  }, 120_000);
});

describe('interrupted output', () => {
  async function interruptDuringWrite(signal: NodeJS.Signals) {
    const dir = freshDir(`interrupt-${signal}`);
    const target = join(dir, 'entities.json');
    writeFileSync(target, 'OLD CONTENT\n');
    const many = Array.from({ length: 3000 }, () => join(FIXTURES, 'isi-let.txt'));
    const child = spawn(process.execPath, [BIN, ...many, '--format', 'json', '-o', target, '--jobs', '1'], { cwd: ROOT, env: childEnv() });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    // Kill it once the temporary file exists, that is, mid-run.
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (readdirSync(dir).some((name) => name.endsWith('.tmp'))) {
          clearInterval(poll);
          resolve();
        }
      }, 5);
    });
    child.kill(signal);
    await new Promise((resolve) => child.on('close', resolve));
    return { dir, target, stderr };
  }

  it('leaves the old file whole and no temporary file when stopped with SIGINT or SIGTERM', async () => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      const { dir, target, stderr } = await interruptDuringWrite(signal);
      expect(readFileSync(target, 'utf8')).toBe('OLD CONTENT\n');
      expect(readdirSync(dir)).toEqual(['entities.json']);
      expectNoStackTrace(stderr, signal);
    }
  }, 60_000);

  it('leaves the old file whole when killed outright (SIGKILL)', async () => {
    const { target } = await interruptDuringWrite('SIGKILL');
    expect(readFileSync(target, 'utf8')).toBe('OLD CONTENT\n');
  }, 60_000);
});

describe('NDJSON under a reader that stops', () => {
  it('writes only whole lines before a closed pipe', async () => {
    const many = Array.from({ length: 200 }, () => join(FIXTURES, 'isi-let.txt')).join(' ');
    const piped = await new Promise<string>((resolve) => {
      const child = spawn('bash', ['-c', `node ${BIN} ${many} --format ndjson --jobs 2 | head -n 7`], { cwd: ROOT, env: childEnv() });
      let out = '';
      child.stdout.on('data', (chunk) => (out += chunk));
      child.on('close', () => resolve(out));
    });
    const got = piped.trimEnd().split('\n');
    expect(got).toHaveLength(7);
    for (const line of got) expect(() => JSON.parse(line)).not.toThrow();
  });
});

describe('nothing is executed or fetched', () => {
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return sources(path);
      return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
    });

  it('has no eval, no Function constructor, no child processes and no network modules in the engine or CLI', () => {
    const forbidden = [/\beval\s*\(/, /\bnew\s+Function\s*\(/, /from\s+'node:(?:child_process|http|https|net|dgram|tls|dns)'/, /\bfetch\s*\(/, /\bimport\s*\(\s*[^'"\s]/];
    for (const file of sources(join(ROOT, 'src'))) {
      const code = readFileSync(file, 'utf8');
      for (const pattern of forbidden) expect(code, `${file} matches ${pattern}`).not.toMatch(pattern);
    }
  });

  it('treats text that looks like code or formulas as text', async () => {
    const text = '=HYPERLINK("http://x") ${process.exit(3)} `rm -rf /` <script>alert(1)</script> Pakistan';
    const result = await runJson(['-'], { input: text });
    expect(result.status).toBe(0);
    expectWellFormed(result.documents[0]!, text);
  });
});
