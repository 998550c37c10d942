// --gazetteer files → compiled lists for the run, or the one line that says which file (and which
// line of it) is wrong. Loaded by main.ts only when --gazetteer is given.
import { compileUserLists, GazetteerFileError, GazetteerLineError } from '../index.js';
import type { CompiledGazetteer } from '../pipeline/3-gazetteer/compile.js';
import { formatInputError } from './errors.js';

export async function compileGazetteerFiles(paths: readonly string[]): Promise<{ compiled: CompiledGazetteer } | { error: string }> {
  try {
    return { compiled: await compileUserLists({ userFiles: paths }) };
  } catch (error) {
    if (error instanceof GazetteerFileError) return { error: formatInputError(error.file, error.reason) };
    if (error instanceof GazetteerLineError) return { error: formatInputError(`${error.file}:${error.line}`, error.reason) };
    throw error;
  }
}

/** The labels the lists bring (weapon, norp), for checking --types. */
export function typesOf(compiled: CompiledGazetteer): Set<string> {
  return new Set(compiled.entries.map(([, type]) => type));
}
