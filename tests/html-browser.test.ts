// --format html in a real browser: the built CLI writes a page of the seed article and a hostile one,
// headless Chromium loads it (policy, script and all) and dumps the DOM it ends with. Skipped, with
// a note, only where no Chromium is installed (.ci/run installs it when it can).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, spawnAndWait, useScratchDir } from './helpers.js';

const CHROMIUM = ['chromium', 'chromium-browser'].find((name) => spawnSync(name, ['--version'], { stdio: 'ignore' }).status === 0);
if (!CHROMIUM) console.warn('html-browser.test.ts: no chromium or chromium-browser on PATH; the browser test is skipped');

const SEEDS = readdirSync(join(ROOT, 'seeds')).filter((file) => file.endsWith('.txt')).map((file) => join('seeds', file));

// Every way the text could try to become markup or run: a script, a handler, a closed <style>,
// a closed <title>, an attribute break-out; each would set the title or a marker if it ran.
const HOSTILE = [
  'The Inter-Services Intelligence (ISI) met in Islamabad.',
  "<script>document.title='pwned'</script>",
  `<img src=x onerror="document.title='pwned'">`,
  `</style><style>body{display:none}</style></title><script>document.documentElement.setAttribute('data-pwned','1')</script>`,
  `"><svg onload=alert(1)> ' onmouseover='alert(1)`,
  'Later the ISI said so.',
].join('\n');

const freshDir = useScratchDir();

async function dumpDom(page: string, profile: string): Promise<string> {
  const args = ['--headless', '--disable-gpu', '--no-sandbox', `--user-data-dir=${profile}`, '--dump-dom', pathToFileURL(page).href];
  const result = await spawnAndWait(CHROMIUM!, args, { timeoutMs: 60_000 });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

describe('--format html in Chromium', () => {
  it.skipIf(!CHROMIUM)('shows the seed article\'s mentions marked and the hostile article as text, running none of it', async () => {
    const dir = freshDir('html-browser');
    const hostile = join(dir, 'hostile <b>.txt');
    writeFileSync(hostile, HOSTILE);
    const page = join(dir, 'page.html');
    const run = await runCli([...SEEDS, hostile, '--format', 'html', '-o', page]);
    expect(run.status).toBe(0);
    const dom = await dumpDom(page, join(dir, 'profile'));

    expect(dom).toContain('data-script="ran"');
    expect(dom).toMatch(/<mark class="k2" data-entity="\d+" data-type="place"[^>]*>Islamabad<\/mark>/);
    expect(dom).toMatch(/<mark class="k1" data-entity="\d+" data-type="organization" title="ISI → Inter-Services Intelligence">ISI<\/mark>/);
    for (const [i, path] of [...SEEDS, hostile].entries()) expect(dom).toContain(`<a href="#doc-${i + 1}">${path.replace(/</g, '&lt;').replace(/>/g, '&gt;')}</a>`);

    expect(/<title>([^<]*)<\/title>/.exec(dom)![1]).toBe('Entities');
    expect(dom).toContain('&lt;script&gt;document.title=\'pwned\'&lt;/script&gt;');
    expect(dom).toContain('&lt;img src=x onerror="document.title=\'pwned\'"&gt;');
    // The hostile words are on the page as text; no element or attribute came of them (the page's
    // own SVG, its outlines and the maps, apart).
    const tags = dom.match(/<[a-z][^>]*>/gi) ?? [];
    expect(tags.filter((tag) => /^<img\b|^<svg\b(?! class="(?:defs|map)")|\son\w+=|data-pwned/i.test(tag))).toEqual([]);
    // Each article that names a place with a point has its map, Islamabad's dot in northern Pakistan.
    expect(dom.match(/<svg class="map"/g)).toHaveLength(2);
    const islamabad = /<circle class="dot" cx="([\d.]+)" cy="([\d.]+)"[^>]*><title>Islamabad \(1 mention\)/.exec(dom)!;
    expect([Number(islamabad[1]) - 180, 90 - Number(islamabad[2])].map(Math.round)).toEqual([73, 34]);
    expect(dom.match(/<script>/g)).toHaveLength(1);
    expect(dom.match(/<style>/g)).toHaveLength(1);
  });

  // The page's own script, driven as a reader would: a click on a mention, a type switched off. The
  // test adds its driver script to a copy of the page and lets it through the policy by its hash.
  it.skipIf(!CHROMIUM)('outlines every mention of a clicked entity, and hides a type switched off', async () => {
    const dir = freshDir('html-script');
    const page = join(dir, 'page.html');
    expect((await runCli([...SEEDS, '--format', 'html', '-o', page])).status).toBe(0);
    const driver = `document.querySelector('mark[data-type="organization"][title^="ISI"]').click();document.querySelector('input[data-type="place"]').click();`;
    const hash = `'sha256-${createHash('sha256').update(driver).digest('base64')}'`;
    const html = readFileSync(page, 'utf8').replace(/script-src ('sha256-[^']+')/, `script-src $1 ${hash}`).replace('</body>', `<script>${driver}</script>\n</body>`);
    writeFileSync(page, html);
    const dom = await dumpDom(page, join(dir, 'profile'));

    const marks = [...dom.matchAll(/<mark class="([^"]+)" data-entity="(\d+)" data-type="([^"]+)"/g)].map((m) => ({ classes: m[1]!.split(' '), key: m[2]!, type: m[3]! }));
    const isi = /<mark class="[^"]+" data-entity="(\d+)" data-type="organization" title="ISI/.exec(dom)![1]!;
    expect(marks.filter((m) => m.key === isi).length).toBeGreaterThan(1);
    for (const mark of marks) {
      expect(mark.classes.includes('sel'), `mark of entity ${mark.key}`).toBe(mark.key === isi);
      expect(mark.classes.includes('off'), `mark of type ${mark.type}`).toBe(mark.type === 'place');
    }
    expect(dom).toMatch(new RegExp(`<tr data-entity="${isi}" data-type="organization" class="sel">`));
    expect(dom).toMatch(/<tr data-entity="\d+" data-type="place" class="off">/);
    // The map's dots are places too: switched off with them.
    const dots = [...dom.matchAll(/<circle class="([^"]+)"/g)].map((m) => m[1]);
    expect(dots.length).toBeGreaterThan(3);
    for (const classes of dots) expect(classes).toBe('dot off');
  });
});
