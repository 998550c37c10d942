// Build step: the CLI's modules (compiled by tsc into dist/) bundled into a few files under
// dist/bundle/cli/, which bin/entities.js runs. Node's ES module loader spends about a third of a
// millisecond a module, and the CLI loads some sixty: bundled, a run starts about 15 ms sooner.
// The library (dist/index.js) stays a module a file; npm packages stay outside the bundle.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

// Chunks are named by their content's hash: a rebuild would leave the old ones beside the new.
rmSync(`${dist}bundle`, { recursive: true, force: true });

await build({
  entryPoints: [`${dist}cli/main.js`, `${dist}cli/worker.js`],
  outdir: `${dist}bundle/cli`,
  bundle: true,
  // The writers and users' list parsers stay chunks of their own, loaded when a run needs them.
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
