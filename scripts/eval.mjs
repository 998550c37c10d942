// npm run eval: runs the built CLI over the annotated sets in ../shared (the seed article, the dev
// set, the CoNLL-2003 dev split) and prints the scorer's table for each. Extra flags (--errors,
// --json) go to the scorer. Set ENTITIES_SHARED to score against another folder.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = resolve(process.env.ENTITIES_SHARED ?? join(root, '..', 'shared'));
const EVAL_SETS = [
  { name: 'seed', dir: join(shared, 'gold') },
  { name: 'dev', dir: join(shared, 'gold', 'dev') },
  { name: 'conll2003-dev', dir: join(shared, 'eval', 'conll2003-dev') },
  { name: 're3d-dev', dir: join(shared, 'eval', 're3d-dev') },
];

const scorerFlags = process.argv.slice(2);
const only = process.env.ENTITIES_EVAL_SET;
const scorer = join(shared, 'eval', 'score.mjs');
if (!existsSync(scorer)) {
  console.error(`eval: no scorer at ${scorer}; put the shared folder beside the checkout or set ENTITIES_SHARED`);
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), 'entities-eval-'));
try {
  for (const set of EVAL_SETS.filter((s) => !only || s.name === only)) {
    const texts = readdirSync(set.dir).filter((f) => f.endsWith('.txt')).map((f) => join(set.dir, f));
    const started = process.hrtime.bigint();
    const output = execFileSync(process.execPath, [join(root, 'bin', 'entities.js'), '--format', 'json', ...texts], { maxBuffer: 1 << 28 });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const predictions = join(work, `${set.name}.json`);
    writeFileSync(predictions, output);
    console.log(`\n== ${set.name}: ${texts.length} documents, ${seconds.toFixed(2)} s`);
    console.log(execFileSync(process.execPath, [scorer, set.dir, predictions, ...scorerFlags], { encoding: 'utf8', maxBuffer: 1 << 28 }).trimEnd());
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
