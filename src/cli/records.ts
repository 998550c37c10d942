// --input ndjson: one JSON record a line, {"id":…,"text":…, …} → {"id":…, …, "entities":[…]} a line,
// in order, each written as soon as it is done, so the command works as a filter in a pipe
// (GNU parallel --pipe, Spark's rdd.pipe, Hadoop Streaming). A bad line is a value, not the end.
import { closeSync, createReadStream, fstatSync, openSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { describeSystemError } from '../pipeline/1-read/read.js';
import type { Sink } from './output.js';
import { extractWith, type ProcessSettings } from './process-input.js';

export type RecordOutcome = { line: string } | { error: string };

/** Lines of a stream, without their line ends (LF or CRLF); a UTF-8 BOM before the first is dropped. */
export async function* readLines(stream: Readable): AsyncGenerator<string> {
  let isFirst = true;
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
    yield isFirst ? line.replace(/^\uFEFF/, '') : line;
    isFirst = false;
  }
}

/**
 * One line → its output line, or why it is not a record; undefined for a blank line. The record
 * comes back without "text": "id" first, the other fields in their order, then "entities" (replacing
 * any "entities" it had).
 */
export function processRecord(line: string, settings: ProcessSettings): RecordOutcome | undefined {
  if (line.trim() === '') return undefined;
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return { error: `not JSON (${(error as Error).message})` };
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return { error: 'not a JSON object' };
  const { id, text, entities: _, ...fields } = record as Record<string, unknown>;
  if (typeof text !== 'string') return { error: text === undefined ? 'no "text" field' : '"text" is not a string' };
  if (Buffer.byteLength(text) > settings.maxBytes) return { error: `"text" is larger than the ${settings.maxBytes / (1024 * 1024)} MB limit (raise it with --max-file-size)` };
  const result = { ...(id !== undefined ? { id } : {}), ...fields, entities: extractWith(text, settings) };
  return { line: `${JSON.stringify(result)}\n` };
}

/**
 * Answers the records of one stream, a line written as soon as it is done. A bad line, or a read
 * that fails, goes to `fail` (`<label>:<line>`) and the rest go on; a failed write is thrown, since
 * it is the output's failure. Stops early when the sink's reader has gone away.
 */
export async function answerRecords(stream: Readable, label: string, settings: ProcessSettings, sink: Sink, fail: (where: string, reason: string) => void): Promise<void> {
  let lineNumber = 0;
  let isWriting = false;
  try {
    for await (const line of readLines(stream)) {
      lineNumber++;
      const outcome = processRecord(line, settings);
      if (outcome === undefined) continue;
      if ('error' in outcome) {
        fail(`${label}:${lineNumber}`, outcome.error);
        continue;
      }
      isWriting = true;
      await sink.write(outcome.line);
      isWriting = false;
      if (sink.isClosed) return;
    }
  } catch (error) {
    if (isWriting) throw error;
    fail(label, describeSystemError(error));
  }
}

/** Opened at once, so a missing file or a directory is known before the stream starts. */
export function openRecordFile(path: string): Readable | { error: string } {
  try {
    const fd = openSync(path, 'r');
    if (!fstatSync(fd).isDirectory()) return createReadStream(path, { fd });
    closeSync(fd);
    return { error: 'is a directory' };
  } catch (error) {
    return { error: describeSystemError(error) };
  }
}
