// Command-line paths → the inputs to read, in the order given: files as named, directories walked
// (sorted, hidden entries and symbolic links inside skipped, so a link loop cannot trap the walk),
// quoted globs expanded with tinyglobby, "-" for stdin. Paths that lead nowhere come back as errors.
import { opendir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { InputError } from '../types.js';
import { STDIN_PATH } from '../pipeline/1-read/read.js';
import { PackedStrings } from '../pipeline/3-gazetteer/packed.js';

// Characters that can make a path a pattern; tinyglobby has the final word.
const GLOB_CHARACTERS = /[*?[\]{}()!+@]/;

export type Input = { kind: 'file'; path: string } | { kind: 'stdin' } | { kind: 'error'; error: InputError };

export interface InputOptions {
  extensions: readonly string[];
}

export async function expandInputs(paths: readonly string[], options: InputOptions): Promise<InputList> {
  const inputs = new InputListBuilder();
  for (const path of paths) {
    if (path === STDIN_PATH) inputs.add({ kind: 'stdin' });
    else await expandPath(path, options, inputs);
  }
  return inputs.build();
}

/**
 * A run's inputs, held for its whole length: the file paths packed into one string (NUL, which no
 * path holds, between them), the rare others by position. As objects a batch of 100,000 held 13 MB
 * for the whole run; packed it is 4 MB.
 */
export class InputList implements Iterable<Input> {
  private readonly paths: PackedStrings;

  constructor(
    joinedPaths: string,
    length: number,
    private readonly others: ReadonlyMap<number, Input>,
  ) {
    this.paths = new PackedStrings(joinedPaths, length, '\0');
  }

  get length(): number {
    return this.paths.length;
  }

  at(i: number): Input | undefined {
    if (i < 0 || i >= this.length) return undefined;
    return this.others.get(i) ?? { kind: 'file', path: this.paths.at(i) };
  }

  *[Symbol.iterator](): Iterator<Input> {
    for (let i = 0; i < this.length; i++) yield this.at(i)!;
  }
}

/**
 * Collects an InputList a run of files at a time: a directory's files arrive as one string, so a
 * walk of 100,000 files makes no object, and no path string, per file (that transient was 60 MB of
 * RSS before the first article was read).
 */
class InputListBuilder {
  private readonly segments: string[] = [];
  private readonly others = new Map<number, Input>();
  private length = 0;

  add(input: Input): void {
    if (input.kind === 'file') this.addFiles(input.path, 1);
    else {
      // Its place in the packed paths stays empty.
      this.others.set(this.length, input);
      this.addFiles('', 1);
    }
  }

  /** `joined`: `count` paths with NUL between them. */
  addFiles(joined: string, count: number): void {
    this.segments.push(joined);
    this.length += count;
  }

  build(): InputList {
    return new InputList(this.segments.join('\0'), this.length, this.others);
  }
}

async function expandPath(path: string, options: InputOptions, inputs: InputListBuilder): Promise<void> {
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) return walk(path, options, inputs);
  if (info || !GLOB_CHARACTERS.test(path)) return inputs.add({ kind: 'file', path });
  // Loaded only for a pattern: most runs name files, and start-up should not pay for the globber.
  const { glob, isDynamicPattern } = await import('tinyglobby');
  if (!isDynamicPattern(path)) return inputs.add({ kind: 'file', path });
  const matches = await glob(path, { onlyFiles: true, expandDirectories: false });
  if (matches.length === 0) return inputs.add({ kind: 'error', error: { path, reason: 'no-match', message: 'no files match this pattern' } });
  inputs.addFiles(matches.sort().join('\0'), matches.length);
}

// Directory entries read per call: the default of 32 took twice as long on a folder of 100,000.
const DIRECTORY_BUFFER = 1024;

/**
 * A directory's files and subdirectories, merged in name order. Entries are read a batch at a time
 * rather than all at once as objects, and each run of files between two subdirectories goes to the
 * list as one string.
 */
async function walk(directory: string, options: InputOptions, inputs: InputListBuilder): Promise<void> {
  const files: string[] = [];
  const subdirectories: string[] = [];
  try {
    for await (const entry of await opendir(directory, { bufferSize: DIRECTORY_BUFFER })) {
      if (entry.name.startsWith('.')) continue;
      if (entry.isDirectory()) subdirectories.push(entry.name);
      else if (entry.isFile() && hasExtension(entry.name, options.extensions)) files.push(entry.name);
    }
  } catch {
    // An unreadable directory adds nothing, as an empty one does.
    return;
  }
  // sort() orders strings by UTF-16 code units, as `<` does.
  files.sort();
  subdirectories.sort();
  // The directory as join() writes it, worked out once: join's own result for each of a batch's
  // paths took three times the memory of the prefix and the name put together (28 MB for 100,000).
  const prefix = join(directory, 'x').slice(0, -1);
  let from = 0;
  const addFilesUntil = (to: number) => {
    if (to > from) inputs.addFiles(prefix + files.slice(from, to).join(`\0${prefix}`), to - from);
    from = to;
  };
  for (const subdirectory of subdirectories) {
    let to = from;
    while (to < files.length && files[to]! < subdirectory) to++;
    addFilesUntil(to);
    await walk(prefix + subdirectory, options, inputs);
  }
  addFilesUntil(files.length);
}

function hasExtension(name: string, extensions: readonly string[]): boolean {
  const dot = name.lastIndexOf('.');
  return dot > 0 && extensions.includes(name.slice(dot + 1).toLowerCase());
}

