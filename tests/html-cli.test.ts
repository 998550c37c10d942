// --format html from the command line: the same page from worker threads as from one, -o written
// atomically, stdin named, and the batch reports it cannot show refused. The browser test is apart.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { BINARY, CORPUS, ISI_LET, runCli, useScratchDir, WORLD } from './helpers.js';

vi.setConfig({ testTimeout: 30_000 });
const freshDir = useScratchDir();

describe.concurrent('--format html', () => {
  it('writes the same page with worker threads as with one, each article in input order', async () => {
    const one = await runCli([CORPUS, ISI_LET, WORLD, '-f', 'html', '--jobs', '1']);
    const three = await runCli([CORPUS, ISI_LET, WORLD, '-f', 'html', '--jobs', '3']);
    expect(one.status).toBe(0);
    expect(three.stdout).toBe(one.stdout);
    const ids = [...one.stdout.matchAll(/<article class="doc" id="(doc-\d+)"/g)].map((m) => m[1]);
    const links = [...one.stdout.matchAll(/<a href="#(doc-\d+)">/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(3);
    expect(links).toEqual(ids);
  });

  it('leaves a file that cannot be read out of the page, and reports it on stderr', async () => {
    const result = await runCli([ISI_LET, BINARY, WORLD, '-f', 'html']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`entities: ${BINARY}: binary file (contains NUL bytes)\n`);
    expect([...result.stdout.matchAll(/<a href="#(doc-\d+)">([^<]*)</g)].map((m) => [m[1], m[2]])).toEqual([
      ['doc-1', ISI_LET],
      ['doc-3', WORLD],
    ]);
  });

  it('writes -o page.html atomically, and names stdin <stdin>', async () => {
    const dir = freshDir('html-output');
    const page = join(dir, 'page.html');
    const result = await runCli(['-', '-f', 'html', '-o', page], { input: 'The ISI met in Kabul.' });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(readdirSync(dir)).toEqual(['page.html']);
    const html = readFileSync(page, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta http-equiv="Content-Security-Policy"/);
    expect(html).toContain('<h2>&lt;stdin&gt;</h2>');
    expect(existsSync(page)).toBe(true);
  });

  it('is refused with --summary, --edges and --input ndjson (exit 2)', async () => {
    for (const args of [['--summary'], ['--edges'], ['--edges=sentence'], ['--input', 'ndjson']]) {
      const result = await runCli([ISI_LET, '-f', 'html', ...args]);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/^entities: .*(cannot be used with --format html|NDJSON only)/);
      expect(result.stdout).toBe('');
    }
  });
});
