// Results → output text, one document at a time, so a batch streams: a writer gives the text that
// opens the output, the text of each document as soon as it is done, and the text that closes it.
import type { DocumentResult } from '../../types.js';

export const OUTPUT_FORMATS = ['json', 'ndjson', 'csv', 'tsv', 'table'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface WriteOptions {
  /** Indented JSON. */
  pretty?: boolean;
  /** CSV/TSV: a row per mention instead of per entity. */
  mentions?: boolean;
  /** CSV/TSV with `mentions`: a context column (the mentions carry their context, --context N). */
  context?: boolean;
  /** CSV/TSV: a UTF-8 byte-order mark first, for spreadsheets that want one. */
  bom?: boolean;
  /** Table: ANSI colours. */
  color?: boolean;
  /** Table: the width to fit. */
  width?: number;
}

/** Pure pieces, so documents can be formatted anywhere (a worker thread) and joined in order. */
export interface Writer {
  open(): string;
  document(result: DocumentResult): string;
  /** What stands between two documents. */
  separator: string;
  close(documentCount: number): string;
}

/** Each format's module is loaded only when asked for: start-up pays for one, not five (chalk, csv-stringify). */
export async function createWriter(format: OutputFormat, options: WriteOptions = {}): Promise<Writer> {
  switch (format) {
    case 'json':
      return (await import('./json.js')).createJsonWriter(options);
    case 'ndjson':
      return (await import('./json.js')).createNdjsonWriter();
    case 'csv':
      return (await import('./delimited.js')).createDelimitedWriter(',', options);
    case 'tsv':
      return (await import('./delimited.js')).createDelimitedWriter('\t', options);
    case 'table':
      return (await import('./table.js')).createTableWriter(options);
  }
}

/** The whole output for a list of results: what a test or a library caller wants in one string. */
export async function writeAll(format: OutputFormat, results: readonly DocumentResult[], options: WriteOptions = {}): Promise<string> {
  const writer = await createWriter(format, options);
  return writer.open() + results.map((r) => writer.document(r)).join(writer.separator) + writer.close(results.length);
}
