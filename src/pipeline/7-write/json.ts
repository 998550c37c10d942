// JSON: {"documents":[…]}, written a document at a time; NDJSON: one document object a line.
import type { DocumentResult } from '../../types.js';
import type { Writer, WriteOptions } from './writer.js';

export function createJsonWriter(options: WriteOptions): Writer {
  let count = 0;
  if (options.pretty) {
    return {
      open: () => '{\n  "documents": [',
      document: (result) => `${count++ === 0 ? '\n' : ',\n'}${indent(JSON.stringify(result, null, 2), '    ')}`,
      close: () => `${count > 0 ? '\n  ' : ''}]\n}\n`,
    };
  }
  return {
    open: () => '{"documents":[',
    document: (result) => `${count++ === 0 ? '' : ','}${JSON.stringify(result)}`,
    close: () => ']}\n',
  };
}

export function createNdjsonWriter(): Writer {
  return {
    open: () => '',
    document: (result: DocumentResult) => `${JSON.stringify(result)}\n`,
    close: () => '',
  };
}

function indent(text: string, prefix: string): string {
  return text.replace(/^/gm, prefix);
}
