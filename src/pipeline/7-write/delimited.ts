// CSV and TSV through csv-stringify: a header row, then a row per entity (or per mention). Quoting
// follows RFC 4180; a cell starting with = + - @ TAB or CR is neutralised (escape_formulas), the
// OWASP defence against CSV injection, so a spreadsheet never runs a formula found in an article.
import { stringify } from 'csv-stringify/sync';
import type { DocumentResult, Entity, EntityMention } from '../../types.js';
import { evidenceOfEntity } from './explain.js';
import { encodePieces, isLargeResult, type Writer, type WriteOptions } from './writer.js';

// The entity's id is the last column (empty for a name no list holds), so the columns a sheet or a
// script already reads by position keep their places; --explain's evidence comes after it.
export const ENTITY_COLUMNS = ['path', 'name', 'type', 'acronym', 'count', 'first_start', 'id'] as const;
export const MENTION_COLUMNS = ['path', 'name', 'type', 'text', 'start', 'end', 'id'] as const;
/** --mentions with --context N: the text around each mention, before the id, likewise. */
export const MENTION_CONTEXT_COLUMNS = ['path', 'name', 'type', 'text', 'start', 'end', 'context', 'id'] as const;
/** --explain: what decided each mention (per entity: each distinct evidence once), the last column. */
export const EVIDENCE_COLUMN = 'evidence';

export function createDelimitedWriter(delimiter: ',' | '\t', options: WriteOptions): Writer {
  const shown = options.mentions ? (options.context ? MENTION_CONTEXT_COLUMNS : MENTION_COLUMNS) : ENTITY_COLUMNS;
  const explain = options.explain === true;
  const columns = explain ? [...shown, EVIDENCE_COLUMN] : shown;
  const format = (rows: unknown[][], header: boolean) => formatDelimitedRows(delimiter, columns, rows, { header, bom: header && options.bom === true });
  return {
    open: () => format([], true),
    document: (result) => {
      if (options.mentions && isLargeResult(result)) return encodePieces(mentionPieces(result, options.context === true, explain, (rows) => format(rows, false)));
      const rows = options.mentions ? mentionRows(result, options.context === true, explain) : entityRows(result, explain);
      return rows.length ? format(rows, false) : '';
    },
    separator: '',
    close: () => '',
  };
}

function entityRows(result: DocumentResult, explain: boolean): unknown[][] {
  return result.entities.map((e) => {
    const row = [result.path, e.name, e.type, e.acronym ?? '', e.count, e.mentions[0]?.start ?? '', e.id ?? ''];
    return explain ? [...row, evidenceOfEntity(e)] : row;
  });
}

/** Rows (arrays in column order) as CSV or TSV text, the header first when asked. */
export function formatDelimitedRows(delimiter: ',' | '\t', columns: readonly string[], rows: unknown[][], options: { header: boolean; bom: boolean }): string {
  return stringify(rows, { delimiter, header: options.header, columns: [...columns], escape_formulas: true, bom: options.bom, record_delimiter: 'unix' });
}

/** A row per mention, in the text's order (mentions at one offset in their entities' order). */
function mentionRows(result: DocumentResult, hasContext: boolean, explain: boolean): unknown[][] {
  const rows = result.entities.flatMap((e) => e.mentions.map((m) => mentionRow(result.path, e, m, hasContext, explain)));
  return rows.sort((a, b) => (a[4] as number) - (b[4] as number));
}

function mentionRow(path: string, e: Entity, m: EntityMention, hasContext: boolean, explain: boolean): unknown[] {
  const row: unknown[] = hasContext ? [path, e.name, e.type, m.text, m.start, m.end, m.context ?? '', e.id ?? ''] : [path, e.name, e.type, m.text, m.start, m.end, e.id ?? ''];
  if (explain) row.push(m.evidence ?? '');
  return row;
}

// A large document's mention rows are made and formatted this many at a time.
const ROWS_AT_A_TIME = 10_000;

/** The rows of mentionRows, formatted a batch at a time: all of a large document's rows at once outgrew a worker's heap. */
function* mentionPieces(result: DocumentResult, hasContext: boolean, explain: boolean, format: (rows: unknown[][]) => string): Generator<string> {
  // Each mention as its entity's index and its own, in typed arrays: arrays of a million values
  // or objects were tens of MB more of a worker's heap.
  const count = result.entities.reduce((n, e) => n + e.mentions.length, 0);
  const entityOf = new Int32Array(count);
  const indexIn = new Int32Array(count);
  const starts = new Float64Array(count);
  let k = 0;
  result.entities.forEach((e, i) => {
    e.mentions.forEach((m, j) => {
      entityOf[k] = i;
      indexIn[k] = j;
      starts[k++] = m.start;
    });
  });
  // A typed array's sort is stable too, as mentionRows's sort of the rows is: the same order.
  const order = new Uint32Array(count).map((_, i) => i).sort((a, b) => starts[a]! - starts[b]!);
  for (let from = 0; from < count; from += ROWS_AT_A_TIME) {
    const rows: unknown[][] = [];
    for (const k of order.subarray(from, from + ROWS_AT_A_TIME)) {
      const e = result.entities[entityOf[k]!]!;
      rows.push(mentionRow(result.path, e, e.mentions[indexIn[k]!]!, hasContext, explain));
    }
    yield format(rows);
  }
}
