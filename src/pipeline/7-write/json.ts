// JSON: {"documents":[…]}, written a document at a time; NDJSON: one document object a line.
import type { DocumentResult } from '../../types.js';
import type { Writer, WriteOptions } from './writer.js';

export function createJsonWriter(options: WriteOptions): Writer {
  if (options.pretty) {
    return {
      open: () => '{\n  "documents": [',
      document: (result) => `\n${indent(JSON.stringify(result, null, 2), '    ')}`,
      separator: ',',
      close: (count) => `${count > 0 ? '\n  ' : ''}]\n}\n`,
    };
  }
  return {
    open: () => '{"documents":[',
    document: (result) => JSON.stringify(result),
    separator: ',',
    close: () => ']}\n',
  };
}

export function createNdjsonWriter(): Writer {
  return {
    open: () => '',
    document: (result: DocumentResult) => `${JSON.stringify(result)}\n`,
    separator: '',
    close: () => '',
  };
}

function indent(text: string, prefix: string): string {
  return text.replace(/^/gm, prefix);
}
