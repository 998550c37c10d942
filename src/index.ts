// The library: extract(text) gives the entities of one text; the CLI is a thin shell over it.
import { type Gazetteer } from './pipeline/3-gazetteer/gazetteer.js';
import { loadBuiltInGazetteer } from './pipeline/3-gazetteer/load.js';
import { runPipeline } from './pipeline/run.js';
import type { Entity, ExtractOptions } from './types.js';

export type * from './types.js';
export { ENTITY_TYPES } from './types.js';
export type { Gazetteer } from './pipeline/3-gazetteer/gazetteer.js';
export { gazetteerFromFiles } from './pipeline/3-gazetteer/gazetteer.js';
export { loadBuiltInGazetteer } from './pipeline/3-gazetteer/load.js';

export interface ExtractWith extends ExtractOptions {
  /** The names to match; the built-in gazetteer when absent. */
  gazetteer?: Gazetteer;
}

/** The people, organizations, places and acronyms of one text, each with its mentions in text order. */
export function extract(text: string, options: ExtractWith = {}): Entity[] {
  return runPipeline(text, options.gazetteer ?? loadBuiltInGazetteer(), options);
}
