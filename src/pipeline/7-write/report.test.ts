import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { EntitySummary } from '../../types.js';
import { formatReport, type Report } from './report.js';
import { SUMMARY_COLUMNS } from './summary.js';
import type { OutputFormat, WriteOptions } from './writer.js';

const rows: EntitySummary[] = [
  { name: 'Inter-Services Intelligence', type: 'organization', acronym: 'ISI', documents: 2, mentions: 5, first_path: 'a.txt', id: 'agencies:ISI' },
  { name: '=cmd|x', type: 'weapon', documents: 1, mentions: 1, first_path: 'b, "c".txt' },
];
const report: Report<EntitySummary> = { name: 'entities', columns: SUMMARY_COLUMNS, rows };

async function text(format: OutputFormat, options: WriteOptions = {}, of: Report<EntitySummary> = report): Promise<string> {
  let out = '';
  for await (const chunk of formatReport(format, of, options)) out += chunk;
  return out;
}

describe('formatReport', () => {
  it('writes JSON {"<name>":[…]} that parses back to the rows, pretty or not, empty or not', async () => {
    expect(JSON.parse(await text('json'))).toEqual({ entities: rows });
    expect(JSON.parse(await text('json', { pretty: true }))).toEqual({ entities: rows });
    expect(JSON.parse(await text('json', { pretty: true }, { ...report, rows: [] }))).toEqual({ entities: [] });
    expect(await text('json', {}, { ...report, rows: [] })).toBe('{"entities":[]}\n');
  });

  it('writes one row a line as NDJSON', async () => {
    expect((await text('ndjson')).trimEnd().split('\n').map((line) => JSON.parse(line))).toEqual(rows);
  });

  it('writes CSV and TSV with a header, empty cells for absent values, formulas neutralised', async () => {
    const csv = parse(await text('csv')) as string[][];
    expect(csv).toEqual([
      [...SUMMARY_COLUMNS],
      ['Inter-Services Intelligence', 'organization', 'ISI', '2', '5', 'a.txt', 'agencies:ISI'],
      ["'=cmd|x", 'weapon', '', '1', '1', 'b, "c".txt', ''],
    ]);
    expect(parse(await text('tsv', { bom: true }), { delimiter: '\t', bom: true })).toEqual(csv);
    expect((await text('tsv', { bom: true })).startsWith('\uFEFFname\t')).toBe(true);
  });

  it('writes an aligned table that fits the width, without the ids (for programs, not readers)', async () => {
    const table = await text('table', { width: 60 });
    const lines = table.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^name +type +acronym +documents +mentions +first_path$/);
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(60);
    expect(table).not.toMatch(/\u001b\[/);
    expect(await text('table', { color: true })).toMatch(/\u001b\[/);
  });
});
