import { describe, expect, it } from 'vitest';
import { compileEntries, compileGazetteer, layerGazetteers, WORD_FLAGS } from './compile.js';

describe('layerGazetteers', () => {
  const user = compileEntries([{ list: 'user:a.csv', entries: [{ name: 'Taliban', type: 'militia', aliases: ['TTP'] }] }]);
  const builtIn = compileEntries([
    { list: 'organizations', entries: [{ name: 'Tehrik-i-Taliban Pakistan', type: 'organization', aliases: ['TTP'] }, { name: 'Taliban', type: 'organization', aliases: [] }] },
  ]);
  const layered = layerGazetteers(user, builtIn);

  it('keeps the first gazetteer\'s phrases and only the keys of the second it does not claim', () => {
    const owner = (key: string, isShortForm: 0 | 1) => layered.entries[layered.phrases.find(([k, , s]) => k === key && s === isShortForm)![1]]!;
    expect(owner('TTP', 1)).toEqual(['Taliban', 'militia', 'user:a.csv']);
    expect(owner('taliban', 0)).toEqual(['Taliban', 'militia', 'user:a.csv']);
    expect(layered.phrases.filter(([key]) => key === 'TTP')).toHaveLength(1);
  });

  it('moves the second gazetteer\'s entry indices past the first\'s entries', () => {
    const [, entry] = layered.phrases.find(([key]) => key.startsWith('tehri'))!;
    expect(layered.entries[entry]![0]).toBe('Tehrik-i-Taliban Pakistan');
  });

  it('keeps every field of the second gazetteer\'s phrases, the spelling folding changed included', () => {
    const isClaimed = ([key, , isShortForm]: (typeof builtIn.phrases)[number]) => user.phrases.some(([k, , s]) => k === key && s === isShortForm);
    const moved = builtIn.phrases.filter((p) => !isClaimed(p)).map(([key, entry, ...rest]) => [key, entry + user.entries.length, ...rest]);
    const fromUser = new Set(user.phrases.map(([key, , isShortForm]) => `${isShortForm}${key}`));
    expect(layered.phrases.filter(([key, , isShortForm]) => !fromUser.has(`${isShortForm}${key}`))).toEqual(moved);
    expect(builtIn.phrases.some((phrase) => phrase.length === 4)).toBe(true);
  });

  it('keeps phrases sorted by kind and key, and word flags sorted by word, one order whatever order the lists came in', () => {
    const kindThenKey = layered.phrases.map(([key, , isShortForm]) => `${isShortForm}${key}`);
    expect(kindThenKey).toEqual([...kindThenKey].sort());
    expect(layered.wordFlags[0]).toEqual([...layered.wordFlags[0]].sort());
  });
});

describe('compileGazetteer: place skeletons', () => {
  const header = (list: string) => `# list: ${list}\n# source: test\n# licence: CC0\n# columns: name<TAB>type<TAB>aliases\n`;
  const skeletonsOf = (files: { fileName: string; content: string }[]) => {
    const compiled = compileGazetteer(files);
    const [skeletons, entries] = compiled.skeletonEntries;
    return Object.fromEntries(skeletons.map((s, i) => [s, compiled.entries[entries[i]!]![0]]));
  };

  it('gives a place name of two words its skeleton, won by the entry that won the name', () => {
    expect(skeletonsOf([
      { fileName: 'places-cities.tsv', content: `${header('places-cities')}Deir ez-Zor\tplace\t\n` },
      { fileName: 'places-divisions.tsv', content: `${header('places-divisions')}Deir ez-Zor\tplace\tDeir ez-Zor Governorate\n` },
    ])).toEqual({ 'dr zr': 'Deir ez-Zor', 'dr zr gvrnrt': 'Deir ez-Zor' });
  });

  it('names no place by a skeleton two places share', () => {
    expect(skeletonsOf([{ fileName: 'places-cities.tsv', content: `${header('places-cities')}Bab Tuma\tplace\t\nBaba Tima\tplace\t\n` }])).toEqual({});
  });
});

describe('compileGazetteer: club nicknames', () => {
  const entities = (list: string, rows: string) => ({ fileName: `${list}.tsv`, content: `# list: ${list}\n# source: test\n# licence: CC0\n# columns: name<TAB>type<TAB>aliases\n${rows}` });
  const demonyms = { fileName: 'demonyms.tsv', content: '# list: demonyms\n# source: test\n# licence: CC0\n# columns: word<TAB>kind\nIndians\tdemonym\n' };

  it("flags the plural that ends a club's name, and its last two words, but not a people's name", () => {
    const compiled = compileGazetteer([
      entities('organizations-sports', 'Chicago Cubs\torganization\t\nToronto Blue Jays\torganization\t\nCleveland Indians\torganization\t\nLeeds United\torganization\t\nCubs\torganization\t\n'),
      entities('places-cities', 'Chicago Heights\tplace\t\n'),
      demonyms,
    ]);
    const [words, bits] = compiled.wordFlags;
    const nicknames = words.filter((_, i) => bits[i]! & WORD_FLAGS.teamNickname);
    expect(nicknames).toEqual(['blue jays', 'cubs', 'jays']);
  });
});
