// Results → output text, one document at a time, so a batch streams: a writer gives the text that
// opens the output, the text of each document as soon as it is done, and the text that closes it.
import type { DocumentResult } from '../../types.js';

export const OUTPUT_FORMATS = ['json', 'ndjson', 'csv', 'tsv', 'table', 'html', 'geojson'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface WriteOptions {
  /** Indented JSON. */
  pretty?: boolean;
  /** CSV/TSV: a row per mention instead of per entity. */
  mentions?: boolean;
  /** CSV/TSV with `mentions`: a context column (the mentions carry their context, --context N). */
  context?: boolean;
  /** CSV/TSV: an evidence column; table: each entity's evidence, dimmed (the mentions carry it, --explain). */
  explain?: boolean;
  /** CSV/TSV: a UTF-8 byte-order mark first, for spreadsheets that want one. */
  bom?: boolean;
  /** Table: ANSI colours. */
  color?: boolean;
  /** Table: the width to fit. */
  width?: number;
}

/** The article a result came from: its text (the page shows it) and its place among the inputs, 0 first. */
export interface DocumentSource {
  text: string;
  ordinal: number;
}

/** What a page's closing index keeps of a document: its anchor, its path, and [type, entities, mentions] per type. */
export interface IndexEntry {
  anchor: string;
  path: string;
  types: [type: string, entities: number, mentions: number][];
}

/** Pure pieces, so documents can be formatted anywhere (a worker thread) and joined in order. */
export interface Writer {
  open(): string;
  /**
   * A document may add nothing (geojson: an article that names no place): no separator goes before
   * it. A large document may come as UTF-8 bytes (see isLargeResult).
   */
  document(result: DocumentResult, source: DocumentSource): string | Uint8Array;
  /** What stands between two documents. */
  separator: string;
  close(documentCount: number): string;
  /**
   * html: a few numbers about a document for the index that close() writes, taken where the document
   * is formatted (maybe a worker thread, whose writer is not the one that closes the output)...
   */
  digest?(result: DocumentResult, source: DocumentSource): IndexEntry;
  /** ...and handed, in input order, to the writer that closes the output. */
  note?(entry: IndexEntry): void;
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
    case 'html':
      return (await import('./html.js')).createHtmlWriter();
    case 'geojson':
      return (await import('./geojson.js')).createGeoJsonWriter(options);
  }
}

// From this many mentions a document's output is made a piece at a time, each piece encoded as UTF-8
// as it comes, so that no string of the whole is held: a 50 MB article has 1.4 million mentions,
// and its JSON with --explain, one string, was 250 MB, which with the text and the entities
// outgrew a worker's heap.
export const LARGE_DOCUMENT_MENTIONS = 100_000;

export function isLargeResult(result: DocumentResult): boolean {
  let mentions = 0;
  for (const entity of result.entities) {
    mentions += entity.mentions.length;
    if (mentions >= LARGE_DOCUMENT_MENTIONS) return true;
  }
  return false;
}

/** Text pieces as one block of UTF-8 bytes; each piece may be collected once it is encoded. */
export function encodePieces(pieces: Iterable<string>): Uint8Array {
  const encoded: Buffer[] = [];
  for (const piece of pieces) encoded.push(Buffer.from(piece, 'utf8'));
  return Buffer.concat(encoded);
}

const asText = (chunk: string | Uint8Array) => (typeof chunk === 'string' ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('utf8'));

/**
 * The whole output for a list of results: what a test or a library caller wants in one string.
 * `texts`: the articles' texts, in the same order, which html shows (the other formats do not).
 */
export async function writeAll(format: OutputFormat, results: readonly DocumentResult[], options: WriteOptions = {}, texts: readonly string[] = []): Promise<string> {
  const writer = await createWriter(format, options);
  const documents = results.map((result, ordinal) => {
    const source = { text: texts[ordinal] ?? '', ordinal };
    const entry = writer.digest?.(result, source);
    if (entry) writer.note?.(entry);
    return asText(writer.document(result, source));
  });
  return writer.open() + documents.filter((text) => text !== '').join(writer.separator) + writer.close(results.length);
}
