// Loads the built-in gazetteer compiled at build time (dist/gazetteer.json), once per process.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type CompiledGazetteer, type Gazetteer, buildGazetteer } from './gazetteer.js';

// This module sits at dist/pipeline/3-gazetteer/load.js once built; the compiled file at dist/.
export const COMPILED_GAZETTEER_PATH = fileURLToPath(new URL('../../gazetteer.json', import.meta.url));

let builtIn: Gazetteer | undefined;

export function loadBuiltInGazetteer(): Gazetteer {
  builtIn ??= buildGazetteer(JSON.parse(readFileSync(COMPILED_GAZETTEER_PATH, 'utf8')) as CompiledGazetteer);
  return builtIn;
}
