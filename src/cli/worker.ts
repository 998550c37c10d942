// A worker thread of --jobs: takes tasks, answers with their formatted output, one at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { createWriter } from '../pipeline/7-write/writer.js';
import type { WorkerSettings } from './pool.js';
import { prepareGazetteer, processTask, type Task } from './process-input.js';

const settings = workerData as WorkerSettings;
const writer = await createWriter(settings.format, settings.write);
prepareGazetteer(settings.process);
const utf8 = new TextEncoder();

parentPort!.on('message', ({ index, task }: { index: number; task: Task }) => {
  const outcome = processTask(task, settings.process, writer, index);
  if (!('chunk' in outcome)) return parentPort!.postMessage({ index, outcome });
  // The text goes back encoded, its buffer moved, not copied: a string would be copied into the
  // main thread and encoded there again, and the output of a huge input held three times at once.
  const chunk = typeof outcome.chunk === 'string' ? utf8.encode(outcome.chunk) : outcome.chunk;
  parentPort!.postMessage({ index, outcome: { ...outcome, chunk } }, [chunk.buffer as ArrayBuffer]);
});
