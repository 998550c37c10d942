import { describe, expect, it } from 'vitest';
import { smallGazetteer } from '../../../fixtures/small-gazetteer.js';
import type { Mention } from '../../types.js';
import { tokenize } from '../2-tokenize/tokenize.js';
import { groupEntities, linkPartialNames, oneSensePerDocument } from './merge.js';
import { resolveOverlaps } from './overlaps.js';

const words = smallGazetteer().words;

function mention(text: string, written: string, type: Mention['type'], source: Mention['source'], extra: Partial<Mention> = {}): Mention {
  const start = text.indexOf(written);
  return { start, end: start + written.length, text: written, type, source, ...extra };
}

describe('resolveOverlaps', () => {
  it('keeps a defined long form over a longer rule chunk, and the longer of two listed names', () => {
    const text = 'the Pakistani Inter-Services Intelligence in Kabul University';
    const kept = resolveOverlaps([[
      mention(text, 'Pakistani Inter-Services Intelligence', 'person', 'rule'),
      mention(text, 'Inter-Services Intelligence', 'organization', 'acronym'),
      mention(text, 'Kabul', 'place', 'gazetteer'),
      mention(text, 'Kabul University', 'organization', 'rule'),
    ]]);
    expect(kept.map((m) => m.text)).toEqual(['Inter-Services Intelligence', 'Kabul University']);
  });
});

describe('oneSensePerDocument', () => {
  it('gives a name one type, the one with the most evidence', () => {
    const text = 'Jordan said. Jordan is a country. Jordan again.';
    const first = mention(text, 'Jordan', 'person', 'rule', { isGuess: true });
    const second = { ...first, start: 12, end: 18 };
    const listed = { ...first, start: 35, end: 41, type: 'place' as const, source: 'gazetteer' as const, isGuess: false };
    expect(oneSensePerDocument([first, second, listed]).map((m) => m.type)).toEqual(['place', 'place', 'place']);
  });

  it("weighs a rule that names what a name is over the verb after it, for the name's other mentions", () => {
    const text = 'Zycie Warszawy daily said so. Zycie Warszawy said more. Zycie Warszawy said again. Zycie Warszawy said no.';
    const cued = { ...mention(text, 'Zycie Warszawy', 'organization', 'rule'), evidence: 'rule:organization-cue daily' };
    const at = (k: number) => { const start = text.indexOf('Zycie Warszawy said', k); return { ...mention(text, 'Zycie Warszawy', 'person', 'rule'), start, end: start + 14, evidence: 'rule:context said' }; };
    const second = at(20);
    expect(oneSensePerDocument([cued, second]).map((m) => m.type)).toEqual(['organization', 'organization']);
    const third = at(second.end);
    expect(oneSensePerDocument([cued, second, third, at(third.end)]).map((m) => m.type)).toEqual(['person', 'person', 'person', 'person']);
  });

  it('leaves a mention whose own words settle its type out of the change', () => {
    const text = 'WIGAN , England 1996-08-31\nWigan 42 Bradford 36. Wigan won.';
    const dateline = mention(text, 'WIGAN', 'place', 'gazetteer', { isTypedByContext: true });
    const team = { ...mention(text, 'Wigan', 'organization', 'gazetteer'), evidence: 'list:places-cities; rule:team' };
    const again = { ...team, start: text.lastIndexOf('Wigan'), end: text.lastIndexOf('Wigan') + 5 };
    expect(oneSensePerDocument([dateline, team, again]).map((m) => m.type)).toEqual(['place', 'organization', 'organization']);
  });
});

describe('linkPartialNames', () => {
  it('joins a later surname, and a headline in capitals, to the full name', () => {
    const text = 'ABHINAV PANDYA WRITES\nAbhinav Pandya wrote it. Pandya added more.';
    const full = mention(text, 'Abhinav Pandya', 'person', 'rule');
    const linked = linkPartialNames(text, tokenize(text), [full], words);
    expect(linked.map((m) => [m.text, m.canonical ?? m.text])).toEqual([
      ['ABHINAV PANDYA', 'Abhinav Pandya'],
      ['Abhinav Pandya', 'Abhinav Pandya'],
      ['Pandya', 'Abhinav Pandya'],
    ]);
  });
});

describe('groupEntities', () => {
  it('puts a short form and its long form in one entity named by the long form', () => {
    const text = 'Lashkar-e-Taiba (LeT) and LeT';
    const entities = groupEntities([
      mention(text, 'Lashkar-e-Taiba', 'organization', 'acronym', { canonical: 'Lashkar-e-Taiba' }),
      { ...mention(text, 'LeT', 'organization', 'acronym', { canonical: 'Lashkar-e-Taiba', isShortForm: true }) },
      { start: 26, end: 29, text: 'LeT', type: 'organization', source: 'acronym', canonical: 'Lashkar-e-Taiba', isShortForm: true },
    ]);
    expect(entities).toEqual([
      {
        name: 'Lashkar-e-Taiba',
        type: 'organization',
        acronym: 'LeT',
        count: 3,
        mentions: [
          { text: 'Lashkar-e-Taiba', start: 0, end: 15 },
          { text: 'LeT', start: 17, end: 20 },
          { text: 'LeT', start: 26, end: 29 },
        ],
      },
    ]);
  });
});

describe('linkPartialNames, relinking', () => {
  it('takes a listed one-word place that repeats a person of the document as that person', () => {
    const text = 'Michael Jordan scored. Later Jordan rested, and Dole met Bob Dole.';
    const linked = linkPartialNames(
      text,
      tokenize(text),
      [
        mention(text, 'Michael Jordan', 'person', 'rule'),
        { ...mention(text, 'Jordan', 'place', 'gazetteer', { canonical: 'Jordan' }), start: 29, end: 35 },
        { ...mention(text, 'Bob Dole', 'person', 'rule') },
      ],
      words,
    );
    expect(linked.map((m) => [m.text, m.type, m.canonical ?? m.text])).toEqual([
      ['Michael Jordan', 'person', 'Michael Jordan'],
      ['Jordan', 'person', 'Michael Jordan'],
      ['Dole', 'person', 'Bob Dole'],
      ['Bob Dole', 'person', 'Bob Dole'],
    ]);
  });
});
