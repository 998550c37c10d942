import { describe, expect, it } from 'vitest';
import { extract, loadGazetteer } from '../../../index.js';

/** Each mention written `written`: its entity's name and type, and its evidence. */
async function evidenceWith(lists: { fileName: string; content: string }[], text: string): Promise<string[]> {
  const gazetteer = await loadGazetteer({ userLists: lists });
  return extract(text, { gazetteer, explain: true })
    .flatMap((e) => e.mentions.map((m) => ({ at: m.start, line: `${m.text} → ${e.name} (${e.type}) ${m.evidence}` })))
    .sort((a, b) => a.at - b.at)
    .map(({ line }) => line);
}

const TEXT = 'The Crimson Lotus Brigade (known as CLB) fired a Zarbeh. Later Crimson Lotus fighters left Kupwara.';

describe('--explain: a user list names its file and line', () => {
  it('CSV: the row of the name or the alias, comment lines and the header counted', async () => {
    const csv = 'name,type,aliases\n# our groups\nCrimson Lotus Brigade,ORG,CLB|Crimson Lotus\n\nZarbeh,weapon\n';
    expect(await evidenceWith([{ fileName: 'lists/ours.csv', content: csv }], TEXT)).toEqual([
      'Crimson Lotus Brigade → Crimson Lotus Brigade (organization) user:lists/ours.csv:3',
      'CLB → Crimson Lotus Brigade (organization) user:lists/ours.csv:3',
      'Zarbeh → Zarbeh (weapon) user:lists/ours.csv:5',
      'Crimson Lotus → Crimson Lotus Brigade (organization) user:lists/ours.csv:3',
      'Kupwara → Kupwara (place) list:places-districts',
    ]);
  });

  it('spaCy patterns sharing an id: one entity, each pattern its own line', async () => {
    const jsonl = [
      '{"label": "ORG", "pattern": "Crimson Lotus Brigade", "id": "clb"}',
      '{"label": "WEAPON", "pattern": [{"ORTH": "Zarbeh"}]}',
      '{"label": "ORG", "pattern": [{"LOWER": "crimson"}, {"LOWER": "lotus"}], "id": "clb"}',
      '{"label": "ORG", "pattern": "CLB", "id": "clb"}',
    ].join('\n');
    expect(await evidenceWith([{ fileName: 'p.jsonl', content: jsonl }], TEXT)).toEqual([
      'Crimson Lotus Brigade → Crimson Lotus Brigade (organization) user:p.jsonl:1',
      'CLB → Crimson Lotus Brigade (organization) user:p.jsonl:4',
      'Zarbeh → Zarbeh (weapon) user:p.jsonl:2',
      'Crimson Lotus → Crimson Lotus Brigade (organization) user:p.jsonl:3',
      'Kupwara → Kupwara (place) list:places-districts',
    ]);
  });

  it('RegexNER: the line of the pattern that won, though priorities reorder the rules', async () => {
    const mapping = 'Kupwara\tLOCATION\nCLB\tORGANIZATION\nKupwara\tDISTRICT\t\t2\n';
    const lines = await evidenceWith([{ fileName: 'map.txt', content: mapping }, { fileName: 'second.csv', content: 'name,type\nZarbeh,weapon\n' }], TEXT);
    expect(lines.filter((line) => /^(CLB|Kupwara|Zarbeh) /.test(line))).toEqual([
      'CLB → CLB (organization) user:map.txt:2',
      'Zarbeh → Zarbeh (weapon) user:second.csv:2',
      'Kupwara → Kupwara (district) user:map.txt:3',
    ]);
  });
});
