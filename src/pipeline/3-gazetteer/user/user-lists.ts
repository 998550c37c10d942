// Analysts' own lists (--gazetteer) → compiled gazetteer data: each file's format told by its
// extension, else sniffed from its first lines; one reader per format, all giving GazetteerEntry.
// Malformed lines throw DataFileError (file, line, reason); nothing here reads the disk.
import { extname } from 'node:path';
import { type CompiledGazetteer, compileEntries, type EntryList, type SourceFile } from '../compile.js';
import { DataFileError, isEntityList, parseDataFile, readEntries } from '../tsv.js';
import { readEntityRulerPatterns } from './entity-ruler.js';
import { readRegexNerMapping } from './regexner.js';

export type ListFormat = 'csv' | 'tsv' | 'entity-ruler' | 'regexner' | 'data-file';

const FORMAT_BY_EXTENSION: Readonly<Record<string, ListFormat>> = {
  '.csv': 'csv',
  '.jsonl': 'entity-ruler',
  '.ndjson': 'entity-ruler',
};

/**
 * .csv is CSV, .jsonl/.ndjson spaCy patterns. Anything else (.tsv, .txt, .tab, none) is sniffed:
 * a "{" line is spaCy, a "# columns:" header our own data format, a first row naming name and
 * type columns a list with a header, and other tab-separated lines a RegexNER mapping.
 */
export function detectFormat(fileName: string, content: string): ListFormat {
  const byExtension = FORMAT_BY_EXTENSION[extname(fileName).toLowerCase()];
  if (byExtension) return byExtension;
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => line.trim() !== '');
  if (lines[0]?.trimStart().startsWith('{') || lines[0]?.trimStart().startsWith('[')) return 'entity-ruler';
  if (lines.some((line) => /^#\s*columns:/.test(line))) return 'data-file';
  const first = lines.find((line) => !line.startsWith('#')) ?? '';
  const delimiter = first.includes('\t') ? '\t' : first.includes(',') ? ',' : undefined;
  if (delimiter && isHeaderRow(first.split(delimiter))) return delimiter === ',' ? 'csv' : 'tsv';
  return 'regexner';
}

function isHeaderRow(cells: readonly string[]): boolean {
  const names = cells.map((cell) => cell.trim().replace(/^"|"$/g, '').toLowerCase());
  return names.some((n) => n === 'name' || n === 'pattern') && names.some((n) => n === 'type' || n === 'label');
}

export async function readUserList(file: SourceFile): Promise<EntryList> {
  const { fileName, content } = file;
  // Named as given on the command line: --explain writes `user:<file>:<line>`.
  const list = `user:${fileName}`;
  const format = detectFormat(fileName, content);
  switch (format) {
    case 'csv':
    case 'tsv': {
      // csv-parse is loaded only for the lists that need it.
      const { readDelimitedList } = await import('./delimited.js');
      const delimiter = format === 'csv' ? ',' : '\t';
      return { list, entries: readDelimitedList(fileName, content, delimiter) };
    }
    case 'entity-ruler':
      return { list, entries: readEntityRulerPatterns(fileName, content) };
    case 'regexner':
      return { list, entries: readRegexNerMapping(fileName, content) };
    case 'data-file': {
      const data = parseDataFile(fileName, content);
      if (!isEntityList(data)) throw new DataFileError(fileName, 1, 'a word list (columns: word<TAB>kind): --gazetteer takes lists of names');
      return { list, entries: readEntries(fileName, data) };
    }
  }
}

/** The users' lists compiled in the order given: an earlier file wins a name that two files list. */
export async function compileUserLists(files: readonly SourceFile[]): Promise<CompiledGazetteer> {
  const lists: EntryList[] = [];
  for (const file of files) lists.push(await readUserList(file));
  return compileEntries(lists);
}
