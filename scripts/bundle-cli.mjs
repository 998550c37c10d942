// Build step: the CLI's modules (compiled by tsc into dist/) and the npm packages they import
// bundled into a few files under dist/bundle/cli/, which bin/entities.js runs. Node's ES module
// loader spends about a third of a millisecond a module: the CLI's own sixty, bundled, started a
// run about 15 ms sooner, and the packages' twenty (commander, chalk and the width table) 8 ms
// more. The library (dist/index.js) stays a module a file and imports the packages as installed.
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
  // compromise is loaded by require() only when --tagger asks, and is large: it stays outside.
  external: ['compromise'],
  // commander is CommonJS and requires Node's own modules, which an ES module bundle can only do
  // through a require function of its own.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
});
