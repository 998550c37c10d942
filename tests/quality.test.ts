// The quality floor: strict F1 on the shared annotated sets may not fall more than 0.01 below what
// the engine reached when the floor was set. ../shared sits beside the checkout, in CI too; where it
// does not (a clone on its own), these tests are skipped and say so.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = resolve(process.env.ENTITIES_SHARED ?? join(root, '..', 'shared'));
const scorer = join(shared, 'eval', 'score.mjs');

// Reached on 2026-12-02 (npm run eval); raise them when the engine gets better, never lower them.
// re3d-dev is annotated by others under other guidelines (its README), so its untyped figure, the
// spans alone, is held too; CoNLL-2003's organizations, the type the engine found hardest, by type.
const FLOORS = [
  { name: 'seed article', dir: join(shared, 'gold'), strictF1: 1.0, expansion: 1.0 },
  { name: 'dev set', dir: join(shared, 'gold', 'dev'), strictF1: 0.995, expansion: 1.0 },
  { name: 'CoNLL-2003 dev', dir: join(shared, 'eval', 'conll2003-dev'), strictF1: 0.932, expansion: null, organizationF1: 0.863 },
  { name: 're3d dev', dir: join(shared, 'eval', 're3d-dev'), strictF1: 0.910, expansion: null, untypedF1: 0.927 },
];
const TOLERANCE = 0.01;

const work = mkdtempSync(join(tmpdir(), 'entities-quality-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Score {
  strict: { f1: number };
  untyped: { f1: number };
  byType: { strict: Record<string, { f1: number }> };
  expansion: { accuracy: number | null };
  offsetErrors: number;
}

function score(dir: string): Score {
  const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => join(dir, f));
  const output = execFileSync(process.execPath, [join(root, 'bin', 'entities.js'), '--format', 'json', ...texts], { maxBuffer: 1 << 28 });
  const predictions = join(work, `${dir.replace(/\W+/g, '_')}.json`);
  writeFileSync(predictions, output);
  return JSON.parse(execFileSync(process.execPath, [scorer, dir, predictions, '--json'], { encoding: 'utf8' }));
}

describe.skipIf(!existsSync(scorer))(`quality floor (scored with ${scorer})`, () => {
  for (const floor of FLOORS) {
    it(`keeps strict F1 on the ${floor.name} within ${TOLERANCE} of ${floor.strictF1}`, () => {
      const result = score(floor.dir);
      expect(result.offsetErrors).toBe(0);
      expect(result.strict.f1).toBeGreaterThanOrEqual(floor.strictF1 - TOLERANCE);
      if (floor.expansion !== null) expect(result.expansion.accuracy).toBeGreaterThanOrEqual(floor.expansion - TOLERANCE);
      if (floor.untypedF1 !== undefined) expect(result.untyped.f1).toBeGreaterThanOrEqual(floor.untypedF1 - TOLERANCE);
      if (floor.organizationF1 !== undefined) expect(result.byType.strict.organization!.f1).toBeGreaterThanOrEqual(floor.organizationF1 - TOLERANCE);
    });
  }
});

it.runIf(!existsSync(scorer))('quality floor skipped: no ../shared beside the checkout', () => {
  console.warn(`quality floor skipped: ${scorer} not found`);
});
