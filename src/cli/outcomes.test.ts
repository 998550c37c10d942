import { describe, expect, it } from 'vitest';
import { batchEstimate } from './outcomes.js';
import type { DoHere } from './pool.js';
import type { Outcome, Task } from './process-input.js';

const task: Task = { kind: 'file', path: 'a.txt' };
const doneWith = (bytes: number): DoHere => () => ({ chunk: '', bytes });
const failing: DoHere = () => ({ error: { path: 'a.txt', reason: 'missing', message: 'no such file or directory' } }) as Outcome;
const declining: DoHere = () => undefined;

describe('batchEstimate', () => {
  it('says large once the inputs done hold the threshold themselves', () => {
    const batch = batchEstimate(3, 1000, 10);
    const doHere = batch.counting(doneWith(600));
    doHere(task, 0);
    expect(batch.isLarge()).toBe(false);
    doHere(task, 1);
    expect(batch.isLarge()).toBe(true);
  });

  it('judges the whole batch by the average of a sample of inputs, not before the sample is done', () => {
    const batch = batchEstimate(100, 1000, 4);
    const doHere = batch.counting(doneWith(20));
    for (let i = 0; i < 3; i++) doHere(task, i);
    expect(batch.isLarge()).toBe(false);
    doHere(task, 3);
    // 20 bytes an input, 100 inputs: 2000 bytes expected.
    expect(batch.isLarge()).toBe(true);
  });

  it('keeps a batch of small inputs small', () => {
    const batch = batchEstimate(100, 1000, 4);
    const doHere = batch.counting(doneWith(5));
    for (let i = 0; i < 50; i++) doHere(task, i);
    expect(batch.isLarge()).toBe(false);
  });

  it('counts failed inputs as done with no bytes, and inputs declined here not at all', () => {
    const batch = batchEstimate(10, 100, 2);
    batch.counting(declining)(task, 0);
    batch.counting(declining)(task, 1);
    batch.counting(doneWith(30))(task, 2);
    expect(batch.isLarge()).toBe(false);
    batch.counting(failing)(task, 3);
    // 30 bytes over two inputs done, ten inputs: 150 expected.
    expect(batch.isLarge()).toBe(true);
  });
});
