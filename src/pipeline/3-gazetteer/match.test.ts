import { describe, expect, it } from 'vitest';
import { SMALL_GAZETTEER_FILES, smallGazetteer } from '../../../fixtures/small-gazetteer.js';
import { tokenize } from '../2-tokenize/tokenize.js';
import { foldWord } from '../2-tokenize/fold-word.js';
import { isWrittenAsShortForm } from './fold.js';
import { gazetteerFromFiles } from './gazetteer.js';
import { matchGazetteer } from './match.js';

const gazetteer = smallGazetteer();
const match = (text: string) => matchGazetteer(text, tokenize(text), gazetteer).map((m) => [m.text, m.type, m.canonical]);

describe('foldWord', () => {
  it('folds case, diacritics and common transliteration doublings', () => {
    expect(foldWord('Tehreek')).toBe(foldWord('Tehrik'));
    expect(foldWord('Haqqani')).toBe(foldWord('Haqani'));
    expect(foldWord('Kābul')).toBe('kabul');
  });
});

describe('isWrittenAsShortForm', () => {
  it('takes capitals-heavy single words as short forms and names as names', () => {
    expect(['US', 'ISI', 'LeT', 'IS-KP', 'U.S.'].map(isWrittenAsShortForm)).toEqual([true, true, true, true, true]);
    expect(['Taliban', 'New Delhi', 'McDonald'].map(isWrittenAsShortForm)).toEqual([false, false, false]);
  });
});

describe('matchGazetteer', () => {
  it('matches transliteration and hyphen variants to one canonical name', () => {
    expect(match('Jaish-e-Muhammad and JAISH-I-MOHAMMAD and Tehreek e Taliban Pakistan')).toEqual([
      ['Jaish-e-Muhammad', 'organization', 'Jaish-e-Mohammed'],
      ['JAISH-I-MOHAMMAD', 'organization', 'Jaish-e-Mohammed'],
      ['Tehreek e Taliban Pakistan', 'organization', 'Tehrik-i-Taliban Pakistan'],
    ]);
  });

  it('matches short forms case-sensitively: US but not "us"', () => {
    expect(match('Tell us about the US and U.S. aid')).toEqual([
      ['US', 'place', 'United States'],
      ['U.S.', 'place', 'United States'],
    ]);
  });

  it('needs names written as names: "new delhi" in lower case is not matched', () => {
    expect(match('a new delhi office in New Delhi and NEW DELHI')).toEqual([
      ['New Delhi', 'place', 'New Delhi'],
      ['NEW DELHI', 'place', 'New Delhi'],
    ]);
  });

  it('prefers the longest name and keeps connectors inside it', () => {
    expect(match('Tehrik-i-Taliban Pakistan in Jammu and Kashmir')).toEqual([
      ['Tehrik-i-Taliban Pakistan', 'organization', 'Tehrik-i-Taliban Pakistan'],
      ['Jammu and Kashmir', 'place', 'Jammu and Kashmir'],
    ]);
  });

  it('splits places joined by a hyphen and stops before a possessive', () => {
    expect(match("the Afghanistan-Pakistan border, Pakistan's army")).toEqual([
      ['Afghanistan', 'place', 'Afghanistan'],
      ['Pakistan', 'place', 'Pakistan'],
      ['Pakistan', 'place', 'Pakistan'],
    ]);
  });

  it('takes no common word opening a sentence for a listed name spelt a little differently', () => {
    const gazetteer = gazetteerFromFiles([
      ...SMALL_GAZETTEER_FILES,
      { fileName: 'places-extra.tsv', content: '# list: x\n# source: tests\n# licence: CC0\n# columns: name<TAB>type<TAB>aliases\nSomme\tplace\t\n' },
      { fileName: 'common-words.tsv', content: '# list: x\n# source: tests\n# licence: CC0\n# columns: word<TAB>kind\nsome\tcommon\n' },
    ]);
    const text = 'Some fled. They crossed the Somme.';
    expect(matchGazetteer(text, tokenize(text), gazetteer).map((m) => m.text)).toEqual(['Somme']);
  });

  it('takes no common word for a listed word it only folds into ("STILL" is not "Steel")', () => {
    const gazetteer = gazetteerFromFiles([
      ...SMALL_GAZETTEER_FILES,
      { fileName: 'organizations-extra.tsv', content: '# list: x\n# source: tests\n# licence: CC0\n# columns: name<TAB>type<TAB>aliases\nUS Steel\torganization\t\n' },
      { fileName: 'common-words.tsv', content: '# list: x\n# source: tests\n# licence: CC0\n# columns: word<TAB>kind\nstill\tcommon\nsteel\tcommon\n' },
    ]);
    const text = 'US STILL HUNTS ISKP\nShares of US Steel rose; Tehreek e Taliban Pakistan';
    expect(matchGazetteer(text, tokenize(text), gazetteer).map((m) => m.text)).toEqual(['US', 'US Steel', 'Tehreek e Taliban Pakistan']);
  });

  it('leaves a leading "The" out of a listed name', () => {
    const gazetteer = gazetteerFromFiles([
      ...SMALL_GAZETTEER_FILES,
      { fileName: 'organizations-media.tsv', content: '# list: x\n# source: tests\n# licence: CC0\n# columns: name<TAB>type<TAB>aliases\nDaily Star\torganization\tThe Daily Star\n' },
    ]);
    const text = 'told The Daily Star on Friday';
    expect(matchGazetteer(text, tokenize(text), gazetteer).map((m) => [m.text, m.canonical])).toEqual([['Daily Star', 'Daily Star']]);
  });
});

describe('matchGazetteer and Arabic articles', () => {
  it('matches a listed name whose article is written in lower case, hyphen-joined or apart', () => {
    expect(match('Strikes near Deir ez-Zor and Deir ez Zor.')).toEqual([
      ['Deir ez-Zor', 'place', 'Deir ez-Zor'],
      ['Deir ez Zor', 'place', 'Deir ez-Zor'],
    ]);
  });
});
