import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { smallGazetteer } from '../../fixtures/small-gazetteer.js';
import { extract } from '../index.js';
import type { Entity } from '../types.js';

/** The evidence of each mention written `written` in the text, with its entity's type, in text order. */
function evidenceOf(text: string, written: string, options = {}): string[] {
  const found: [number, string][] = [];
  for (const e of extract(text, { explain: true, ...options })) {
    for (const m of e.mentions) if (m.text === written) found.push([m.start, `${e.type} ${m.evidence}`]);
  }
  return found.sort((a, b) => a[0] - b[0]).map(([, evidence]) => evidence);
}

describe('--explain: the evidence of each kind', () => {
  it('names the built-in list a listed name comes from', () => {
    expect(evidenceOf('Pakistan and the Taliban met.', 'Pakistan')).toEqual(['place list:places-countries']);
    expect(evidenceOf('Pakistan and the Taliban met.', 'Taliban')).toEqual(['organization list:organizations-militant']);
  });

  it('names the definition on the long form and on every use of the short form, and an unknown short form', () => {
    const text = 'The Qirwal Liberation Front (QLF) struck. Later the QLF withdrew, and the XQZ too.';
    expect(evidenceOf(text, 'Qirwal Liberation Front')).toEqual(['organization acronym:Qirwal Liberation Front (QLF)']);
    expect(evidenceOf(text, 'QLF')).toEqual(['organization acronym:Qirwal Liberation Front (QLF)', 'organization acronym:Qirwal Liberation Front (QLF)']);
    expect(evidenceOf(text, 'XQZ')).toEqual(['acronym acronym:unknown']);
  });

  it.each([
    ['He visited the Kotli Barrage last week.', 'Kotli Barrage', 'place rule:head-word Barrage'],
    ['They climbed Mount Qirwal on Monday.', 'Mount Qirwal', 'place rule:place-first Mount'],
    ['Then Tehreek-e-Zarbeh claimed it.', 'Tehreek-e-Zarbeh', 'organization rule:organization-first Tehreek'],
    ['Later Douglas & Lomason reported a loss.', 'Douglas & Lomason', 'organization rule:ampersand'],
    ['He joined the 3rd Battalion last year.', '3rd Battalion', 'organization rule:ordinal'],
    ['Troops moved in Northern Iraq on Monday.', 'Northern Iraq', 'place rule:region Northern'],
    ['Later Gen. Qirwal Zamanov met them.', 'Qirwal Zamanov', 'person rule:title Gen.'],
    ['Then I. Qirwal arrived.', 'I. Qirwal', 'person rule:initial'],
    ['Later Zamanov Qirwal said no.', 'Zamanov Qirwal', 'person rule:context said'],
    ['There was fighting in Qirwaldar yesterday.', 'Qirwaldar', 'place rule:context in'],
    ['The price of Qirwal shares fell.', 'Qirwal', 'organization rule:organization-cue shares'],
    ['Troops entered Hawijah on Monday.', 'Hawijah', 'place rule:town Hawijah'],
    ['Troops entered Dayr Az Zayr on Monday.', 'Dayr Az Zayr', 'place rule:town-skeleton Dayr Az Zayr'],
    ['Later Asim Zqxov met them.', 'Asim Zqxov', 'person rule:given-name Asim'],
    ['Later Qirwal Khan arrived.', 'Qirwal Khan', 'person rule:surname Khan'],
    ['Later Zorbu Qirwal arrived.', 'Zorbu Qirwal', 'person rule:guess'],
  ])('names the rule and its cue: %s', (text, written, expected) => {
    expect(evidenceOf(text, written)).toEqual([expected]);
  });

  it('names the Arabic particle that makes a person', () => {
    // The small gazetteer holds no given name "al", which the built-in one does (and which would decide first).
    expect(evidenceOf('officials said that al-Logari was held', 'al-Logari', { gazetteer: smallGazetteer() })).toEqual(['person rule:particle al']);
  });

  it('adds the later steps: a place retyped as a team, a partial name, a propagated word, a list, a vote', () => {
    const match = 'Leicestershire beat Somerset by 20 runs. The innings closed early after two wickets.';
    expect(evidenceOf(match, 'Somerset')).toEqual(['organization list:places-divisions; rule:team']);
    expect(evidenceOf('Abhinav Qirwal spoke. Later, Qirwal met the press.', 'Qirwal')).toEqual(['person rule:partial-name Abhinav Qirwal']);
    expect(evidenceOf('He went to the village of Qirwaldar. Troops then attacked Qirwaldar at dawn.', 'Qirwaldar')).toEqual([
      'place rule:context village',
      'place rule:propagated Qirwaldar',
    ]);
    expect(evidenceOf('Troops were in Lahore and Qirwaldar on Monday.', 'Qirwaldar')).toEqual(['place rule:listed-with Lahore']);
    expect(evidenceOf('Qirwal shares rose. Qirwal profits fell. Qirwal said it would grow.', 'Qirwal')).toEqual([
      'organization rule:organization-cue shares',
      'organization rule:organization-cue profits',
      'organization rule:context said; vote:organization',
    ]);
  });

  it('leaves the evidence out unless asked', () => {
    for (const e of extract('Pakistan and the Taliban met. Later Zamanov Qirwal said no.')) for (const m of e.mentions) expect(m).not.toHaveProperty('evidence');
  });
});

// The seed article and every text fixture.
const root = fileURLToPath(new URL('../..', import.meta.url));
function textFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return textFiles(path);
    return /\.(txt|md)$/.test(name) && !name.includes('utf16') && !name.includes('latin1') ? [path] : [];
  });
}
const texts = [...textFiles(join(root, 'seeds')), ...textFiles(join(root, 'fixtures'))].map((path) => readFileSync(path, 'utf8'));

const STEP = String.raw`(?:; (?:rule:team|vote:[\w.-]+|tagger:\w+))*`;
const EVIDENCE = new RegExp(String.raw`^(?:list:[a-z-]+|acronym:unknown|acronym:.+ \(.+\)|rule:[a-z-]+(?: .+)?)${STEP}$`);
const LIST_TYPES: Record<string, string> = { places: 'place', organizations: 'organization', people: 'person' };

/** What the evidence says of the entity, checked against it: the type a list or a vote gives, the name a definition or a full name gives. */
function checkAgainstEntity(evidence: string, entity: Entity): void {
  const vote = /; vote:(\S+)$/.exec(evidence);
  if (vote) expect(entity.type).toBe(vote[1]);
  const list = /^list:([a-z]+)-[a-z-]+$/.exec(evidence);
  if (list) expect(entity.type).toBe(LIST_TYPES[list[1]!]);
  const definition = /^acronym:(.+) \((.+)\)$/.exec(evidence);
  if (definition) expect(entity.name).toBe(definition[1]);
  const fullName = /^rule:partial-name (.+)$/.exec(evidence);
  if (fullName) expect(entity.name).toBe(fullName[1]);
  if (evidence === 'acronym:unknown') expect(entity.type).toBe('acronym');
  if (evidence.endsWith('; rule:team')) expect(entity.type).toBe('organization');
}

describe('--explain over the seed article and the fixtures', () => {
  it(`gives every mention of ${texts.length} texts evidence that agrees with its entity`, () => {
    expect(texts.length).toBeGreaterThan(5);
    let mentions = 0;
    for (const text of texts) {
      for (const entity of extract(text, { explain: true })) {
        for (const m of entity.mentions) {
          expect(m.evidence).toMatch(EVIDENCE);
          checkAgainstEntity(m.evidence!, entity);
          mentions++;
        }
      }
    }
    expect(mentions).toBeGreaterThan(100);
  });

  it('changes nothing else: the same entities and mentions as without it', () => {
    for (const text of texts) {
      const plain = extract(text);
      const explained = extract(text, { explain: true }).map((e) => ({ ...e, mentions: e.mentions.map(({ evidence: _, ...m }) => m) }));
      expect(explained).toEqual(plain);
    }
  });
});
