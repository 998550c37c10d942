// --jobs N: tasks spread over N worker threads, outcomes handed back in input order. Only a bounded
// window of tasks is in flight, so memory stays flat however many inputs there are.
import { Worker } from 'node:worker_threads';
import type { OutputFormat, WriteOptions } from '../pipeline/7-write/writer.js';
import type { Outcome, ProcessSettings, Task } from './process-input.js';

export interface WorkerSettings {
  format: OutputFormat;
  write: WriteOptions;
  process: ProcessSettings;
}

// Tasks queued per worker, so none waits idle for the main thread's next message.
const TASKS_PER_WORKER = 4;

export async function* runInWorkers(tasks: AsyncIterable<Task>, jobs: number, settings: WorkerSettings): AsyncGenerator<Outcome> {
  const workers = Array.from({ length: jobs }, () => new Worker(new URL('./worker.js', import.meta.url), { workerData: settings }));
  const load = new Map<Worker, number>(workers.map((w) => [w, 0]));
  const done = new Map<number, Outcome>();
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  for (const worker of workers) {
    worker.on('message', ({ index, outcome }: { index: number; outcome: Outcome }) => {
      load.set(worker, load.get(worker)! - 1);
      done.set(index, outcome);
      notify();
    });
    worker.on('error', (error) => {
      failure = error;
      notify();
    });
  }
  const source = tasks[Symbol.asyncIterator]();
  let sent = 0;
  let yielded = 0;
  let exhausted = false;
  try {
    while (!exhausted || yielded < sent) {
      while (!exhausted && sent - yielded < jobs * TASKS_PER_WORKER) {
        const next = await source.next();
        if (next.done) {
          exhausted = true;
          break;
        }
        const worker = workers.reduce((a, b) => (load.get(a)! <= load.get(b)! ? a : b));
        load.set(worker, load.get(worker)! + 1);
        worker.postMessage({ index: sent++, task: next.value });
      }
      while (done.has(yielded)) {
        const outcome = done.get(yielded)!;
        done.delete(yielded++);
        yield outcome;
      }
      if (failure) throw failure;
      if (yielded < sent) await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
