import { describe, expect, it } from 'vitest';
import type { ListedName, Mention } from '../../types.js';
import { tokenize } from '../2-tokenize/tokenize.js';
import { loadBuiltInGazetteer } from '../3-gazetteer/load.js';
import { makeMention } from '../mention.js';
import { unbindCountryAliases } from './country-aliases.js';

const gazetteer = loadBuiltInGazetteer();
const assembly: ListedName = { name: 'National Assembly of Pakistan', type: 'organization', id: 'organizations-agencies:National Assembly of Pakistan', evidence: 'list:organizations-agencies' };
const lahore: ListedName = { name: 'Lahore', type: 'place', id: 'geonames:1172451', evidence: 'list:places-cities', geo: { country: 'PK' } };

/** A listed mention of `entry`, written as the last `written` of the text. */
function listed(text: string, written: string, entry: ListedName): Mention {
  const start = text.lastIndexOf(written);
  return makeMention({ start, end: start + written.length, text: written, type: entry.type, source: 'gazetteer', canonical: entry.name, evidence: entry.evidence, listed: entry });
}

function unbind(text: string, mentions: Mention[]) {
  return unbindCountryAliases(tokenize(text), mentions, gazetteer.words, gazetteer.countries).map((m) => [m.text, m.canonical ?? null, m.listed?.id ?? null, m.evidence]);
}

describe('unbindCountryAliases', () => {
  it("lets a generic alias go of its country's body where the text names neither the country nor a place in it", () => {
    const text = 'The National Assembly met in Dakar.';
    expect(unbind(text, [listed(text, 'National Assembly', assembly)])).toEqual([
      ['National Assembly', null, null, 'list:organizations-agencies; rule:generic-alias'],
    ]);
  });

  it('keeps the entry where the text names the country, by its name or its demonym, or a place listed in it', () => {
    for (const text of ['The National Assembly met in Pakistan.', 'Pakistani lawmakers said the National Assembly met.']) {
      expect(unbind(text, [listed(text, 'National Assembly', assembly)])[0]![2]).toBe(assembly.id);
    }
    const text = 'The National Assembly met; Lahore waited.';
    expect(unbind(text, [listed(text, 'National Assembly', assembly), listed(text, 'Lahore', lahore)])[0]![2]).toBe(assembly.id);
  });

  it('keeps the entry where the text names it otherwise too, and leaves its own name and short forms alone', () => {
    const text = 'The NA met in Dakar; the National Assembly voted.';
    const shortForm = { ...listed(text, 'NA', assembly), isShortForm: true };
    expect(unbind(text, [shortForm, listed(text, 'National Assembly', assembly)]).map((m) => m[2])).toEqual([assembly.id, assembly.id]);
  });
});
