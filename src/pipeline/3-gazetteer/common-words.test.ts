import { describe, expect, it } from 'vitest';
import type { Token } from '../../types.js';
import { tokenize } from '../2-tokenize/tokenize.js';
import { gazetteerFromFiles } from './gazetteer.js';
import { plainWord } from '../2-tokenize/fold-word.js';
import { isCommonWordAsWritten, isCommonWordSpelt, isDemonymAsWritten, isStopWordAsWritten, isStopWordSpelt, spellingOf } from './common-words.js';

const header = (list: string) => `# list: ${list}\n# source: test\n# licence: CC0-1.0\n# columns: word<TAB>kind\n`;
const { words } = gazetteerFromFiles([
  { fileName: 'common-words.tsv', content: `${header('common-words')}lids\tcommon\nsad\tcommon\nmeeting\tcommon\n` },
  { fileName: 'stop-words.tsv', content: `${header('stop-words')}Still\tcommon\n` },
  { fileName: 'demonyms.tsv', content: `${header('demonyms')}Scot\tScotland\n` },
]);
const token = (word: string): Token => tokenize(word)[0]!;

describe('word lists asked about a word as written', () => {
  it('takes a common word in any case, folded or not', () => {
    expect(['Meeting', 'MEETING', 'lids', 'Sad'].map((w) => isCommonWordAsWritten(token(w), words))).toEqual([true, true, true, true]);
  });

  it('leaves names whose folded key is a common word’s: Leeds is not lids, Saad not sad, Miting not meeting', () => {
    expect(['Leeds', 'Saad', 'Miting'].map((w) => isCommonWordAsWritten(token(w), words))).toEqual([false, false, false]);
  });

  it('asks stop words and demonyms as written too: Stil is no stop word, Scott no demonym', () => {
    expect([isStopWordAsWritten(token('STILL'), words), isStopWordAsWritten(token('Stil'), words)]).toEqual([true, false]);
    expect([isDemonymAsWritten(token('Scot'), words), isDemonymAsWritten(token('Scott'), words)]).toEqual([true, false]);
    expect([isStopWordSpelt('stil', 'still', words), isStopWordSpelt('stil', 'stil', words)]).toEqual([true, false]);
  });

  it('asks about a word spelt out as a name part is too', () => {
    expect([isCommonWordSpelt('lids', 'lids', words), isCommonWordSpelt('lids', 'leeds', words)]).toEqual([true, false]);
  });

  it("spells a token as plainWord does, by the shorter way where its key is its lower case", () => {
    for (const word of ['Leeds', 'LEEDS', 'kabul', 'Zürich', "O'Brien", 'I', 'McDonald', 'Haqqani']) expect(spellingOf(token(word))).toBe(plainWord(word));
  });
});
