// Where a batch's outcomes come from: this thread alone (one article, or --jobs 1), or this thread
// and worker threads beside it (a batch), or one worker (a single huge input, under its heap
// ceiling). Either way they come in input order.
import { statSync } from 'node:fs';
import { isInputError, readDocument, readStdin } from '../pipeline/1-read/read.js';
import type { Writer } from '../pipeline/7-write/writer.js';
import type { Input, InputList } from './inputs.js';
import { type DoHere, eventLoopTurns, runInWorkers, type WorkerSettings } from './pool.js';
import { formatDoc, type Outcome, processTask, type Task, withSharedTables } from './process-input.js';

export interface OutcomeSource {
  inputs: InputList;
  jobs: number;
  settings: WorkerSettings;
  /** Formats documents done in this thread, as the workers' own writers do. */
  writer: Writer;
  stdin: AsyncIterable<Buffer | string>;
}

export function outcomesOf({ inputs, jobs, settings, writer, stdin }: OutcomeSource): AsyncGenerator<Outcome> {
  // Workers pay for themselves over several inputs, or for one huge one (their heap ceiling keeps
  // its memory in bounds); a single article is done in this thread, which starts faster. In a
  // batch this thread is one of the --jobs too, with jobs - 1 workers beside it.
  const tasks = () => tasksOf(inputs, settings.process.maxBytes, stdin);
  if (inputs.length > 1 && jobs > 1) {
    const shared = { ...settings, process: withSharedTables(settings.process) };
    const batch = batchEstimate(inputs.length);
    return runInWorkers(tasks(), Math.min(jobs, inputs.length) - 1, shared, batch.counting(doHereUnlessHuge(shared, writer)), batch.isLarge);
  }
  if (inputs.length === 1 && isHuge(inputs.at(0))) return runInWorkers(tasks(), 1, settings);
  return outcomesInProcess(inputs, settings, writer, stdin);
}

// A worker costs its own start and JIT warm-up, which only a large batch repays. Measured on real
// articles with 2 cores, one worker beside this thread from the start made a batch of 2 MB 0.83× as
// fast as this thread alone, 5 MB 0.87×, 10 MB 1.1× and 20 MB 1.28×.
export const WORKERS_PAY_FROM_BYTES = 8 * 1024 * 1024;
// Inputs done here before the batch's size is judged by their average.
export const SAMPLE_INPUTS = 32;

export interface BatchEstimate {
  /** `doHere`, counting the inputs it does and their bytes. */
  counting(doHere: DoHere): DoHere;
  /** The batch is, or by the inputs done so far looks, large enough for workers. */
  isLarge(): boolean;
}

export function batchEstimate(inputCount: number, fromBytes = WORKERS_PAY_FROM_BYTES, sampleInputs = SAMPLE_INPUTS): BatchEstimate {
  let done = 0;
  let bytes = 0;
  return {
    counting: (doHere) => (task, ordinal) => {
      const outcome = doHere(task, ordinal);
      if (outcome === undefined) return undefined;
      done++;
      if ('bytes' in outcome) bytes += outcome.bytes;
      return outcome;
    },
    isLarge: () => bytes >= fromBytes || (done >= sampleInputs && (bytes / done) * inputCount >= fromBytes),
  };
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

/**
 * This thread's share of a batch: a file is read here under the huge-input size, and one that comes
 * back too large for it is declined, to be read again by a worker under the run's own limit. The
 * read's own size check decides, so no file is looked at twice to find out.
 */
function doHereUnlessHuge(settings: WorkerSettings, writer: Writer): DoHere {
  const { maxBytes } = settings.process;
  return (task, ordinal) => {
    if (task.kind !== 'file') return processTask(task, settings.process, writer, ordinal);
    const doc = readDocument(task.path, { maxBytes: Math.min(maxBytes, HUGE_INPUT_BYTES) });
    if (isInputError(doc) && doc.reason === 'too-large' && maxBytes > HUGE_INPUT_BYTES) return undefined;
    return formatDoc(doc, settings.process, writer, ordinal);
  };
}

async function* outcomesInProcess(inputs: Iterable<Input>, settings: WorkerSettings, writer: Writer, stdin: AsyncIterable<Buffer | string>): AsyncGenerator<Outcome> {
  const giveTurn = eventLoopTurns();
  let ordinal = 0;
  for (const input of inputs) {
    await giveTurn();
    if (input.kind === 'stdin') yield formatDoc(await readStdin(stdin, { maxBytes: settings.process.maxBytes }), settings.process, writer, ordinal++);
    else yield processTask(input, settings.process, writer, ordinal++);
  }
}

/** Inputs as tasks for workers: stdin is read here, since a worker thread has no stdin of its own. */
async function* tasksOf(inputs: Iterable<Input>, maxBytes: number, stdin: AsyncIterable<Buffer | string>): AsyncGenerator<Task> {
  for (const input of inputs) {
    if (input.kind === 'stdin') {
      const doc = await readStdin(stdin, { maxBytes });
      yield isInputError(doc) ? { kind: 'error', error: doc } : { kind: 'doc', doc };
    } else yield input;
  }
}
