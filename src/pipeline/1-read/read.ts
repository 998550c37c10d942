// A path (or stdin) → a decoded document, or the reason it cannot be one. Failures are values, so
// the run goes on with the other inputs.
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import type { Doc, InputError } from '../../types.js';
import { decodeBytes } from './decode.js';

export const STDIN_PATH = '-';
/** What a document read from stdin is called in the output, as cat, grep and jq name it: "-" is an
 * argument, not a name, and CSV's formula guard turned it into "'-". Error lines keep "-". */
export const STDIN_NAME = '<stdin>';

export interface ReadLimits {
  /** Larger files are refused (too-large), so one stray dump cannot exhaust memory. */
  maxBytes: number;
}

/**
 * Synchronous on purpose: with the text in the page cache, a blocking read costs a fraction of the
 * promise round trips, and the run is bound by extraction, not by the disk (measured: 18% of a batch
 * went to async open/stat/close).
 */
export function readDocument(path: string, limits: ReadLimits): Doc | InputError {
  let bytes: Buffer;
  try {
    const fd = openSync(path, 'r');
    try {
      const info = fstatSync(fd);
      if (info.isDirectory()) return { path, reason: 'is-directory', message: 'is a directory' };
      if (info.size > limits.maxBytes) return tooLarge(path, limits);
      bytes = info.isFile() && info.size > 0 ? readSized(fd, info.size) : readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return fileError(path, error);
  }
  // A file that grew while it was read, or a device that reports no size.
  if (bytes.length > limits.maxBytes) return tooLarge(path, limits);
  return decodeDocument(path, bytes);
}

/**
 * A regular file's bytes, by its size as just read: readFileSync(fd) would ask for the size again,
 * one system call more a file, which a batch of thousands of small articles feels. A file that
 * shrank meanwhile gives what it holds.
 */
function readSized(fd: number, size: number): Buffer {
  const bytes = Buffer.allocUnsafe(size);
  let read = 0;
  while (read < size) {
    const got = readSync(fd, bytes, read, size - read, read);
    if (got === 0) break;
    read += got;
  }
  return read < size ? bytes.subarray(0, read) : bytes;
}

export async function readStdin(stream: AsyncIterable<Buffer | string>, limits: ReadLimits): Promise<Doc | InputError> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    if (size > limits.maxBytes) return tooLarge(STDIN_PATH, limits);
    chunks.push(buffer);
  }
  return decodeDocument(STDIN_NAME, Buffer.concat(chunks));
}

export function decodeDocument(path: string, bytes: Uint8Array): Doc | InputError {
  const decoded = decodeBytes(bytes);
  if ('binary' in decoded) return { path, reason: 'binary', message: decoded.binary };
  return { path, text: decoded.text };
}

export function isInputError(value: Doc | InputError): value is InputError {
  return 'reason' in value;
}

function tooLarge(path: string, limits: ReadLimits): InputError {
  return { path, reason: 'too-large', message: `larger than the ${formatBytes(limits.maxBytes)} limit (raise it with --max-file-size)` };
}

function formatBytes(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MB` : `${bytes} bytes`;
}

function fileError(path: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : code === 'EISDIR' ? 'is-directory' : 'unreadable';
  return { path, reason, message: describeSystemError(error) };
}

const SYSTEM_ERROR_MESSAGES: Record<string, string> = {
  ENOENT: 'no such file or directory',
  ENOTDIR: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ELOOP: 'too many levels of symbolic links',
  ENOSPC: 'no space left on device',
  EROFS: 'read-only file system',
  EEXIST: 'already exists',
};

/** A file-system error in a few words, without Node's syscall and path decoration. */
export function describeSystemError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return (code && SYSTEM_ERROR_MESSAGES[code]) ?? (error as Error).message;
}
