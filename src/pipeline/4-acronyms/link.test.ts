import { describe, expect, it } from 'vitest';
import { smallGazetteer } from '../../../fixtures/small-gazetteer.js';
import { tokenize } from '../2-tokenize/tokenize.js';
import { matchGazetteer } from '../3-gazetteer/match.js';
import { findDefinitions } from './definitions.js';
import { linkShortForms } from './link.js';

const gazetteer = smallGazetteer();

function link(text: string) {
  const tokens = tokenize(text);
  const listed = matchGazetteer(text, tokens, gazetteer);
  return linkShortForms(text, tokens, findDefinitions(text, tokens), listed, gazetteer.words).map((m) => [m.text, m.type, m.canonical ?? null]);
}

describe('linkShortForms', () => {
  it('links the long form and every later use of the short form, in any hyphenation', () => {
    expect(link('Most of ISKP fled. The Islamic State Khorasan Province (IS-KP) grew; IS-KP struck.')).toEqual([
      ['Islamic State Khorasan Province', 'organization', 'Islamic State Khorasan Province'],
      ['ISKP', 'organization', 'Islamic State Khorasan Province'],
      ['IS-KP', 'organization', 'Islamic State Khorasan Province'],
      ['IS-KP', 'organization', 'Islamic State Khorasan Province'],
    ]);
  });

  it('links a short form of two words, defined so, as one use, before its last word alone is a short form of another', () => {
    const text = 'The Africa Centres for Disease Control (Africa CDC) met. Africa CDC and the Centers for Disease Control (CDC) spoke; CDC agreed.';
    expect(link(text)).toEqual([
      ['Africa Centres for Disease Control', 'organization', 'Africa Centres for Disease Control'],
      ['Centers for Disease Control', 'organization', 'Centers for Disease Control'],
      ['Africa CDC', 'organization', 'Africa Centres for Disease Control'],
      ['Africa CDC', 'organization', 'Africa Centres for Disease Control'],
      ['CDC', 'organization', 'Centers for Disease Control'],
      ['CDC', 'organization', 'Centers for Disease Control'],
    ]);
  });

  it("takes the long form's type from a listed name it covers", () => {
    expect(link('in the United States (USA) and USA')[0]).toEqual(['United States', 'place', 'United States']);
  });

  it("types an unlisted long form by its head word, not by a name inside it", () => {
    expect(link('the Organisation for Security and Cooperation in Europe (OSCE) and the Swat Valley (SV)').map(([text, type]) => [text, type])).toEqual([
      ['Organisation for Security and Cooperation in Europe', 'organization'],
      ['Swat Valley', 'place'],
      ['OSCE', 'organization'],
      ['SV', 'place'],
    ]);
  });

  it('types an unknown undefined short form as acronym, and leaves a defined term that is no name', () => {
    expect(link('The XYZF said an improvised explosive device (IED) hit. IED attacks.')).toEqual([['XYZF', 'acronym', null]]);
  });

  it('takes a hyphenated model number whole, not its letters as an unknown acronym', () => {
    expect(link('two AK-47 rifles and an XYZF flag')).toEqual([['XYZF', 'acronym', null]]);
  });

  it("makes a numbered unit's unknown short form an organization, number and all, but not a team's before its score", () => {
    expect(link('Airmen of the 507th ARW left; the XQZF did not; CTF 50 sailed, as OB 3 and XQZF 4 scored.')).toEqual([
      ['507th ARW', 'organization', null],
      ['XQZF', 'acronym', null],
      ['CTF 50', 'organization', null],
      ['OB', 'acronym', null],
      ['XQZF', 'acronym', null],
    ]);
  });
});

