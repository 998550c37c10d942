// The built-in gazetteer with a user's compiled lists over it: their names win the keys they claim.
// Kept apart from the list parsers, so worker threads, which get the lists already compiled, load
// no parser.
import { type CompiledGazetteer, layerGazetteers } from './compile.js';
import { buildGazetteer, type Gazetteer } from './gazetteer.js';
import { encodeBundle } from './bundle.js';
import { readBuiltInPlaces, readBuiltInTables, type SharedTables, toShared } from './load.js';
import { buildPlaceTables, buildTables, unpackTables } from './tables.js';

/** Users' lists that name anything: an empty list leaves the built-in gazetteer as it is. */
export function hasUserEntries(user: CompiledGazetteer | undefined): user is CompiledGazetteer {
  return user !== undefined && user.entries.length > 0;
}

export function buildWithUserLists(user: CompiledGazetteer): Gazetteer {
  return buildGazetteer(layeredOverBuiltIn(user));
}

/** The tables of the built-in lists with users' lists over them, built once for every thread of a run. */
export function shareTablesWithUserLists(user: CompiledGazetteer): SharedTables {
  const layered = layeredOverBuiltIn(user);
  return { gazetteer: toShared(encodeBundle(buildTables(layered))), places: toShared(encodeBundle(buildPlaceTables(layered))) };
}

function layeredOverBuiltIn(user: CompiledGazetteer): CompiledGazetteer {
  return layerGazetteers(user, unpackTables(readBuiltInTables(), readBuiltInPlaces()));
}
