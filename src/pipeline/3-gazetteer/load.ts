// Loads the built-in gazetteer compiled at build time (dist/gazetteer.json), once per process.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type CompiledGazetteer, type Gazetteer, buildGazetteer } from './gazetteer.js';

// Three levels up is the package root from this module's place in src/ (tests) and in dist/ (built).
export const COMPILED_GAZETTEER_PATH = fileURLToPath(new URL('../../../dist/gazetteer.json', import.meta.url));

let builtIn: Gazetteer | undefined;

export function loadBuiltInGazetteer(): Gazetteer {
  builtIn ??= buildGazetteer(JSON.parse(readFileSync(COMPILED_GAZETTEER_PATH, 'utf8')) as CompiledGazetteer);
  return builtIn;
}
