import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { ProcessSettings } from './process-input.js';
import { processRecord, readLines } from './records.js';

const settings: ProcessSettings = { maxBytes: 1024, types: undefined, context: 0, tagger: false };

describe('processRecord', () => {
  it('answers a record with its id first, its other fields, and the entities, without the text', () => {
    const outcome = processRecord('{"lang":"en","text":"The ISI met LeT in Kabul.","id":7}', settings);
    const record = JSON.parse((outcome as { line: string }).line) as Record<string, unknown>;
    expect(Object.keys(record)).toEqual(['id', 'lang', 'entities']);
    expect(record.id).toBe(7);
    expect((record.entities as { name: string }[]).map((e) => e.name)).toContain('Kabul');
    expect((outcome as { line: string }).line.endsWith('}\n')).toBe(true);
  });

  it('replaces an "entities" field the record had, and needs no id', () => {
    const record = JSON.parse((processRecord('{"text":"Kabul","entities":"old"}', settings) as { line: string }).line) as Record<string, unknown>;
    expect(Object.keys(record)).toEqual(['entities']);
    expect(Array.isArray(record.entities)).toBe(true);
  });

  it('says why a line is not a record, and skips blank lines', () => {
    expect(processRecord('not json', settings)).toEqual({ error: expect.stringMatching(/^not JSON/) });
    expect(processRecord('[1]', settings)).toEqual({ error: 'not a JSON object' });
    expect(processRecord('{"id":1}', settings)).toEqual({ error: 'no "text" field' });
    expect(processRecord('{"text":3}', settings)).toEqual({ error: '"text" is not a string' });
    expect(processRecord(`{"text":"${'x'.repeat(2000)}"}`, settings)).toEqual({ error: expect.stringMatching(/larger than/) });
    expect(processRecord('  ', settings)).toBeUndefined();
  });
});

describe('readLines', () => {
  it('gives lines without LF or CRLF, a BOM dropped, a last line without a line end kept', async () => {
    const lines: string[] = [];
    for await (const line of readLines(Readable.from(['\uFEFFa\r\nb', '\n\nc']))) lines.push(line);
    expect(lines).toEqual(['a', 'b', '', 'c']);
  });
});
