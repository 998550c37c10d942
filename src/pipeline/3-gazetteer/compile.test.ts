import { describe, expect, it } from 'vitest';
import { compileEntries, layerGazetteers } from './compile.js';

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

  it('keeps phrases sorted by kind and key, and word flags sorted by word, for the binary searches', () => {
    const kindThenKey = layered.phrases.map(([key, , isShortForm]) => `${isShortForm}${key}`);
    expect(kindThenKey).toEqual([...kindThenKey].sort());
    expect(layered.wordFlags[0]).toEqual([...layered.wordFlags[0]].sort());
  });
});
