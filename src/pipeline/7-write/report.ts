// --summary and --edges: rows over the whole batch → output text, in every format, in chunks a sink
// can write as they come: JSON {"<name>":[…]}, NDJSON a row a line, CSV/TSV with a header, a table.
import type { CoOccurrenceScope, DocumentResult, EntitySummary } from '../../types.js';
import { CO_OCCURRENCE_COLUMNS, createCoOccurrences } from './co-occurrence.js';
import { createSummary, SUMMARY_COLUMNS } from './summary.js';
import type { OutputFormat, WriteOptions } from './writer.js';

export interface Report<Row extends object> {
  /** The JSON key the rows go under: "entities", "edges". */
  name: string;
  columns: readonly (keyof Row & string)[];
  rows: readonly Row[];
}

const ID_COLUMNS: ReadonlySet<string> = new Set(['id', 'source_id', 'target_id']);

// Rows formatted per chunk: big enough to amortise csv-stringify's set-up, small enough to stream.
const ROWS_PER_CHUNK = 1000;

export async function* formatReport<Row extends object>(format: OutputFormat, report: Report<Row>, options: WriteOptions = {}): AsyncGenerator<string> {
  switch (format) {
    case 'json':
      yield* jsonChunks(report, options.pretty === true);
      return;
    case 'ndjson':
      for (const rows of chunksOf(report.rows)) yield rows.map((row) => `${JSON.stringify(row)}\n`).join('');
      return;
    case 'csv':
    case 'tsv': {
      const { formatDelimitedRows } = await import('./delimited.js');
      const delimiter = format === 'csv' ? ',' : '\t';
      yield formatDelimitedRows(delimiter, report.columns, [], { header: true, bom: options.bom === true });
      for (const rows of chunksOf(report.rows)) yield formatDelimitedRows(delimiter, report.columns, rows.map((row) => cellsOf(row, report.columns)), { header: false, bom: false });
      return;
    }
    case 'table':
      // Ids are for programs: a person reading the table has the name, and the columns stay as wide.
      yield (await import('./report-table.js')).formatReportTable({ ...report, columns: report.columns.filter((column) => !ID_COLUMNS.has(column)) }, options);
  }
}

function* jsonChunks<Row extends object>(report: Report<Row>, isPretty: boolean): Generator<string> {
  yield isPretty ? `{\n  ${JSON.stringify(report.name)}: [` : `{${JSON.stringify(report.name)}:[`;
  let isFirst = true;
  for (const rows of chunksOf(report.rows)) {
    const texts = rows.map((row) => (isPretty ? `\n${JSON.stringify(row, null, 2).replace(/^/gm, '    ')}` : JSON.stringify(row)));
    yield (isFirst ? '' : ',') + texts.join(',');
    isFirst = false;
  }
  yield isPretty ? `${report.rows.length > 0 ? '\n  ' : ''}]\n}\n` : ']}\n';
}

export function cellsOf<Row extends object>(row: Row, columns: readonly (keyof Row & string)[]): unknown[] {
  return columns.map((column) => row[column] ?? '');
}

function* chunksOf<Row>(rows: readonly Row[]): Generator<Row[]> {
  for (let i = 0; i < rows.length; i += ROWS_PER_CHUNK) yield rows.slice(i, i + ROWS_PER_CHUNK);
}

async function* formatSummary(format: OutputFormat, rows: readonly EntitySummary[], options: WriteOptions = {}): AsyncGenerator<string> {
  if (format !== 'geojson') yield* formatReport(format, { name: 'entities', columns: SUMMARY_COLUMNS, rows }, options);
  else yield* (await import('./geojson.js')).formatSummaryGeoJson(rows, options.pretty === true, ROWS_PER_CHUNK);
}

export type BatchReportRequest = { kind: 'summary' } | { kind: 'edges'; scope: CoOccurrenceScope };

/** What --summary and --edges print instead of the documents: fed each document, formatted at the end. */
export interface BatchReport {
  add(result: DocumentResult): void;
  format(format: OutputFormat, options?: WriteOptions): AsyncGenerator<string>;
}

export function createBatchReport(request: BatchReportRequest): BatchReport {
  if (request.kind === 'summary') {
    const summary = createSummary();
    return { add: summary.add, format: (format, options) => formatSummary(format, summary.rows(), options) };
  }
  const pairs = createCoOccurrences(request.scope);
  return { add: pairs.add, format: (format, options) => formatReport(format, { name: 'edges', columns: CO_OCCURRENCE_COLUMNS, rows: pairs.rows() }, options) };
}
