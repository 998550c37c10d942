// Runs the built CLI (bin/entities.js → dist/) as a child process, and reads fixtures back the way
// the tool should, so the tests can check offsets against text they decoded themselves.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect } from 'vitest';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BIN = join(ROOT, 'bin', 'entities.js');
export const FIXTURES = join(ROOT, 'fixtures');
export const ENTITY_TYPES = ['person', 'organization', 'place', 'acronym'] as const;

// Fixture paths as the tests name them on the command line (relative to the package root).
export const ISI_LET = 'fixtures/isi-let.txt';
export const WORLD = 'fixtures/world.txt';
export const UNICODE_NAME = 'fixtures/article ü 1.txt';
export const EMPTY = 'fixtures/empty.txt';
export const WHITESPACE = 'fixtures/whitespace.txt';
export const LATIN1 = 'fixtures/latin1.txt';
export const BINARY = 'fixtures/binary.png';
export const CORPUS = 'fixtures/corpus';

if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) {
  throw new Error('dist/ is missing: run `npm run build` before the CLI tests');
}

export interface RunOptions {
  /** Bytes or text piped into stdin (stdin is an empty pipe otherwise). */
  input?: string | Buffer;
  /** Added to the environment; `undefined` removes a variable. */
  env?: Record<string, string | undefined>;
  /** Working directory, the package root unless told. */
  cwd?: string;
  /** The child is killed after this long (default 20 s). */
  timeoutMs?: number;
}

export interface RunResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  stdoutBytes: Buffer;
}

// Colour settings of the test runner itself must not leak into the child.
const COLOUR_VARIABLES = ['NO_COLOR', 'FORCE_COLOR', 'NODE_DISABLE_COLORS', 'CLICOLOR', 'CLICOLOR_FORCE'];

export function childEnv(extra: Record<string, string | undefined> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !COLOUR_VARIABLES.includes(key)) env[key] = value;
  }
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

/**
 * Runs a command to its end, stdin from `input` (an empty pipe without it). Asynchronous, so the
 * tests of a file can run side by side; `stdio` overrides where stdout goes (a file descriptor).
 */
export function spawnAndWait(
  command: string,
  args: readonly string[],
  options: { input?: string | Buffer; env?: Record<string, string>; cwd?: string; stdout?: number; timeoutMs?: number } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd ?? ROOT,
      env: options.env ?? childEnv(),
      stdio: ['pipe', options.stdout ?? 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr!.on('data', (chunk: Buffer) => err.push(chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 20_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      const stdoutBytes = Buffer.concat(out);
      resolve({ status, signal, stdout: stdoutBytes.toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), stdoutBytes });
    });
    // The child may exit without reading stdin (a usage error): that is not a failure of the test.
    child.stdin!.on('error', () => {});
    child.stdin!.end(options.input ?? '');
  });
}

/**
 * Runs `node bin/entities.js ...args`. Whatever the test, a stack trace ("    at …") on stderr is a
 * bug, so it fails the run here.
 */
export async function runCli(args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const result = await spawnAndWait(process.execPath, [BIN, ...args], { input: options.input, env: childEnv(options.env), cwd: options.cwd, timeoutMs: options.timeoutMs });
  expectNoStackTrace(result.stderr, args);
  return result;
}

export function expectNoStackTrace(stderr: string, what: unknown): void {
  expect(stderr.includes('    at '), `stack trace on stderr of ${JSON.stringify(what)}:\n${stderr}`).toBe(false);
}

export interface MentionJson {
  text: string;
  start: number;
  end: number;
  context?: string;
}

export interface EntityJson {
  name: string;
  type: string;
  id?: string;
  acronym?: string;
  count: number;
  mentions: MentionJson[];
}

export interface DocumentJson {
  path: string;
  entities: EntityJson[];
}

// Plain runs (no stdin, environment or folder of their own) give the same output every time
// within a test run, so their JSON is kept: the suite stays fast without hiding anything.
const jsonRuns = new Map<string, Promise<JsonRun>>();

export type JsonRun = RunResult & { documents: DocumentJson[] };

/** Runs with --format json (first, so it also works after `--`) and parses stdout, failing loudly when it is not JSON. */
export async function runJson(args: readonly string[], options: RunOptions = {}): Promise<JsonRun> {
  const plain = options.input === undefined && options.env === undefined && options.cwd === undefined && options.timeoutMs === undefined;
  if (!plain) return parseJsonRun(await runCli(['--format', 'json', ...args], options));
  const key = JSON.stringify(args);
  let run = jsonRuns.get(key);
  if (!run) {
    run = runCli(['--format', 'json', ...args]).then(parseJsonRun);
    jsonRuns.set(key, run);
  }
  return structuredClone(await run);
}

function parseJsonRun(result: RunResult): JsonRun {
  try {
    return { ...result, documents: (JSON.parse(result.stdout) as { documents: DocumentJson[] }).documents };
  } catch {
    throw new Error(`stdout is not JSON (exit ${result.status}):\n${result.stdout}\nstderr:\n${result.stderr}`);
  }
}

/** A temporary folder for the file's tests, removed afterwards; freshDir(name) gives an empty subfolder. */
export function useScratchDir(): (name: string) => string {
  let scratch = '';
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'entities-cli-test-'));
  });
  afterAll(() => {
    rmSync(scratch, { recursive: true, force: true });
  });
  return (name) => {
    const dir = join(scratch, name);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    return dir;
  };
}

/**
 * A fixture's text as the tool should see it, decoded independently of the tool: a UTF-8, UTF-16LE
 * or UTF-16BE BOM decides and is dropped; otherwise strict UTF-8, or Windows-1252 if that fails.
 */
export function decodeFile(path: string): string {
  return decodeBytes(readFileSync(path));
}

export function decodeBytes(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Lines of text, without the empty string after a final newline. */
export function lines(text: string): string[] {
  const all = text.split('\n');
  if (all.at(-1) === '') all.pop();
  return all;
}

// eslint-disable-next-line no-control-regex
export const ANSI = /\u001b\[[0-9;]*m/;
// eslint-disable-next-line no-control-regex
export const ANSI_GLOBAL = /\u001b\[[0-9;]*m/g;

/**
 * Columns a string takes in a terminal: East Asian wide and fullwidth characters (and emoji) take
 * two, combining marks none, everything else one. Enough for the characters these tests use.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text.replace(ANSI_GLOBAL, '')) {
    const code = char.codePointAt(0)!;
    if (/\p{Mn}|\p{Me}/u.test(char)) continue;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x1f300 && code <= 0x1faff) ||
      (code >= 0x20000 && code <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

/** What csv-stringify's escape_formulas does to a text cell: a leading quote before = + - @ TAB CR. */
export function neutralise(cell: string): string {
  return /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(cell) ? `'${cell}` : cell;
}

/** The CSV/TSV rows (header first) that a JSON result stands for, one per entity. */
export function entityRowsFromJson(documents: readonly DocumentJson[]): string[][] {
  const rows = [['path', 'name', 'type', 'acronym', 'count', 'first_start', 'id']];
  for (const doc of documents) {
    for (const e of doc.entities) {
      rows.push([neutralise(doc.path), neutralise(e.name), e.type, neutralise(e.acronym ?? ''), String(e.count), String(e.mentions[0]?.start ?? ''), neutralise(e.id ?? '')]);
    }
  }
  return rows;
}

/** The rows one per mention, in text order within each document. */
export function mentionRowsFromJson(documents: readonly DocumentJson[]): string[][] {
  const rows = [['path', 'name', 'type', 'text', 'start', 'end', 'id']];
  for (const doc of documents) {
    const mentions = doc.entities.flatMap((e) => e.mentions.map((m) => ({ e, m })));
    mentions.sort((a, b) => a.m.start - b.m.start);
    for (const { e, m } of mentions) {
      rows.push([neutralise(doc.path), neutralise(e.name), e.type, neutralise(m.text), String(m.start), String(m.end), neutralise(e.id ?? '')]);
    }
  }
  return rows;
}

/** The checks every document of the JSON output must pass, whatever the engine found. */
export function expectWellFormed(doc: DocumentJson, text: string): void {
  expect(Object.keys(doc).sort()).toEqual(['entities', 'path']);
  expect(Array.isArray(doc.entities)).toBe(true);
  for (const entity of doc.entities) {
    const keys = Object.keys(entity).filter((k) => k !== 'acronym' && k !== 'id').sort();
    expect(keys).toEqual(['count', 'mentions', 'name', 'type']);
    // A listed entity's id: the list's own, or `<list>:<name>`, never blank.
    if ('id' in entity) expect(entity.id).toMatch(/^\S.*:/);
    expect(typeof entity.name).toBe('string');
    expect(entity.name.length).toBeGreaterThan(0);
    expect(ENTITY_TYPES).toContain(entity.type);
    if ('acronym' in entity) expect(typeof entity.acronym).toBe('string');
    expect(entity.mentions.length).toBeGreaterThan(0);
    expect(entity.count).toBe(entity.mentions.length);
    let previous = -1;
    for (const m of entity.mentions) {
      expect(Object.keys(m).sort()).toEqual(['end', 'start', 'text']);
      expect(Number.isInteger(m.start) && Number.isInteger(m.end)).toBe(true);
      expect(0 <= m.start && m.start < m.end && m.end <= text.length).toBe(true);
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(m.start, `mentions of "${entity.name}" in text order`).toBeGreaterThan(previous);
      previous = m.start;
    }
  }
}

/** An entity reduced to what a CRLF/LF twin must share: offsets move, names/types/counts do not. */
export const summary = (doc: DocumentJson) => doc.entities.map((e) => ({ name: e.name, type: e.type, acronym: e.acronym, count: e.count }));
