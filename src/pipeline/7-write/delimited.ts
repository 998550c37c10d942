// CSV and TSV through csv-stringify: a header row, then a row per entity (or per mention). Quoting
// follows RFC 4180; a cell starting with = + - @ TAB or CR is neutralised (escape_formulas), the
// OWASP defence against CSV injection, so a spreadsheet never runs a formula found in an article.
import { stringify } from 'csv-stringify/sync';
import type { DocumentResult } from '../../types.js';
import type { Writer, WriteOptions } from './writer.js';

export const ENTITY_COLUMNS = ['path', 'name', 'type', 'acronym', 'count', 'first_start'] as const;
export const MENTION_COLUMNS = ['path', 'name', 'type', 'text', 'start', 'end'] as const;

export function createDelimitedWriter(delimiter: ',' | '\t', options: WriteOptions): Writer {
  const columns = options.mentions ? MENTION_COLUMNS : ENTITY_COLUMNS;
  const format = (rows: unknown[][], header: boolean) =>
    stringify(rows, { delimiter, header, columns: [...columns], escape_formulas: true, bom: header && options.bom === true, record_delimiter: 'unix' });
  return {
    open: () => format([], true),
    document: (result) => {
      const rows = options.mentions ? mentionRows(result) : entityRows(result);
      return rows.length ? format(rows, false) : '';
    },
    separator: '',
    close: () => '',
  };
}

function entityRows(result: DocumentResult): unknown[][] {
  return result.entities.map((e) => [result.path, e.name, e.type, e.acronym ?? '', e.count, e.mentions[0]?.start ?? '']);
}

function mentionRows(result: DocumentResult): unknown[][] {
  const rows = result.entities.flatMap((e) => e.mentions.map((m) => [result.path, e.name, e.type, m.text, m.start, m.end]));
  return rows.sort((a, b) => (a[4] as number) - (b[4] as number));
}
