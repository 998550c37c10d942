// The built-in gazetteer with a user's compiled lists over it: their names win the keys they claim.
// Kept apart from the list parsers, so worker threads, which get the lists already compiled, load
// no parser.
import { type CompiledGazetteer, layerGazetteers } from './compile.js';
import { buildGazetteer, type Gazetteer } from './gazetteer.js';
import { readBuiltInPacked } from './load.js';
import { unpackGazetteer } from './packed.js';

export function buildWithUserLists(user: CompiledGazetteer): Gazetteer {
  return buildGazetteer(layerGazetteers(user, unpackGazetteer(readBuiltInPacked(true))));
}
