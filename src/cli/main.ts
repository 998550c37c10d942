// The command line: parse arguments, read each input, extract, write. The only module that touches
// `process`; everything it calls takes and returns values.
import { existsSync, readFileSync } from 'node:fs';
import type { CompiledGazetteer } from '../pipeline/3-gazetteer/compile.js';
import { packageFile } from '../package-files.js';
import { ENTITY_TYPES, isBuiltInType } from '../types.js';
import { describeSystemError, STDIN_PATH } from '../pipeline/1-read/read.js';
import { type BatchReport, createBatchReport } from '../pipeline/7-write/report.js';
import { createWriter, type OutputFormat, type WriteOptions } from '../pipeline/7-write/writer.js';
import { type CliOptions, parseArgs, strayEdgesScope, unknownTypes } from './args.js';
import { formatInputError, formatUsageError } from './errors.js';
import { expandInputs } from './inputs.js';
import { tuneV8 } from './v8-flags.js';
import { blockSink, fileSink, type Sink, streamSink } from './output.js';
import { outcomesOf } from './outcomes.js';
import type { ProcessSettings } from './process-input.js';
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
  const manifest = JSON.parse(readFileSync(packageFile('package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

export async function run(): Promise<void> {
  tuneV8();
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
  const stray = strayEdgesScope(options, existsSync);
  if (stray) {
    process.stderr.write(formatUsageError(stray));
    return EXIT_USAGE;
  }
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
    if (options.input === 'ndjson') return await extractRecords(options, sink, userGazetteer);
    return await extractAll(options, options.output || process.stdout.isTTY !== true ? blockSink(sink) : sink, userGazetteer);
  } catch (error) {
    sink.abort();
    process.stderr.write(formatInputError(options.output ?? 'stdout', describeSystemError(error)));
    return EXIT_OUTPUT_FAILED;
  } finally {
    process.off('SIGINT', stopOnSignal).off('SIGTERM', stopOnSignal);
  }
}

function reportUnknownTypes(unknown: readonly string[], userTypes: ReadonlySet<string>): number {
  const known = [...ENTITY_TYPES, ...[...userTypes].filter((type) => !isBuiltInType(type)).sort()];
  process.stderr.write(formatUsageError(`unknown type ${unknown.join(', ')}; choose from ${known.join(', ')}`));
  return EXIT_USAGE;
}

function settingsOf(options: CliOptions, userGazetteer: CompiledGazetteer | undefined): ProcessSettings {
  return {
    maxBytes: options.maxFileSize,
    types: options.types,
    context: options.context,
    tagger: options.tagger,
    explain: options.explain,
    sentences: options.edges === 'sentence',
    // The points of places, for the formats that draw them (a page's map, GeoJSON).
    geo: options.format === 'geojson' || options.format === 'html',
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
    explain: options.explain,
    bom: options.bom,
    color: wantsColour(options.color, toTerminal),
    width: process.stdout.columns,
  };
  const settings = settingsOf(options, userGazetteer);
  const report = batchReportOf(options);
  const writer = await createWriter(format, write);
  const inputs = await expandInputs(options.paths, { extensions: options.ext });
  const outcomes = outcomesOf({ inputs, jobs: options.jobs, settings: { format, write, process: settings }, writer, stdin: process.stdin });
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
        if (outcome.entry) writer.note?.(outcome.entry);
        // A document that adds nothing (geojson: no place) gets no separator either.
        if (outcome.chunk.length > 0) {
          if (written++ > 0) await output(writer.separator);
          await output(outcome.chunk);
        }
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

/** --color / --no-color first, then FORCE_COLOR and NO_COLOR (no-color.org), then whether it is a terminal. */
function wantsColour(flag: boolean | undefined, toTerminal: boolean): boolean {
  if (flag !== undefined) return flag;
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (process.env.NO_COLOR) return false;
  return toTerminal;
}
