import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from './read.js';

describe('readDocument', () => {
  const dir = mkdtempSync(join(tmpdir(), 'entities-read-'));

  it('reads a file whole, by the size it reports, small or large', () => {
    for (const [name, text] of [['small.txt', 'Kabul, Kābul and كابل.\n'], ['large.txt', 'Inter-Services Intelligence (ISI) in Rawalpindi. '.repeat(20_000)], ['empty.txt', '']]) {
      const path = join(dir, name);
      writeFileSync(path, text);
      expect(readDocument(path, { maxBytes: 10 * 1024 * 1024 })).toEqual({ path, text });
    }
  });

  it('refuses a file over the limit before reading it, and names a missing one', () => {
    const path = join(dir, 'big.txt');
    writeFileSync(path, 'x'.repeat(2048));
    expect(readDocument(path, { maxBytes: 1024 })).toMatchObject({ path, reason: 'too-large' });
    expect(readDocument(join(dir, 'none.txt'), { maxBytes: 1024 })).toMatchObject({ reason: 'missing', message: 'no such file or directory' });
  });
});
