import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { DocumentResult } from '../../types.js';
import { createWriter, isLargeResult, LARGE_DOCUMENT_MENTIONS, writeAll } from './writer.js';

const results: DocumentResult[] = [
  {
    path: 'a.txt',
    entities: [
      { name: 'Inter-Services Intelligence', type: 'organization', acronym: 'ISI', count: 2, mentions: [{ text: 'Inter-Services Intelligence', start: 4, end: 31 }, { text: 'ISI', start: 33, end: 36 }] },
      { name: '=HYPERLINK("x")', type: 'person', count: 1, mentions: [{ text: '=HYPERLINK("x")', start: 0, end: 3 }] },
    ],
  },
  { path: 'b, "c".txt', entities: [{ name: 'Kabul\nValley', type: 'place', count: 1, mentions: [{ text: 'Kabul\nValley', start: 0, end: 12 }] }] },
];

describe('writers', () => {
  it('writes JSON that parses back to the results, pretty or not', async () => {
    expect(JSON.parse(await writeAll('json', results))).toEqual({ documents: results });
    expect(JSON.parse(await writeAll('json', results, { pretty: true }))).toEqual({ documents: results });
    expect(JSON.parse(await writeAll('json', []))).toEqual({ documents: [] });
  });

  it('writes one whole JSON document a line as NDJSON', async () => {
    const lines = (await writeAll('ndjson', results)).trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l))).toEqual(results);
  });

  it('writes CSV that a CSV parser reads back, formulas neutralised', async () => {
    const rows = parse(await writeAll('csv', results)) as string[][];
    expect(rows[0]).toEqual(['path', 'name', 'type', 'acronym', 'count', 'first_start', 'id']);
    expect(rows[1]).toEqual(['a.txt', 'Inter-Services Intelligence', 'organization', 'ISI', '2', '4', '']);
    expect(rows[2]![1]).toBe(`'=HYPERLINK("x")`);
    expect(rows[3]).toEqual(['b, "c".txt', 'place', 'place', '', '1', '0', ''].map((c, i) => (i === 1 ? 'Kabul\nValley' : c)));
  });

  it('writes a row per mention with --mentions, and TSV with tabs', async () => {
    const rows = parse(await writeAll('tsv', results, { mentions: true }), { delimiter: '\t' }) as string[][];
    expect(rows[0]).toEqual(['path', 'name', 'type', 'text', 'start', 'end', 'id']);
    expect(rows.slice(1).map((r) => r[3])).toEqual([`'=HYPERLINK("x")`, 'Inter-Services Intelligence', 'ISI', 'Kabul\nValley']);
  });

  it('adds a context column, before the id, to the mention rows when the mentions carry context', async () => {
    const withContext: DocumentResult[] = [{ path: 'a.txt', entities: [{ name: 'ISI', type: 'organization', id: 'agencies:ISI', count: 1, mentions: [{ text: 'ISI', start: 4, end: 7, context: 'the ISI said\n-' }] }] }];
    const rows = parse(await writeAll('csv', withContext, { mentions: true, context: true })) as string[][];
    expect(rows).toEqual([
      ['path', 'name', 'type', 'text', 'start', 'end', 'context', 'id'],
      ['a.txt', 'ISI', 'organization', 'ISI', '4', '7', 'the ISI said\n-', 'agencies:ISI'],
    ]);
    expect((await writeAll('csv', withContext, { mentions: true })).split('\n')[0]).toBe('path,name,type,text,start,end,id');
  });

  it('starts with a BOM only when asked', async () => {
    expect((await writeAll('csv', results, { bom: true })).startsWith('\uFEFFpath,')).toBe(true);
    expect((await writeAll('csv', results)).startsWith('path,')).toBe(true);
  });

  it('prints a table grouped by type without colour unless asked', async () => {
    const table = await writeAll('table', results);
    expect(table).toContain('Organizations');
    expect(table).toContain('Inter-Services Intelligence (ISI)');
    expect(table).not.toMatch(/\u001b\[/);
    expect(await writeAll('table', results, { color: true })).toMatch(/\u001b\[/);
    expect(table.split('\n').every((line) => line.length <= 80)).toBe(true);
  });
});

describe('a large document', () => {
  // Over LARGE_DOCUMENT_MENTIONS mentions, interleaved between entities, with text a CSV cell quotes
  // and characters outside Latin-1, so the pieces' order and their UTF-8 are both tested.
  const names = ['Inter-Services Intelligence', 'Kabul, "Valley"', 'Zürich', '=SUM(1)', 'Ürümqi Ōsaka'];
  const perEntity = Math.ceil(LARGE_DOCUMENT_MENTIONS / names.length) + 1;
  const large: DocumentResult = {
    path: 'big ü.txt',
    entities: names.map((name, e) => ({
      name,
      type: 'place' as const,
      count: perEntity,
      mentions: Array.from({ length: perEntity }, (_, k) => ({ text: name, start: (k * names.length + e) % (perEntity * 3), end: 0, evidence: 'list:places-cities' })),
    })),
  };
  const decode = (chunk: string | Uint8Array) => (typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk));
  const source = { text: '', ordinal: 0 };

  it('is written as UTF-8 bytes, a piece at a time, with the same text as in one string', async () => {
    expect(isLargeResult(large)).toBe(true);
    const json = (await createWriter('json')).document(large, source);
    expect(json).toBeInstanceOf(Uint8Array);
    expect(decode(json)).toBe(JSON.stringify(large));
    expect(decode((await createWriter('ndjson')).document(large, source))).toBe(`${JSON.stringify(large)}\n`);
    const pretty = decode((await createWriter('json', { pretty: true })).document(large, source));
    expect(pretty).toBe(`\n${JSON.stringify(large, null, 2).replace(/^/gm, '    ')}`);
  });

  it('writes its mention rows in the text order, mentions at one offset in their entities order', async () => {
    const csv = (await createWriter('csv', { mentions: true, explain: true })).document(large, source);
    expect(csv).toBeInstanceOf(Uint8Array);
    const rows = parse(decode(csv)) as string[][];
    const expected = large.entities
      .flatMap((e) => e.mentions.map((m) => [large.path, e.name.startsWith('=') ? `'${e.name}` : e.name, e.type, m.text.startsWith('=') ? `'${m.text}` : m.text, String(m.start), String(m.end), '', m.evidence]))
      .sort((a, b) => Number(a[4]) - Number(b[4]));
    expect(rows).toEqual(expected);
  });

  it('is told apart from a small one by its mentions', () => {
    expect(isLargeResult(results[0]!)).toBe(false);
    expect(isLargeResult({ path: 'a', entities: [{ ...large.entities[0]!, mentions: large.entities[0]!.mentions.slice(0, LARGE_DOCUMENT_MENTIONS - 1) }] })).toBe(false);
  });
});
