import { describe, expect, it } from 'vitest';
import { createNdjsonWriter } from '../pipeline/7-write/json.js';
import { formatDoc, type ProcessSettings } from './process-input.js';

const settings: ProcessSettings = { maxBytes: 1_000_000, types: undefined, context: 0, tagger: false };
const doc = { path: 'a.txt', text: 'Imran Khan spoke in Lahore.' };

describe('formatDoc', () => {
  it("fails the one input whose extraction throws, with the file's name and the fault, and the next one is done", () => {
    // Tables that are no gazetteer's: decoding them throws inside the extraction, as an engine fault would.
    const broken = { ...settings, tables: { gazetteer: new SharedArrayBuffer(8), places: new SharedArrayBuffer(8) } };
    const failed = formatDoc(doc, broken, createNdjsonWriter(), 0);
    expect(failed).toEqual({ error: { path: 'a.txt', reason: 'internal-error', message: expect.stringMatching(/^internal error, please report it with this file: \S/) } });
    const done = formatDoc(doc, settings, createNdjsonWriter(), 1);
    expect('chunk' in done && String(done.chunk)).toContain('"name":"Lahore"');
  });
});
