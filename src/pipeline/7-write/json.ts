// JSON: {"documents":[…]}, written a document at a time; NDJSON: one document object a line.
import type { DocumentResult } from '../../types.js';
import { encodePieces, isLargeResult, type Writer, type WriteOptions } from './writer.js';

// Where a pretty document stands: inside {"documents": […]}.
const DOCUMENT_INDENT = '    ';

export function createJsonWriter(options: WriteOptions): Writer {
  if (options.pretty) {
    return {
      open: () => '{\n  "documents": [',
      document: (result) => (isLargeResult(result) ? encodePieces(prettyPieces(result)) : `\n${indent(JSON.stringify(result, null, 2), DOCUMENT_INDENT)}`),
      separator: ',',
      close: (count) => `${count > 0 ? '\n  ' : ''}]\n}\n`,
    };
  }
  return {
    open: () => '{"documents":[',
    document: (result) => (isLargeResult(result) ? encodePieces(compactPieces(result, '')) : JSON.stringify(result)),
    separator: ',',
    close: () => ']}\n',
  };
}

export function createNdjsonWriter(): Writer {
  return {
    open: () => '',
    document: (result: DocumentResult) => (isLargeResult(result) ? encodePieces(compactPieces(result, '\n')) : `${JSON.stringify(result)}\n`),
    separator: '',
    close: () => '',
  };
}

/** JSON.stringify(result) + `end`, an entity at a time: the same text. */
export function* compactPieces(result: DocumentResult, end: string): Generator<string> {
  yield `{"path":${JSON.stringify(result.path)},"entities":[`;
  for (let i = 0; i < result.entities.length; i++) yield `${i > 0 ? ',' : ''}${JSON.stringify(result.entities[i])}`;
  yield `]}${end}`;
}

/** The pretty document, an entity at a time: the same text as JSON.stringify(result, null, 2), indented. */
export function* prettyPieces(result: DocumentResult): Generator<string> {
  if (result.entities.length === 0) {
    yield `\n${indent(JSON.stringify(result, null, 2), DOCUMENT_INDENT)}`;
    return;
  }
  yield `\n${DOCUMENT_INDENT}{\n${DOCUMENT_INDENT}  "path": ${JSON.stringify(result.path)},\n${DOCUMENT_INDENT}  "entities": [\n`;
  for (let i = 0; i < result.entities.length; i++) yield `${i > 0 ? ',\n' : ''}${indent(JSON.stringify(result.entities[i], null, 2), `${DOCUMENT_INDENT}    `)}`;
  yield `\n${DOCUMENT_INDENT}  ]\n${DOCUMENT_INDENT}}`;
}

function indent(text: string, prefix: string): string {
  return text.replace(/^/gm, prefix);
}
