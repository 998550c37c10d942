// The command line: parse arguments, read each input, extract, write. The only module that touches
// `process`; everything it calls takes and returns values.
import { readFileSync, statSync } from 'node:fs';
import type { CompiledGazetteer } from '../pipeline/3-gazetteer/gazetteer.js';
import { ENTITY_TYPES } from '../types.js';
import { describeSystemError, isInputError, readStdin, STDIN_PATH } from '../pipeline/1-read/read.js';
import { type BatchReport, createBatchReport } from '../pipeline/7-write/report.js';
import { createWriter, type OutputFormat, type Writer, type WriteOptions } from '../pipeline/7-write/writer.js';
import { type CliOptions, parseArgs, unknownTypes } from './args.js';
import { formatInputError, formatUsageError } from './errors.js';
import { expandInputs, type Input } from './inputs.js';
import { fileSink, type Sink, streamSink } from './output.js';
import { type DoHere, runInWorkers } from './pool.js';
import { formatDoc, type Outcome, processTask, type ProcessSettings, type Task } from './process-input.js';
import { type Progress, startProgress, wantsProgress, withoutProgress } from './progress.js';
import { answerRecords, openRecordFile } from './records.js';

const EXIT_OK = 0;
const EXIT_INPUT_FAILED = 1;
const EXIT_USAGE = 2;
// The output could not be written at all: as grave as a usage error, since nothing usable came out.
const EXIT_OUTPUT_FAILED = 2;
// 128 + SIGINT, as shells report a run stopped with Ctrl-C.
const EXIT_INTERRUPTED = 130;

function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

export async function run(): Promise<void> {
  process.exitCode = await main(process.argv.slice(2));
}

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseArgs(argv, packageVersion());
  if (parsed.kind === 'exit') {
    process.stdout.write(parsed.output);
    if (parsed.error) process.stderr.write(formatUsageError(parsed.error));
    return parsed.code;
  }
  const options = parsed.options;
  if (options.paths.length === 0) {
    if (process.stdin.isTTY) {
      process.stderr.write(formatUsageError('no input: name files or directories, or pipe text into stdin'));
      return EXIT_USAGE;
    }
    options.paths = [STDIN_PATH];
  }
  let userGazetteer: CompiledGazetteer | undefined;
  let userTypes = new Set<string>();
  if (options.gazetteers.length > 0) {
    // The list parsers (and csv-parse) load only for a run that has lists.
    const { compileGazetteerFiles, typesOf } = await import('./user-gazetteer.js');
    const loaded = await compileGazetteerFiles(options.gazetteers);
    if ('error' in loaded) {
      process.stderr.write(loaded.error);
      return EXIT_USAGE;
    }
    userGazetteer = loaded.compiled;
    userTypes = typesOf(userGazetteer);
  }
  const unknown = unknownTypes(options.types, userTypes);
  if (unknown.length > 0) return reportUnknownTypes(unknown, userTypes);
  // The handlers go in before the temporary file exists, so no signal can find it unguarded.
  let sink: Sink | undefined;
  const stopOnSignal = () => {
    sink?.abort();
    process.exit(EXIT_INTERRUPTED);
  };
  process.once('SIGINT', stopOnSignal).once('SIGTERM', stopOnSignal);
  try {
    sink = options.output ? fileSink(options.output) : streamSink(process.stdout);
  } catch (error) {
    process.off('SIGINT', stopOnSignal).off('SIGTERM', stopOnSignal);
    process.stderr.write(formatInputError(options.output ?? 'stdout', describeSystemError(error)));
    return EXIT_OUTPUT_FAILED;
  }
  try {
    return options.input === 'ndjson' ? await extractRecords(options, sink, userGazetteer) : await extractAll(options, sink, userGazetteer);
  } catch (error) {
    sink.abort();
    process.stderr.write(formatInputError(options.output ?? 'stdout', describeSystemError(error)));
    return EXIT_OUTPUT_FAILED;
  } finally {
    process.off('SIGINT', stopOnSignal).off('SIGTERM', stopOnSignal);
  }
}

function reportUnknownTypes(unknown: readonly string[], userTypes: ReadonlySet<string>): number {
  const known = [...ENTITY_TYPES, ...[...userTypes].filter((type) => !(ENTITY_TYPES as readonly string[]).includes(type)).sort()];
  process.stderr.write(formatUsageError(`unknown type ${unknown.join(', ')}; choose from ${known.join(', ')}`));
  return EXIT_USAGE;
}

function settingsOf(options: CliOptions, userGazetteer: CompiledGazetteer | undefined): ProcessSettings {
  return {
    maxBytes: options.maxFileSize,
    types: options.types,
    context: options.context,
    tagger: options.tagger,
    sentences: options.edges === 'sentence',
    userGazetteer,
    // --summary and --edges count over the batch: the main thread needs the entities, not text.
    emit: options.summary || options.edges ? 'result' : 'chunk',
  };
}

async function extractAll(options: CliOptions, sink: Sink, userGazetteer: CompiledGazetteer | undefined): Promise<number> {
  const toTerminal = !options.output && process.stdout.isTTY === true;
  const format: OutputFormat = options.format ?? (toTerminal ? 'table' : 'json');
  const write: WriteOptions = {
    pretty: options.pretty,
    mentions: options.mentions,
    context: options.context > 0,
    bom: options.bom,
    color: wantsColour(options.color, toTerminal),
    width: process.stdout.columns,
  };
  const settings = settingsOf(options, userGazetteer);
  const report = batchReportOf(options);
  const writer = await createWriter(format, write);
  const inputs = await expandInputs(options.paths, { extensions: options.ext });
  // Workers pay for themselves over several inputs, or for one huge one (their heap ceiling keeps its
  // memory in bounds); a single article is done in this thread, which starts faster. In a batch this
  // thread is one of the --jobs too, with jobs - 1 workers beside it.
  const workerSettings = { format, write, process: settings };
  const doHere: DoHere = (task) => (task.kind === 'file' && isHuge(task) ? undefined : processTask(task, settings, writer));
  const outcomes =
    inputs.length > 1 && options.jobs > 1
      ? runInWorkers(tasksOf(inputs, options.maxFileSize), Math.min(options.jobs, inputs.length) - 1, workerSettings, doHere)
      : inputs.length === 1 && isHuge(inputs[0])
        ? runInWorkers(tasksOf(inputs, options.maxFileSize), 1, workerSettings)
        : outcomesInProcess(inputs, settings, writer);
  const progress = progressFor(inputs.length, options.quiet);
  // Output to the same terminal as the progress line: the line is erased before each write.
  const output = async (chunk: string | Uint8Array) => {
    if (toTerminal) progress.erase();
    await sink.write(chunk);
  };
  let failures = 0;
  let written = 0;
  const status = () => exitStatusOf(failures);
  try {
    if (!report) await output(writer.open());
    for await (const outcome of outcomes) {
      progress.advance('error' in outcome ? 0 : outcome.bytes);
      if ('error' in outcome) {
        failures++;
        if (!options.quiet) progress.writeAbove(formatInputError(outcome.error.path, outcome.error.message));
      } else if ('result' in outcome) report?.add(outcome.result);
      else {
        if (written++ > 0) await output(writer.separator);
        await output(outcome.chunk);
      }
      if (sink.isClosed) return status();
    }
    progress.stop();
    if (report) {
      for await (const chunk of report.format(format, write)) {
        await sink.write(chunk);
        if (sink.isClosed) return status();
      }
    } else await sink.write(writer.close(written));
    await sink.commit();
    return status();
  } finally {
    progress.stop();
  }
}

function batchReportOf(options: CliOptions): BatchReport | undefined {
  if (options.summary) return createBatchReport({ kind: 'summary' });
  if (options.edges) return createBatchReport({ kind: 'edges', scope: options.edges });
  return undefined;
}

/** A progress line for a batch (more than one input) that a person watches on stderr. */
function progressFor(total: number, quiet: boolean): Progress {
  const toStderr = (text: string) => void process.stderr.write(text);
  if (total < 2 || !wantsProgress(process.stderr.isTTY === true, process.env, quiet)) return withoutProgress(toStderr);
  return startProgress({ total, write: toStderr, columns: process.stderr.columns });
}

/** --input ndjson: each path (or stdin) a record a line; a bad line is `<path>:<line>` ("stdin" for -). */
async function extractRecords(options: CliOptions, sink: Sink, userGazetteer: CompiledGazetteer | undefined): Promise<number> {
  const settings = settingsOf(options, userGazetteer);
  let failures = 0;
  const fail = (where: string, reason: string) => {
    failures++;
    if (!options.quiet) process.stderr.write(formatInputError(where, reason));
  };
  for (const path of options.paths) {
    const label = path === STDIN_PATH ? 'stdin' : path;
    const stream = path === STDIN_PATH ? process.stdin : openRecordFile(path);
    if ('error' in stream) fail(label, stream.error);
    else await answerRecords(stream, label, settings, sink, fail);
    if (sink.isClosed) return exitStatusOf(failures);
  }
  await sink.commit();
  return exitStatusOf(failures);
}

function exitStatusOf(failures: number): number {
  return failures ? EXIT_INPUT_FAILED : EXIT_OK;
}

// Above this a single input goes to a worker thread, whose heap ceiling bounds the run's memory.
const HUGE_INPUT_BYTES = 16 * 1024 * 1024;

function isHuge(input: Input | undefined): boolean {
  if (input?.kind !== 'file') return false;
  try {
    return statSync(input.path).size > HUGE_INPUT_BYTES;
  } catch {
    return false;
  }
}

// How long extraction may keep the event loop busy: past it the loop gets a turn, so Ctrl-C and a
// closed pipe are noticed mid-batch, not at its end.
const MAX_BUSY_MS = 50;

async function* outcomesInProcess(inputs: readonly Input[], settings: ProcessSettings, writer: Writer): AsyncGenerator<Outcome> {
  let busySince = performance.now();
  for (const input of inputs) {
    if (performance.now() - busySince > MAX_BUSY_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      busySince = performance.now();
    }
    if (input.kind === 'stdin') yield formatDoc(await readStdin(process.stdin, { maxBytes: settings.maxBytes }), settings, writer);
    else yield processTask(input, settings, writer);
  }
}

/** Inputs as tasks for workers: stdin is read here, since a worker thread has no stdin of its own. */
async function* tasksOf(inputs: readonly Input[], maxBytes: number): AsyncGenerator<Task> {
  for (const input of inputs) {
    if (input.kind === 'stdin') {
      const doc = await readStdin(process.stdin, { maxBytes });
      yield isInputError(doc) ? { kind: 'error', error: doc } : { kind: 'doc', doc };
    } else yield input;
  }
}

/** --color / --no-color first, then FORCE_COLOR and NO_COLOR (no-color.org), then whether it is a terminal. */
function wantsColour(flag: boolean | undefined, toTerminal: boolean): boolean {
  if (flag !== undefined) return flag;
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (process.env.NO_COLOR) return false;
  return toTerminal;
}
