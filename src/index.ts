// The library: extract(text) gives the entities of one text; the CLI is a thin shell over it.
import type { CompiledGazetteer, SourceFile } from './pipeline/3-gazetteer/compile.js';
import type { Gazetteer } from './pipeline/3-gazetteer/gazetteer.js';
import { loadBuiltInGazetteer } from './pipeline/3-gazetteer/load.js';
import { buildWithUserLists, hasUserEntries } from './pipeline/3-gazetteer/load-user.js';
import { isInputError, readDocument } from './pipeline/1-read/read.js';
import { runPipeline } from './pipeline/run.js';
import type { Entity, ExtractOptions } from './types.js';

export type * from './types.js';
export { ENTITY_TYPES } from './types.js';
export type { CompiledGazetteer, SourceFile } from './pipeline/3-gazetteer/compile.js';
export type { Gazetteer } from './pipeline/3-gazetteer/gazetteer.js';
export { gazetteerFromFiles } from './pipeline/3-gazetteer/gazetteer.js';
export { loadBuiltInGazetteer } from './pipeline/3-gazetteer/load.js';
export { DataFileError as GazetteerLineError } from './pipeline/3-gazetteer/tsv.js';
export { createSummary, SUMMARY_COLUMNS } from './pipeline/7-write/summary.js';
export { createCoOccurrences, CO_OCCURRENCE_COLUMNS } from './pipeline/7-write/co-occurrence.js';

export interface ExtractWith extends ExtractOptions {
  /** The names to match; the built-in gazetteer when absent. */
  gazetteer?: Gazetteer;
}

/** The people, organizations, places and acronyms of one text, each with its mentions in text order. */
export function extract(text: string, options: ExtractWith = {}): Entity[] {
  return runPipeline(text, options.gazetteer ?? loadBuiltInGazetteer(), options);
}

export interface GazetteerOptions {
  /**
   * Paths of analysts' lists: CSV/TSV with a name,type[,aliases…] header, spaCy EntityRuler JSONL,
   * or CoreNLP RegexNER mappings. Their names win over the built-in ones; earlier files over later.
   */
  userFiles?: readonly string[];
  /** The same, as contents already in memory (fileName picks the format, as a path would). */
  userLists?: readonly SourceFile[];
}

/** A list file that cannot be read at all (missing, binary); a bad line is a GazetteerLineError. */
export class GazetteerFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

// A list is read whole; this bounds what a wrong path (a corpus dump) can cost.
const MAX_LIST_BYTES = 1024 * 1024 * 1024;

/**
 * Users' lists read and compiled: plain data (arrays), so it can be handed to worker threads. Throws
 * GazetteerFileError for a file that cannot be read, GazetteerLineError for a malformed line.
 */
export async function compileUserLists(options: GazetteerOptions): Promise<CompiledGazetteer> {
  const sources: SourceFile[] = [...(options.userLists ?? [])];
  for (const path of options.userFiles ?? []) {
    // Decoded as inputs are: UTF-8 with or without BOM, UTF-16 by its BOM (Excel's "Unicode text").
    const doc = readDocument(path, { maxBytes: MAX_LIST_BYTES });
    if (isInputError(doc)) throw new GazetteerFileError(path, doc.message);
    sources.push({ fileName: path, content: doc.text });
  }
  // The parsers (and csv-parse) load only when there are lists to parse.
  const { compileUserLists: compile } = await import('./pipeline/3-gazetteer/user/user-lists.js');
  return compile(sources);
}

/** The built-in gazetteer, with users' compiled lists over it when given. */
export function gazetteerWith(userLists: CompiledGazetteer | undefined): Gazetteer {
  return hasUserEntries(userLists) ? buildWithUserLists(userLists) : loadBuiltInGazetteer();
}

/** The gazetteer to pass to extract(): the built-in one, with users' lists over it (see GazetteerOptions). */
export async function loadGazetteer(options: GazetteerOptions = {}): Promise<Gazetteer> {
  if (!options.userFiles?.length && !options.userLists?.length) return loadBuiltInGazetteer();
  return gazetteerWith(await compileUserLists(options));
}
