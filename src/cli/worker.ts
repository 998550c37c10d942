// A worker thread of --jobs: takes tasks, answers with their formatted output, one at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { createWriter } from '../pipeline/7-write/writer.js';
import type { WorkerSettings } from './pool.js';
import { prepareGazetteer, processTask, type Task } from './process-input.js';

const settings = workerData as WorkerSettings;
const writer = await createWriter(settings.format, settings.write);
prepareGazetteer(settings.process);

parentPort!.on('message', ({ index, task }: { index: number; task: Task }) => {
  const outcome = processTask(task, settings.process, writer);
  parentPort!.postMessage({ index, outcome });
});
