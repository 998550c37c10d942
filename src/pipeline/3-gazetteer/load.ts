// Loads the built-in gazetteer compiled at build time, once per thread: dist/gazetteer.bin, and
// dist/places.bin when a text first asks about a town. The files hold the final tables (tables.ts),
// so loading is a read and a small JSON.parse; threads of one run can share one copy of the bytes.
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { packageFile } from '../../package-files.js';
import { decodeBundle } from './bundle.js';
import { type Gazetteer, gazetteerFromTables } from './gazetteer.js';
import type { GazetteerTables, PlaceTables } from './tables.js';

export const COMPILED_GAZETTEER_PATH = packageFile('dist', 'gazetteer.bin');
// The place evidence (towns, transliteration skeletons), as large as the rest together and needed
// only once a text holds a name no list has: an article that names only listed things never reads it.
export const COMPILED_PLACES_PATH = packageFile('dist', 'places.bin');

/** A gazetteer's tables as bytes in memory every thread of a run can read (bundle.ts). */
export interface SharedTables {
  gazetteer: SharedArrayBuffer;
  places: SharedArrayBuffer;
}

let builtIn: Gazetteer | undefined;
// The built-in tables' bytes, read once, into memory a run's worker threads can view as they are:
// the main thread's own gazetteer and the workers' then share one copy (a second one cost the main
// thread 15 MB of RSS at --jobs 2).
const builtInBytes: { gazetteer?: SharedArrayBuffer; places?: SharedArrayBuffer } = {};

const builtInGazetteerBytes = () => (builtInBytes.gazetteer ??= readShared(COMPILED_GAZETTEER_PATH));
const builtInPlacesBytes = () => (builtInBytes.places ??= readShared(COMPILED_PLACES_PATH));

export function loadBuiltInGazetteer(): Gazetteer {
  builtIn ??= gazetteerFromTables(decodeBundle(new Uint8Array(builtInGazetteerBytes())), () => decodeBundle(new Uint8Array(builtInPlacesBytes())));
  return builtIn;
}

export function readBuiltInTables(): GazetteerTables {
  return decodeBundle(readFileSync(COMPILED_GAZETTEER_PATH));
}

export function readBuiltInPlaces(): PlaceTables {
  return decodeBundle(readFileSync(COMPILED_PLACES_PATH));
}

/** The built-in tables read into shared memory, for threads to load without a copy of their own. */
export function shareBuiltInTables(): SharedTables {
  return { gazetteer: builtInGazetteerBytes(), places: builtInPlacesBytes() };
}

/** The gazetteer whose tables another thread shared; the places are decoded when first asked. */
export function gazetteerFromShared(tables: SharedTables): Gazetteer {
  return gazetteerFromTables(decodeBundle(new Uint8Array(tables.gazetteer)), () => decodeBundle(new Uint8Array(tables.places)));
}

/** Bytes copied into shared memory. */
export function toShared(bytes: Uint8Array): SharedArrayBuffer {
  const shared = new SharedArrayBuffer(bytes.length);
  new Uint8Array(shared).set(bytes);
  return shared;
}

/** A file's bytes read straight into shared memory, with no copy on the way. */
function readShared(path: string): SharedArrayBuffer {
  const fd = openSync(path, 'r');
  try {
    const shared = new SharedArrayBuffer(fstatSync(fd).size);
    const bytes = new Uint8Array(shared);
    let read = 0;
    while (read < bytes.length) {
      const got = readSync(fd, bytes, read, bytes.length - read, read);
      if (got === 0) throw new Error(`${path}: shorter than its size (rebuild with npm run build)`);
      read += got;
    }
    return shared;
  } finally {
    closeSync(fd);
  }
}
