import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tokenize } from './2-tokenize/tokenize.js';
import { loadBuiltInGazetteer } from './3-gazetteer/load.js';
import { matchGazetteer } from './3-gazetteer/match.js';
import { findDefinitions } from './4-acronyms/definitions.js';
import { linkShortForms } from './4-acronyms/link.js';
import { applyRules } from './5-rules/rules.js';
import { linkPartialNames, oneSensePerDocument } from './6-resolve/merge.js';
import { propagateNames } from './6-resolve/propagate.js';
import { changeMention, makeMention } from './mention.js';

const LAYOUT = ['start', 'end', 'text', 'type', 'source', 'canonical', 'isShortForm', 'isGuess', 'isTypedByContext', 'evidence', 'listed'];

describe('makeMention', () => {
  it('lays every mention out alike, whichever fields it is given, and changes keep the layout', () => {
    const bare = makeMention({ start: 0, end: 3, text: 'ISI', type: 'acronym', source: 'acronym', evidence: 'x' });
    const full = makeMention({ listed: undefined, isGuess: true, canonical: 'Inter-Services Intelligence', isShortForm: true, start: 0, end: 3, text: 'ISI', type: 'organization', source: 'acronym', evidence: 'x' });
    expect(Object.keys(bare)).toEqual(LAYOUT);
    expect(Object.keys(full)).toEqual(LAYOUT);
    const changed = changeMention(full, { type: 'place' });
    expect(Object.keys(changed)).toEqual(LAYOUT);
    expect(changed).toMatchObject({ type: 'place', canonical: 'Inter-Services Intelligence', isGuess: true });
  });

  it('is how every stage makes its mentions', () => {
    const text = `${readFileSync(new URL('../../seeds/000_7896003b2d4fef40.txt', import.meta.url), 'utf8')}\nGeneral Asim Munir met Munir's aides and the Crimson Lotus (CL) in Kabul. CL denied it.`;
    const gazetteer = loadBuiltInGazetteer();
    const tokens = tokenize(text);
    const listed = matchGazetteer(text, tokens, gazetteer);
    const ruled = applyRules(text, tokens, listed, gazetteer.words).ruled;
    const linked = linkShortForms(text, tokens, findDefinitions(text, tokens), [...listed, ...ruled], gazetteer.words);
    const named = linkPartialNames(text, tokens, oneSensePerDocument([...listed, ...ruled, ...linked]), gazetteer.words);
    const propagated = propagateNames(text, tokens, named, gazetteer.words);
    for (const mentions of [listed, ruled, linked, named, propagated]) {
      expect(mentions.length).toBeGreaterThan(0);
      for (const m of mentions) expect(Object.keys(m)).toEqual(LAYOUT);
    }
  });
});
