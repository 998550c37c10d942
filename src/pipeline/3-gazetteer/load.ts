// Loads the built-in gazetteer compiled at build time (dist/gazetteer.json, packed), once per process.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildPackedGazetteer, type Gazetteer } from './gazetteer.js';
import type { PackedGazetteer, PackedPlaces } from './packed.js';

// Three levels up is the package root from this module's place in src/ (tests) and in dist/ (built).
export const COMPILED_GAZETTEER_PATH = fileURLToPath(new URL('../../../dist/gazetteer.json', import.meta.url));
// The place evidence (towns, transliteration skeletons), as large as the rest together and needed
// only once a text holds a name no list has: an article that names only listed things never reads it.
export const COMPILED_PLACES_PATH = fileURLToPath(new URL('../../../dist/places.json', import.meta.url));

let builtIn: Gazetteer | undefined;

export function loadBuiltInGazetteer(): Gazetteer {
  builtIn ??= buildPackedGazetteer(readBuiltInPacked(), readBuiltInPlaces);
  return builtIn;
}

/** The built-in gazetteer, with its place evidence when asked (to layer a user's lists over it whole). */
export function readBuiltInPacked(withPlaces = false): PackedGazetteer {
  const packed = JSON.parse(readFileSync(COMPILED_GAZETTEER_PATH, 'utf8')) as PackedGazetteer;
  return withPlaces ? { ...packed, ...readBuiltInPlaces() } : packed;
}

function readBuiltInPlaces(): PackedPlaces {
  return JSON.parse(readFileSync(COMPILED_PLACES_PATH, 'utf8')) as PackedPlaces;
}
