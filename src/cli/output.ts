// Where the output goes: stdout, or a file written atomically (a temporary file in the same folder,
// renamed over the target when complete), so an interrupted run leaves the old file or none.
import { randomBytes } from 'node:crypto';
import { createWriteStream, openSync, unlinkSync, type WriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';

export interface Sink {
  /** Text, or text already encoded as UTF-8 (a worker's output, handed over without a copy). */
  write(chunk: string | Uint8Array): Promise<void>;
  /** Makes the output final (for a file: the rename). */
  commit(): Promise<void>;
  /** Drops what was written (for a file: removes the temporary file). Synchronous, for signal handlers. */
  abort(): void;
  /** Set once the reader has gone away (a closed pipe): writing stops quietly. */
  readonly isClosed: boolean;
}

export function streamSink(stream: Writable): Sink {
  let closed = false;
  let failure: Error | undefined;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    // The reader went away (`| head`): stop quietly. Anything else (a full disk) is reported.
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') closed = true;
    else failure = error;
  });
  return {
    write: async (chunk) => {
      await writeChunk(stream, chunk, () => closed || failure !== undefined);
      if (failure) throw failure;
    },
    commit: async () => {},
    abort: () => {},
    get isClosed() {
      return closed;
    },
  };
}

/** Opens the temporary file at once, so a missing folder or a read-only disk is known before any work. */
export function fileSink(target: string): Sink {
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(4).toString('hex')}.tmp`);
  const stream: WriteStream = createWriteStream(temporary, { fd: openSync(temporary, 'wx') });
  let failure: Error | undefined;
  stream.on('error', (error) => (failure = error));
  let finished = false;
  return {
    write: async (chunk) => {
      if (failure) throw failure;
      await writeChunk(stream, chunk, () => failure !== undefined);
      if (failure) throw failure;
    },
    commit: async () => {
      await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
      if (failure) throw failure;
      await rename(temporary, target);
      finished = true;
    },
    abort: () => {
      if (finished) return;
      stream.destroy();
      try {
        unlinkSync(temporary);
      } catch {
        // Never created, or already gone: nothing to clean.
      }
    },
    get isClosed() {
      return false;
    },
  };
}

// Output is handed on in blocks of about this size: a write (a system call to a file or a pipe) a
// document was a few per cent of a batch of small articles. ripgrep and grep buffer so too when
// their output is not a terminal.
export const BLOCK_BYTES = 64 * 1024;

/**
 * The sink's writes gathered into blocks: for a batch whose output goes to a file or a pipe. Not
 * for a terminal (each document should show as it is done) nor for --input ndjson, whose reader may
 * wait for each answer before it sends the next record.
 */
export function blockSink(sink: Sink, blockBytes = BLOCK_BYTES): Sink {
  let parts: (string | Uint8Array)[] = [];
  let size = 0;
  const flush = async () => {
    if (parts.length === 0) return;
    const block = parts.every((part) => typeof part === 'string') ? parts.join('') : Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : part)));
    parts = [];
    size = 0;
    await sink.write(block);
  };
  return {
    write: async (chunk) => {
      parts.push(chunk);
      // A string's length counts its UTF-16 units: near enough its bytes to size a block.
      size += chunk.length;
      if (size >= blockBytes) await flush();
    },
    commit: async () => {
      await flush();
      await sink.commit();
    },
    abort: () => {
      parts = [];
      sink.abort();
    },
    get isClosed() {
      return sink.isClosed;
    },
  };
}

function writeChunk(stream: Writable, chunk: string | Uint8Array, isClosed: () => boolean): Promise<void> {
  if (chunk.length === 0 || isClosed()) return Promise.resolve();
  if (stream.write(chunk)) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
    stream.on('error', done);
  });
}
