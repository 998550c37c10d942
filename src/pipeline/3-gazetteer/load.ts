// Loads the built-in gazetteer compiled at build time (dist/gazetteer.json, packed), once per process.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildPackedGazetteer, type Gazetteer } from './gazetteer.js';
import type { PackedGazetteer } from './packed.js';

// Three levels up is the package root from this module's place in src/ (tests) and in dist/ (built).
export const COMPILED_GAZETTEER_PATH = fileURLToPath(new URL('../../../dist/gazetteer.json', import.meta.url));

let builtIn: Gazetteer | undefined;

export function loadBuiltInGazetteer(): Gazetteer {
  builtIn ??= buildPackedGazetteer(readBuiltInPacked());
  return builtIn;
}

export function readBuiltInPacked(): PackedGazetteer {
  return JSON.parse(readFileSync(COMPILED_GAZETTEER_PATH, 'utf8')) as PackedGazetteer;
}
