import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatProgress, startProgress, wantsProgress } from './progress.js';

describe('formatProgress', () => {
  it('shows files done of the total, MB/s and the time left at the pace so far', () => {
    expect(formatProgress({ done: 25, total: 100, bytes: 5_000_000, elapsedMs: 2000 })).toBe('25/100 files  2.5 MB/s  0:06 left');
    expect(formatProgress({ done: 1, total: 7201, bytes: 0, elapsedMs: 1000 })).toBe('1/7201 files  0.0 MB/s  2:00:00 left');
    expect(formatProgress({ done: 0, total: 10, bytes: 0, elapsedMs: 0 })).toBe('0/10 files');
  });
});

describe('wantsProgress', () => {
  it('is on only at a terminal, outside CI, without --quiet', () => {
    expect(wantsProgress(true, {}, false)).toBe(true);
    expect(wantsProgress(false, {}, false)).toBe(false);
    expect(wantsProgress(true, { CI: 'true' }, false)).toBe(false);
    expect(wantsProgress(true, { CI: '1' }, false)).toBe(false);
    expect(wantsProgress(true, { CI: 'false' }, false)).toBe(true);
    expect(wantsProgress(true, {}, true)).toBe(false);
  });
});

describe('startProgress', () => {
  let clock = 0;
  let written: string[] = [];
  beforeEach(() => {
    vi.useFakeTimers();
    clock = 0;
    written = [];
  });
  afterEach(() => vi.useRealTimers());
  const start = () => startProgress({ total: 4, write: (text) => written.push(text), now: () => clock });
  const tick = (ms: number) => {
    clock += ms;
    vi.advanceTimersByTime(ms);
  };

  it('stays silent for a run shorter than a second', () => {
    const progress = start();
    progress.advance(100);
    tick(900);
    progress.advance(100);
    progress.stop();
    expect(written).toEqual([]);
  });

  it('redraws one line in place after a second, and erases it at the end', () => {
    const progress = start();
    progress.advance(2_000_000);
    tick(1000);
    expect(written.at(-1)).toBe('\r\u001b[Kentities: 1/4 files  2.0 MB/s  0:03 left');
    progress.advance(0);
    tick(250);
    expect(written.at(-1)).toMatch(/^\r\u001b\[Kentities: 2\/4 files/);
    progress.stop();
    expect(written.at(-1)).toBe('\r\u001b[K');
    const count = written.length;
    tick(1000);
    expect(written).toHaveLength(count);
  });

  it('erases the line before writing a message above it', () => {
    const progress = start();
    tick(1000);
    progress.writeAbove('entities: x.txt: no such file or directory\n');
    expect(written.slice(-2)).toEqual(['\r\u001b[K', 'entities: x.txt: no such file or directory\n']);
    progress.stop();
  });
});
