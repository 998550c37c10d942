// One input → the text it adds to the output (or, for a batch report, its entities), or the reason it
// failed. The same work runs in the main thread (--jobs 1, or a single input) and in each worker thread.
import { extract, gazetteerWith } from '../index.js';
import { isInputError, readDocument } from '../pipeline/1-read/read.js';
import type { CompiledGazetteer } from '../pipeline/3-gazetteer/compile.js';
import type { Gazetteer } from '../pipeline/3-gazetteer/gazetteer.js';
import { gazetteerFromShared, type SharedTables, shareBuiltInTables } from '../pipeline/3-gazetteer/load.js';
import { hasUserEntries, shareTablesWithUserLists } from '../pipeline/3-gazetteer/load-user.js';
import type { IndexEntry, Writer } from '../pipeline/7-write/writer.js';
import type { Doc, DocumentResult, EntityType, InputError } from '../types.js';

export interface ProcessSettings {
  maxBytes: number;
  types: EntityType[] | undefined;
  context: number;
  tagger: boolean;
  /** Each mention with its evidence (--explain). */
  explain?: boolean;
  /** Number each mention's sentence (--edges sentence). */
  sentences?: boolean;
  /** Give listed places their point and country (--format geojson, html). */
  geo?: boolean;
  /** Users' lists (--gazetteer), compiled once by the main thread; plain data, so workers get it too. */
  userGazetteer?: CompiledGazetteer;
  /** The gazetteer's tables (with the users' lists over the built-in ones, if any), built or read once
   * for a run of several threads, which all load them from this shared memory: then userGazetteer is
   * not used. */
  tables?: SharedTables;
  /** 'result': hand back the entities, not formatted text (--summary, --edges count over the batch). */
  emit?: 'chunk' | 'result';
}

/** What a worker can be handed: a file to read, or text already read (stdin), or a known failure. */
export type Task = { kind: 'file'; path: string } | { kind: 'doc'; doc: Doc } | { kind: 'error'; error: InputError };

/** `bytes`: the UTF-8 size of the text done, for the progress line's MB/s; `entry`: for html's index. */
export type Outcome = { chunk: string | Uint8Array; bytes: number; entry?: IndexEntry } | { result: DocumentResult; bytes: number } | { error: InputError };

/** `ordinal`: the input's place in the run (0 first), which names its section of a page. */
export function processTask(task: Task, settings: ProcessSettings, writer: Writer, ordinal: number): Outcome {
  if (task.kind === 'error') return { error: task.error };
  const doc = task.kind === 'doc' ? task.doc : readDocument(task.path, { maxBytes: settings.maxBytes });
  return formatDoc(doc, settings, writer, ordinal);
}

export function formatDoc(doc: Doc | InputError, settings: ProcessSettings, writer: Writer, ordinal: number): Outcome {
  if (isInputError(doc)) return { error: doc };
  let entities: ReturnType<typeof extractWith>;
  try {
    entities = extractWith(doc.text, settings);
  } catch (error) {
    // A fault of the engine's on one text fails that input, as a bad file does, not the batch.
    return { error: { path: doc.path, reason: 'internal-error', message: `internal error, please report it with this file: ${error instanceof Error ? error.message : String(error)}` } };
  }
  const result = { path: doc.path, entities };
  const bytes = Buffer.byteLength(doc.text);
  if (settings.emit === 'result') return { result, bytes };
  const source = { text: doc.text, ordinal };
  const entry = writer.digest?.(result, source);
  return { chunk: writer.document(result, source), bytes, ...(entry ? { entry } : {}) };
}

export function extractWith(text: string, settings: ProcessSettings) {
  const { types, context, tagger, sentences, explain, geo } = settings;
  return extract(text, { gazetteer: gazetteerFor(settings), types, context, tagger, sentences, explain, geo });
}

/** Loads the gazetteer now, while the thread waits for its first task. */
export function prepareGazetteer(settings: ProcessSettings): void {
  gazetteerFor(settings);
}

// Built once a thread: the settings, and so the compiled lists or shared tables, stay the same objects for the run.
let built: { from: CompiledGazetteer | SharedTables | undefined; gazetteer: Gazetteer } | undefined;

function gazetteerFor({ tables, userGazetteer }: ProcessSettings): Gazetteer {
  const from = tables ?? userGazetteer;
  if (!built || built.from !== from) built = { from, gazetteer: tables ? gazetteerFromShared(tables) : gazetteerWith(userGazetteer) };
  return built.gazetteer;
}

/** The settings of a run of several threads: the gazetteer's tables read or built once, here, and shared. */
export function withSharedTables(settings: ProcessSettings): ProcessSettings {
  const { userGazetteer, ...rest } = settings;
  return { ...rest, tables: hasUserEntries(userGazetteer) ? shareTablesWithUserLists(userGazetteer) : shareBuiltInTables() };
}
