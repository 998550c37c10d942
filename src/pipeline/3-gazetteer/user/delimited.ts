// CSV and TSV lists with a header row, `name,type[,aliases…]`, parsed by csv-parse (RFC 4180
// quoting) → gazetteer entries. Aliases come in further columns, `|`-separated in a cell, or both.
import { CsvError, parse } from 'csv-parse/sync';
import type { GazetteerEntry } from '../../../types.js';
import { DataFileError } from '../tsv.js';
import { describeBadLabel, typeOfLabel } from './labels.js';
import { entriesOfRows, type ListRow } from './rows.js';

// Header names of the columns, in any case; spaCy's words (pattern, label) are taken too.
const NAME_COLUMNS = new Set(['name', 'pattern']);
const TYPE_COLUMNS = new Set(['type', 'label']);
const ID_COLUMN = 'id';
// alias, aliases, alias2, alias_3, "" (an unnamed column): all hold aliases. Other named columns
// (notes, source, qid …) are the analyst's own and are left alone.
const ALIAS_COLUMN = /^(alias(es)?([ _-]?\d+)?)?$/;

type Role = 'name' | 'type' | 'id' | 'alias' | 'other';

export function readDelimitedList(fileName: string, content: string, delimiter: ',' | '\t'): GazetteerEntry[] {
  const records = parseRecords(fileName, content, delimiter);
  const [header, ...rows] = records;
  if (!header) return [];
  const roles = header.cells.map(roleOf);
  if (!roles.includes('name') || !roles.includes('type')) {
    throw new DataFileError(fileName, header.line, `the header must name a "name" and a "type" column (found: ${header.cells.join(delimiter === ',' ? ',' : ' ')})`);
  }
  return entriesOfRows(rowsOf(fileName, rows, roles));
}

function* rowsOf(fileName: string, rows: readonly CsvRecord[], roles: readonly Role[]): Generator<ListRow> {
  for (const { line, cells } of rows) {
    const cellOf = (role: Role) => cells[roles.indexOf(role)] ?? '';
    const name = cellOf('name');
    const label = cellOf('type');
    if (name === '') throw new DataFileError(fileName, line, 'the name is empty');
    const type = typeOfLabel(label);
    if (type === undefined) throw new DataFileError(fileName, line, label === '' ? 'the type is empty' : `type ${describeBadLabel(label)}`);
    // Cells past the header's last column are aliases too: `name,type,aliases` with ragged rows.
    const aliases = cells
      .filter((_, i) => (roles[i] ?? 'alias') === 'alias')
      .flatMap((cell) => cell.split('|'))
      .map((alias) => alias.trim())
      .filter(Boolean);
    const id = roles.includes('id') ? cellOf('id') : '';
    yield { name, type, aliases, id: id === '' ? undefined : id, line };
  }
}

function roleOf(header: string): Role {
  const column = header.trim().toLowerCase();
  if (NAME_COLUMNS.has(column)) return 'name';
  if (TYPE_COLUMNS.has(column)) return 'type';
  if (column === ID_COLUMN) return 'id';
  return ALIAS_COLUMN.test(column) ? 'alias' : 'other';
}

interface CsvRecord {
  /** The line the record starts on. */
  line: number;
  cells: string[];
}

function parseRecords(fileName: string, content: string, delimiter: ',' | '\t'): CsvRecord[] {
  try {
    const parsed = parse(content, {
      delimiter,
      bom: true,
      info: true,
      trim: true,
      relax_column_count: true,
      // A quote inside an unquoted cell is text ('The "Butcher"'), as most TSV writers mean it.
      relax_quotes: true,
      skip_empty_lines: true,
      comment: '#',
      comment_no_infix: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return parsed
      .filter(({ record }) => record.some((cell) => cell !== ''))
      .map(({ record, info }) => ({ line: info.lines - newlinesIn(record), cells: record }));
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines ?? 1;
    throw new DataFileError(fileName, line, describeCsvError(error));
  }
}

// csv-parse reports where a record ends; a quoted cell with line breaks started that many lines before.
function newlinesIn(record: readonly string[]): number {
  return record.reduce((sum, cell) => sum + (cell.match(/\n/g)?.length ?? 0), 0);
}

function describeCsvError(error: CsvError): string {
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') return 'a quoted cell is never closed';
  return error.message.replace(/^[^:]*:\s*/, '').replace(/\s+at line \d+.*$/, '');
}
