// The built-in gazetteer with a user's compiled lists over it: their names win the keys they claim.
// Kept apart from the list parsers, so worker threads, which get the lists already compiled, load
// no parser.
import { readFileSync } from 'node:fs';
import { buildGazetteer, type CompiledGazetteer, type Gazetteer, layerGazetteers } from './gazetteer.js';
import { COMPILED_GAZETTEER_PATH } from './load.js';

export function buildWithUserLists(user: CompiledGazetteer): Gazetteer {
  const builtIn = JSON.parse(readFileSync(COMPILED_GAZETTEER_PATH, 'utf8')) as CompiledGazetteer;
  return buildGazetteer(layerGazetteers(user, builtIn));
}
