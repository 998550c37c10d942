// --jobs N: tasks spread over worker threads, outcomes handed back in input order. Only a bounded
// window of tasks is in flight, so memory stays flat however many inputs there are. A worker that
// dies (out of memory on a huge text) fails only the input it was on: it is replaced and the
// tasks queued behind it go to the new one. The calling thread can take a share of the tasks
// itself, whenever every worker's queue is full: it would otherwise sit idle between messages. It
// can also hold the workers back and do every task itself until the batch proves large enough.
import { Worker } from 'node:worker_threads';
import type { OutputFormat, WriteOptions } from '../pipeline/7-write/writer.js';
import type { Outcome, ProcessSettings, Task } from './process-input.js';

export interface WorkerSettings {
  format: OutputFormat;
  write: WriteOptions;
  process: ProcessSettings;
}

// A worker's heap ceiling. Under it V8 collects early instead of growing the heap lazily, which
// keeps a 50 MB article under 1 GB of RSS (measured: 1.1 GB without a ceiling); a text whose
// entities alone outgrow it fails alone, as an error for that input, and the run goes on.
const WORKER_HEAP_MB = 448;

// A worker's young generation: V8's default grows it to 3 × 16 MB a worker, which kept a batch of
// 10,000 articles at 2 workers above 200 MB of RSS (measured 262 MB); at 6 MB it is 195 MB, as fast.
const WORKER_YOUNG_MB = 6;

// Tasks queued per worker, so none waits idle for the main thread's next message: that thread is
// busy extracting between its turns of the event loop (measured 2–3% faster than 4 at --jobs 2).
const TASKS_PER_WORKER = 16;

// Tasks sent or done whose outcomes wait for an earlier one, so the output keeps the input order. It
// bounds what is held (an outcome is a few KB), and lets the threads run apart: at 8 (the workers'
// queues alone), this thread waited on a worker's oldest task for a third of a batch.
const MAX_TASKS_AHEAD = 128;

// How long extraction may keep the event loop busy: past it the loop gets a turn, so Ctrl-C and a
// closed pipe are noticed mid-batch, not at its end.
const MAX_BUSY_MS = 50;

/**
 * Gives the event loop a turn when `now` asks for one, or once extraction has kept it busy for
 * MAX_BUSY_MS since the last turn.
 */
export function eventLoopTurns(): (now?: boolean) => Promise<void> {
  let busySince = performance.now();
  return async (now = false) => {
    if (!now && performance.now() - busySince <= MAX_BUSY_MS) return;
    await new Promise((resolve) => setImmediate(resolve));
    busySince = performance.now();
  };
}

interface Slot {
  worker: Worker;
  /** Indices of the tasks sent to this worker and not yet answered, oldest first. */
  pending: number[];
}

/**
 * Does a task in the calling thread, or declines it (undefined) so that a worker takes it: a huge
 * input belongs under a worker's heap ceiling.
 */
export type DoHere = (task: Task, ordinal: number) => Outcome | undefined;

/**
 * `doHere` lets the calling thread take tasks too. `isWorthWorkers`, asked before each task, holds
 * the workers back until it first says yes (or a task is declined here): till then this thread
 * does every task, as --jobs 1 would.
 */
export async function* runInWorkers(tasks: AsyncIterable<Task>, workers: number, settings: WorkerSettings, doHere?: DoHere, isWorthWorkers?: () => boolean): AsyncGenerator<Outcome> {
  const sentTasks = new Map<number, Task>();
  const done = new Map<number, Outcome>();
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };

  const start = (): Slot => {
    const slot: Slot = { worker: new Worker(new URL('./worker.js', import.meta.url), { workerData: settings, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB } }), pending: [] };
    slot.worker.on('message', ({ index, outcome }: { index: number; outcome: Outcome }) => {
      slot.pending.shift();
      sentTasks.delete(index);
      done.set(index, outcome);
      notify();
    });
    slot.worker.on('error', (error: Error & { code?: string }) => {
      if (error.code !== 'ERR_WORKER_OUT_OF_MEMORY') failure = error;
      else replace(slot);
      notify();
    });
    return slot;
  };
  const slots: Slot[] = [];
  const startWorkers = () => {
    while (slots.length < workers) slots.push(start());
  };
  const leastBusy = () => slots.reduce((a, b) => (a.pending.length <= b.pending.length ? a : b));

  const send = (slot: Slot, index: number, task: Task) => {
    slot.pending.push(index);
    slot.worker.postMessage({ index, task });
  };

  function replace(dead: Slot): void {
    const [failed, ...requeued] = dead.pending;
    if (failed !== undefined) {
      const task = sentTasks.get(failed)!;
      sentTasks.delete(failed);
      const path = task.kind === 'file' ? task.path : task.kind === 'doc' ? task.doc.path : task.error.path;
      done.set(failed, { error: { path, reason: 'too-large', message: `ran out of memory (the limit is ${WORKER_HEAP_MB} MB a worker)` } });
    }
    const fresh = start();
    slots[slots.indexOf(dead)] = fresh;
    for (const index of requeued) send(fresh, index, sentTasks.get(index)!);
  }

  const source = tasks[Symbol.asyncIterator]();
  let sent = 0;
  let yielded = 0;
  let exhausted = false;
  const nextTask = async (): Promise<Task | undefined> => {
    const next = await source.next();
    exhausted = next.done === true;
    return next.done ? undefined : next.value;
  };
  const giveTurn = eventLoopTurns();
  try {
    while (!exhausted || yielded < sent) {
      if (slots.length === 0 && (!doHere || !isWorthWorkers || isWorthWorkers())) startWorkers();
      while (slots.length > 0 && !exhausted && sent - yielded < MAX_TASKS_AHEAD && leastBusy().pending.length < TASKS_PER_WORKER) {
        const task = await nextTask();
        if (!task) break;
        sentTasks.set(sent, task);
        send(leastBusy(), sent++, task);
      }
      let didHere = false;
      if (doHere && !exhausted && sent - yielded < MAX_TASKS_AHEAD) {
        const task = await nextTask();
        if (task) {
          const outcome = doHere(task, sent);
          if (outcome) done.set(sent++, outcome);
          else {
            startWorkers();
            sentTasks.set(sent, task);
            send(leastBusy(), sent++, task);
          }
          didHere = outcome !== undefined;
        }
      }
      while (done.has(yielded)) {
        const outcome = done.get(yielded)!;
        done.delete(yielded++);
        yield outcome;
      }
      if (failure) throw failure;
      // After a task done here, one turn of the event loop lets the workers' answers in; with no
      // workers yet, a turn now and then lets a signal or a closed pipe be noticed.
      if (didHere) await giveTurn(slots.length > 0);
      else if (yielded < sent) await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }
}
