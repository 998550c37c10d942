// Parses the gazetteer data files (src/data/gazetteers/*.tsv): a `# key: value` header naming the
// list, its source, licence and columns, then TAB-separated rows. Errors name the file and line.
import type { EntityType, GazetteerEntry, PlaceFacts } from '../../types.js';

export interface DataFileHeader {
  list: string;
  source: string;
  licence: string;
  columns: string[];
}

export interface DataFile {
  header: DataFileHeader;
  rows: { line: number; cells: string[] }[];
}

export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
  }
}

const REQUIRED_HEADER_KEYS = ['list', 'source', 'licence', 'columns'] as const;
const ENTITY_COLUMN_TYPES: ReadonlySet<string> = new Set(['person', 'organization', 'place']);

export function parseDataFile(file: string, content: string): DataFile {
  const headerValues = new Map<string, string>();
  const rows: DataFile['rows'] = [];
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((text, index) => {
    const line = index + 1;
    if (text.trim() === '') return;
    if (text.startsWith('#')) {
      const header = /^#\s*([a-z]+):\s*(.*)$/.exec(text);
      if (header && rows.length === 0) headerValues.set(header[1]!, header[2]!.trim());
      return;
    }
    rows.push({ line, cells: text.split('\t').map((cell) => cell.trim()) });
  });
  for (const key of REQUIRED_HEADER_KEYS) {
    if (!headerValues.get(key)) throw new DataFileError(file, 1, `the header has no "# ${key}:" line`);
  }
  const columns = headerValues.get('columns')!.split(/\s*<TAB>\s*|\t|\s*,\s*/).filter(Boolean);
  return {
    header: { list: headerValues.get('list')!, source: headerValues.get('source')!, licence: headerValues.get('licence')!, columns },
    rows,
  };
}

export function isEntityList(file: DataFile): boolean {
  return file.header.columns[0] === 'name' && file.header.columns[1] === 'type';
}

/**
 * Rows of a `name<TAB>type<TAB>aliases` list, and of the place lists' further columns where the
 * header names them: `id`, `longitude`, `latitude` (WGS 84 degrees) and `country` (ISO 3166-1 alpha-2).
 */
export function readEntries(fileName: string, file: DataFile): GazetteerEntry[] {
  const columnOf = (name: string) => file.header.columns.indexOf(name);
  const [idColumn, longitudeColumn, latitudeColumn, countryColumn] = ['id', 'longitude', 'latitude', 'country'].map(columnOf) as [number, number, number, number];
  return file.rows.map(({ line, cells }) => {
    const [name, type, aliases = ''] = cells;
    if (!name) throw new DataFileError(fileName, line, 'the name is empty');
    if (!type || !ENTITY_COLUMN_TYPES.has(type)) throw new DataFileError(fileName, line, `unknown type "${type ?? ''}"`);
    const names = aliases.split('|').map((a) => a.trim()).filter(Boolean);
    const entry: GazetteerEntry = { name, type: type as EntityType, aliases: names, lines: [line, ...names.map(() => line)] };
    const id = cells[idColumn] ?? '';
    const geo = placeFactsOf(fileName, line, cells[longitudeColumn] ?? '', cells[latitudeColumn] ?? '', cells[countryColumn] ?? '');
    return { ...entry, ...(id !== '' ? { id } : {}), ...(geo ? { geo } : {}) };
  });
}

function placeFactsOf(fileName: string, line: number, longitude: string, latitude: string, country: string): PlaceFacts | undefined {
  if ((longitude === '') !== (latitude === '')) throw new DataFileError(fileName, line, 'a point needs both its longitude and its latitude');
  const point = [Number(longitude), Number(latitude)] as [number, number];
  if (longitude !== '' && !(Math.abs(point[0]) <= 180 && Math.abs(point[1]) <= 90)) {
    throw new DataFileError(fileName, line, `the point ${longitude}, ${latitude} is not a longitude and a latitude in degrees`);
  }
  if (longitude === '' && country === '') return undefined;
  return { ...(longitude !== '' ? { coordinates: point } : {}), ...(country !== '' ? { country } : {}) };
}

/** Rows of a `word<TAB>kind` list. */
export function readWords(fileName: string, file: DataFile): { word: string; kind: string }[] {
  return file.rows.map(({ line, cells }) => {
    const [word, kind = ''] = cells;
    if (!word) throw new DataFileError(fileName, line, 'the word is empty');
    return { word, kind };
  });
}
