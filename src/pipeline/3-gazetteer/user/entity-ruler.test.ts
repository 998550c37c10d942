import { describe, expect, it } from 'vitest';
import { dataFileErrorOf } from '../../../../fixtures/data-file-error.js';
import { phraseOfTokens, readEntityRulerPatterns } from './entity-ruler.js';

const read = (...lines: unknown[]) => readEntityRulerPatterns('patterns.jsonl', lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n'));

describe('readEntityRulerPatterns', () => {
  it('maps spaCy labels to our types and keeps other labels, lower-cased', () => {
    expect(read({ label: 'ORG', pattern: 'Jaish-e-Mohammed' }, { label: 'GPE', pattern: 'Kupwara' }, { label: 'PERSON', pattern: 'Masood Azhar' }, { label: 'WEAPON', pattern: 'Zarbeh' }, { label: 'NORP', pattern: 'Kashmiri' })).toEqual([
      { name: 'Jaish-e-Mohammed', type: 'organization', aliases: [], lines: [1] },
      { name: 'Kupwara', type: 'place', aliases: [], lines: [2] },
      { name: 'Masood Azhar', type: 'person', aliases: [], lines: [3] },
      { name: 'Zarbeh', type: 'weapon', aliases: [], lines: [4] },
      { name: 'Kashmiri', type: 'norp', aliases: [], lines: [5] },
    ]);
  });

  it('groups the patterns of one id into one entity named by the first, which keeps the id', () => {
    expect(read({ label: 'ORG', pattern: 'Jaish-e-Mohammed', id: 'jem' }, { label: 'GPE', pattern: 'Bahawalpur' }, { label: 'ORG', pattern: 'JeM', id: 'jem' }, { label: 'ORG', pattern: [{ LOWER: 'jaish' }, { ORTH: '-' }, { LOWER: 'e' }, { ORTH: '-' }, { LOWER: 'muhammad' }], id: 'jem' })).toEqual([
      { name: 'Jaish-e-Mohammed', type: 'organization', aliases: ['JeM', 'Jaish-e-Muhammad'], lines: [1, 3, 4], id: 'jem' },
      { name: 'Bahawalpur', type: 'place', aliases: [], lines: [2] },
    ]);
  });

  it('skips blank lines and a BOM, and counts lines as written for errors', () => {
    expect(readEntityRulerPatterns('p.jsonl', '\uFEFF{"label":"ORG","pattern":"ISI"}\r\n\r\n{"label":"ORG","pattern":"LeT"}\r\n')).toHaveLength(2);
    expect(dataFileErrorOf(() => read({ label: 'ORG', pattern: 'ISI' }, '', { label: 'ORG', pattern: [{ POS: 'PROPN' }] })).line).toBe(3);
  });

  it('refuses token attributes it cannot match as a phrase, naming file, line and token', () => {
    const error = dataFileErrorOf(() => read({ label: 'ORG', pattern: 'ISI' }, { label: 'ORG', pattern: [{ LOWER: 'lashkar' }, { LOWER: 'e', OP: '?' }] }));
    expect(error.message).toBe('patterns.jsonl:2: token 2: expected one attribute (LOWER, ORTH or TEXT), found LOWER, OP');
    expect(dataFileErrorOf(() => read({ label: 'ORG', pattern: [{ POS: 'PROPN' }] })).reason).toMatch(/token 1: attribute "POS" is not supported/);
    expect(dataFileErrorOf(() => read({ label: 'ORG', pattern: [{ LOWER: { IN: ['a', 'b'] } }] })).reason).toMatch(/LOWER must be a non-empty string/);
  });

  it('reports lines that are not patterns', () => {
    expect(dataFileErrorOf(() => read('{"label": "ORG", pattern: "x"}')).reason).toMatch(/^not JSON/);
    expect(dataFileErrorOf(() => read({ pattern: 'x' })).reason).toBe('"label" must be a string');
    expect(dataFileErrorOf(() => read({ label: 'ORG' })).reason).toMatch(/"pattern" must be/);
    expect(dataFileErrorOf(() => read({ label: 'ORG', pattern: ' ' })).reason).toBe('the pattern is empty');
    expect(dataFileErrorOf(() => read({ label: 'WORK OF ART', pattern: 'x' })).reason).toMatch(/not a type name/);
    expect(dataFileErrorOf(() => read('[1, 2]')).reason).toMatch(/one pattern object a line/);
  });
});

describe('phraseOfTokens', () => {
  it('joins words with spaces and hyphen tokens without, capitalising LOWER words but connectors', () => {
    expect(phraseOfTokens([{ attribute: 'LOWER', value: 'jaish' }, { attribute: 'ORTH', value: '-' }, { attribute: 'LOWER', value: 'e' }, { attribute: 'ORTH', value: '-' }, { attribute: 'ORTH', value: 'Mohammed' }])).toBe('Jaish-e-Mohammed');
    expect(phraseOfTokens([{ attribute: 'LOWER', value: 'jammu' }, { attribute: 'LOWER', value: 'and' }, { attribute: 'LOWER', value: 'kashmir' }])).toBe('Jammu and Kashmir');
    expect(phraseOfTokens([{ attribute: 'TEXT', value: 'ISI' }])).toBe('ISI');
  });
});
