import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { DocumentResult } from '../../types.js';
import { writeAll } from './writer.js';

const explained: DocumentResult[] = [
  {
    path: 'a.txt',
    entities: [
      {
        name: 'Inter-Services Intelligence', type: 'organization', acronym: 'ISI', count: 2,
        mentions: [
          { text: 'Inter-Services Intelligence', start: 4, end: 31, evidence: 'acronym:Inter-Services Intelligence (ISI)', context: 'The Inter-Services' },
          { text: 'ISI', start: 33, end: 36, evidence: 'acronym:Inter-Services Intelligence (ISI)', context: '(ISI)' },
        ],
      },
      {
        name: 'Qirwal', type: 'organization', count: 2,
        mentions: [
          { text: 'Qirwal', start: 40, end: 46, evidence: 'rule:organization-cue shares', context: 'Qirwal shares' },
          { text: 'Qirwal', start: 60, end: 66, evidence: 'rule:context said; vote:organization', context: 'Qirwal said' },
        ],
      },
    ],
  },
];

describe('writers with --explain', () => {
  it('CSV --mentions: an evidence column last, after context and id, each mention its own', async () => {
    const rows = parse(await writeAll('csv', explained, { mentions: true, context: true, explain: true })) as string[][];
    expect(rows[0]).toEqual(['path', 'name', 'type', 'text', 'start', 'end', 'context', 'id', 'evidence']);
    expect(rows.slice(1).map((row) => [row[3], row[4], row[8]])).toEqual([
      ['Inter-Services Intelligence', '4', 'acronym:Inter-Services Intelligence (ISI)'],
      ['ISI', '33', 'acronym:Inter-Services Intelligence (ISI)'],
      ['Qirwal', '40', 'rule:organization-cue shares'],
      ['Qirwal', '60', 'rule:context said; vote:organization'],
    ]);
  });

  it('TSV per entity: each distinct evidence of its mentions once, in text order, split by " | "', async () => {
    const rows = parse(await writeAll('tsv', explained, { explain: true }), { delimiter: '\t' }) as string[][];
    expect(rows[0]).toEqual(['path', 'name', 'type', 'acronym', 'count', 'first_start', 'id', 'evidence']);
    expect(rows.slice(1).map((row) => row[7])).toEqual(['acronym:Inter-Services Intelligence (ISI)', 'rule:organization-cue shares | rule:context said; vote:organization']);
  });

  it('the table: the evidence dimmed on a line under each entity', async () => {
    const table = await writeAll('table', explained, { explain: true, color: true, width: 120 });
    const lines = table.split('\n');
    const at = lines.findIndex((line) => line.includes('Qirwal'));
    expect(lines[at + 1]).toBe('      \u001b[2mrule:organization-cue shares | rule:context said; vote:organization\u001b[22m');
    expect(await writeAll('table', explained, { width: 120 })).not.toContain('rule:');
  });

  it('the page: the evidence in each mark\'s hover, after what a short form stands for', async () => {
    const text = `${'The Inter-Services Intelligence (ISI)'.padEnd(40)}${'Qirwal shares.'.padEnd(20)}Qirwal said`;
    const html = await writeAll('html', explained, {}, [text]);
    expect(html).toContain('title="ISI → Inter-Services Intelligence\nacronym:Inter-Services Intelligence (ISI)">ISI</mark>');
    expect(html).toContain('title="rule:context said; vote:organization">Qirwal</mark>');
  });
});
