import { describe, expect, it } from 'vitest';
import { blockSink, type Sink } from './output.js';

function recordingSink(): Sink & { writes: (string | Uint8Array)[]; committed: boolean; aborted: boolean } {
  const sink = {
    writes: [] as (string | Uint8Array)[],
    committed: false,
    aborted: false,
    isClosed: false,
    write: async (chunk: string | Uint8Array) => void sink.writes.push(chunk),
    commit: async () => void (sink.committed = true),
    abort: () => void (sink.aborted = true),
  };
  return sink;
}

describe('blockSink', () => {
  it('hands writes on in blocks, in order, and the rest when the output is made final', async () => {
    const inner = recordingSink();
    const sink = blockSink(inner, 10);
    await sink.write('abcd');
    await sink.write('efgh');
    expect(inner.writes).toEqual([]);
    await sink.write(new TextEncoder().encode('ij'));
    await sink.write('k');
    expect(inner.writes.map((w) => Buffer.from(w).toString())).toEqual(['abcdefghij']);
    await sink.commit();
    expect(inner.writes.map((w) => Buffer.from(w).toString())).toEqual(['abcdefghij', 'k']);
    expect(inner.committed).toBe(true);
  });

  it('joins text as text, and drops what it holds when the run is aborted', async () => {
    const inner = recordingSink();
    const sink = blockSink(inner, 4);
    await sink.write('ab');
    await sink.write('cd');
    expect(inner.writes).toEqual(['abcd']);
    await sink.write('ef');
    sink.abort();
    expect(inner.aborted).toBe(true);
    await sink.commit();
    expect(inner.writes).toEqual(['abcd']);
  });
});
