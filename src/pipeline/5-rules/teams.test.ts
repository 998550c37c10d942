import { describe, expect, it } from 'vitest';
import type { Mention, WordSet } from '../../types.js';
import { foldWord } from '../2-tokenize/fold-word.js';
import { tokenize } from '../2-tokenize/tokenize.js';
import { retypeTeams } from './teams.js';

/** The names as listed places, each found after the one before it: name them in the text's order. */
function places(text: string, names: string[]): Mention[] {
  let from = 0;
  return names.map((name) => {
    const start = text.indexOf(name, from);
    from = start + name.length;
    return { start, end: start + name.length, text: name, type: 'place', source: 'gazetteer', canonical: name, evidence: 'list:places-cities' };
  });
}

/** Words as the gazetteer keys them: each word folded ("Bulls" → "buls"). */
function wordSet(words: string[]): WordSet {
  const set = new Set(words.map((phrase) => phrase.split(' ').map(foldWord).join(' ')));
  return { has: (word) => set.has(word), hasKeyOf: (token) => set.has(token.key) };
}
const noNicknames = wordSet([]);

const retype = (text: string, names: string[]) =>
  retypeTeams(text, tokenize(text), { listed: places(text, names), ruled: [] }, new Map([['Australia', 'AU']]), noNicknames).listed.map((m) => [m.text, m.type]);

describe('retypeTeams', () => {
  it('makes cities followed by scores in a results table their teams, but not countries', () => {
    const text = 'Chicago 11 Toronto 2\nDetroit 4 Boston 0\nAustralia 251';
    expect(retype(text, ['Chicago', 'Toronto', 'Detroit', 'Boston', 'Australia'])).toEqual([
      ['Chicago', 'organization'],
      ['Toronto', 'organization'],
      ['Detroit', 'organization'],
      ['Boston', 'organization'],
      ['Australia', 'place'],
    ]);
  });

  it('leaves places alone in ordinary prose and before dates', () => {
    const text = 'LONDON 1996-08-30 Blasts in Kabul 5 times; Peshawar 10 people; Quetta quiet.';
    expect(retype(text, ['LONDON', 'Kabul', 'Peshawar', 'Quetta']).every(([, type]) => type === 'place')).toBe(true);
  });

  it('keeps a dateline and a venue named by its own head word places in sports reporting', () => {
    const text = 'LAHORE — Babar hit an unbeaten century at the Gaddafi Stadium as Karachi beat Multan by six wickets.';
    const tokens = tokenize(text);
    const stadium = { ...places(text, ['Gaddafi Stadium'])[0]!, source: 'rule' as const, evidence: 'rule:head-word Stadium' };
    const { listed, ruled } = retypeTeams(text, tokens, { listed: places(text, ['LAHORE', 'Karachi', 'Multan']), ruled: [stadium] }, new Map(), noNicknames);
    expect([...listed, ...ruled].map((m) => [m.text, m.type])).toEqual([
      ['LAHORE', 'place'],
      ['Karachi', 'organization'],
      ['Multan', 'organization'],
      ['Gaddafi Stadium', 'place'],
    ]);
  });

  it('keeps a place before a date a dateline inside sports reporting', () => {
    const text = 'Kent beat Surrey by an innings and six wickets.\nLONDON 1996-08-30 Kent declared.';
    const tokens = tokenize(text);
    const listed = places(text, ['Kent', 'Surrey', 'LONDON']);
    expect(retypeTeams(text, tokens, { listed, ruled: [] }, new Map(), noNicknames).listed.map((m) => [m.text, m.type])).toEqual([
      ['Kent', 'organization'],
      ['Surrey', 'organization'],
      ['LONDON', 'place'],
    ]);
  });

  it('adds the unlisted names that open a row of a results table', () => {
    const text = 'Chicago 11 Toronto 2\nDetroit 4 Boston 0\nBrechin 3 0 3 0 2 2 3 Queen of the South 3 1 0 2\nS. Watkin 4-28';
    const tokens = tokenize(text);
    const { ruled } = retypeTeams(text, tokens, { listed: places(text, ['Chicago', 'Toronto', 'Detroit', 'Boston']), ruled: [] }, new Map(), noNicknames);
    expect(ruled.map((m) => [m.text, m.type])).toEqual([
      ['Brechin', 'organization'],
      ['Queen of the South', 'organization'],
    ]);
  });

  it('makes places next to match words teams in sports reporting, and every mention of them', () => {
    const text = 'Leicestershire beat Somerset by an innings. Somerset lost six wickets in Taunton. Somerset will tour.';
    expect(retype(text, ['Leicestershire', 'Somerset', 'Taunton'])).toEqual([
      ['Leicestershire', 'organization'],
      ['Somerset', 'organization'],
      ['Taunton', 'place'],
    ]);
  });

  it('leaves places next to the same words alone outside sports reporting', () => {
    const text = 'Troops beat back fighters in Somerset and marched against Taunton.';
    expect(retype(text, ['Somerset', 'Taunton']).every(([, type]) => type === 'place')).toBe(true);
  });

  it('makes every city or county of sports reporting a team, except where it is named as a venue', () => {
    const text = 'By stumps Kent had reached 108 for three in Canterbury, after six wickets fell before the close of the innings.';
    expect(retype(text, ['Kent', 'Canterbury'])).toEqual([
      ['Kent', 'organization'],
      ['Canterbury', 'place'],
    ]);
  });

  it('keeps a dateline a place even where the same city is a team in the table below it', () => {
    const text = 'CHICAGO 1996-08-30\nChicago 11 Toronto 2\nDetroit 4 Boston 0';
    const tokens = tokenize(text);
    const listed: Mention[] = [];
    for (const [name, at] of [['CHICAGO', 0], ['Chicago', 19], ['Toronto', 30], ['Detroit', 40], ['Boston', 50]] as const) {
      listed.push({ start: at, end: at + name.length, text: name, type: 'place', source: 'gazetteer', canonical: name === 'CHICAGO' ? 'Chicago' : name, evidence: 'list:places-cities' });
    }
    expect(retypeTeams(text, tokens, { listed, ruled: [] }, new Map(), noNicknames).listed.map((m) => m.type)).toEqual(['place', 'organization', 'organization', 'organization', 'organization']);
  });

  it("takes a team sport's slug for sports reporting, and a slug of a sport of players for none", () => {
    const slugged = 'SOCCER - BARATELLI TO COACH NICE .\nNICE , France 1996-08-30\nBaratelli, who played for Nice and Paris, takes over.';
    const tokens = tokenize(slugged);
    const { listed } = retypeTeams(slugged, tokens, { listed: places(slugged, ['NICE', 'NICE', 'Nice', 'Paris']), ruled: [] }, new Map(), noNicknames);
    // The dateline is a place, whatever its town is elsewhere, and keeps its type through the vote.
    expect(listed.map((m) => [m.text, m.type, m.isTypedByContext === true])).toEqual([
      ['NICE', 'organization', false],
      ['NICE', 'place', true],
      ['Nice', 'organization', false],
      ['Paris', 'organization', false],
    ]);
    const solo = 'TENNIS - WASHINGTON OUT .\nWashington beat Rios in five sets; the winger and the striker watched. Washington said so.';
    expect(retype(solo, ['Washington', 'Washington']).map(([, type]) => type)).toEqual(['place', 'place']);
  });

  it("keeps a town a place before a team's or ground's noun, in parentheses and after a ground", () => {
    const text =
      'CRICKET - FIXTURES .\nJune 5 First test ( at Trent Bridge , Nottingham ) v Kent. The Volgograd side lost at the Kosevo stadium. Ato Boldon ( Trinidad ) ran. At Grace Road , Leicestershire extended their innings.';
    expect(retype(text, ['Nottingham', 'Kent', 'Volgograd', 'Kosevo', 'Trinidad', 'Leicestershire'])).toEqual([
      ['Nottingham', 'place'],
      ['Kent', 'organization'],
      ['Volgograd', 'place'],
      ['Kosevo', 'place'],
      ['Trinidad', 'place'],
      ['Leicestershire', 'organization'],
    ]);
  });

  it('takes a town heading a scorecard for the venue, its ground in parentheses or not', () => {
    const text = 'CRICKET - SCORES .\nLondon ( The Oval ) : Warwickshire 195 , Surrey 108-3 . Hove : Sussex 200 . Kent beat London rivals.';
    expect(retype(text, ['London', 'Warwickshire', 'Surrey', 'Hove', 'Sussex', 'Kent']).map(([, type]) => type)).toEqual([
      'place', 'organization', 'organization', 'place', 'organization', 'organization',
    ]);
  });

  it("makes a club's nickname a club in sports reporting, but not opening a sentence nor outside sports", () => {
    const nicknames = wordSet(['braves', 'cubs', 'jays', 'blue jays']);
    const nicknamed = (text: string) => retypeTeams(text, tokenize(text), { listed: [], ruled: [] }, new Map(), nicknames).ruled.map((m) => m.text);
    expect(nicknamed('BASEBALL - ROUNDUP .\nIn Chicago, the Braves and Cubs split a doubleheader, and the Blue Jays won. Cubs shortstop Jose Hernandez erred.')).toEqual(['Braves', 'Cubs', 'Blue Jays']);
    expect(nicknamed('The choir sang as the Braves and Cubs of the scout troop marched past.')).toEqual([]);
    const table = 'RUGBY LEAGUE - SEMIFINAL .\nWigan 42 Bradford Bulls 36';
    const guessed = { ...places(table, ['Bradford Bulls'])[0]!, type: 'person' as const, source: 'rule' as const, evidence: 'rule:given-name Bradford' };
    const { ruled } = retypeTeams(table, tokenize(table), { listed: [], ruled: [guessed] }, new Map(), wordSet(['Bulls']));
    expect(ruled.map((m) => [m.text, m.type])).toEqual([['Bradford Bulls', 'organization']]);
  });

  it("marks a dateline town typed by its own words though the listed club's rule made its other mentions the club", () => {
    const text = 'BASEBALL - RANGERS WIN .\nARLINGTON , Texas 1996-08-31\nThe Texas Rangers won . Rodriguez gave Texas a 2-0 lead , the best in Texas history .';
    const start = text.indexOf('Texas Rangers');
    const club = { start, end: start + 13, text: 'Texas Rangers', type: 'organization' as const, source: 'gazetteer' as const, canonical: 'Texas Rangers', evidence: 'list:organizations-sports' };
    const [dateline, , later, inTexas] = places(text, ['Texas', 'Texas', 'Texas', 'Texas']);
    const { listed } = retypeTeams(text, tokenize(text), { listed: [dateline!, club, later!, inTexas!], ruled: [] }, new Map(), noNicknames);
    expect(listed.map((m) => [m.text, m.type, m.isTypedByContext === true])).toEqual([
      ['Texas', 'place', true],
      ['Texas Rangers', 'organization', false],
      ['Texas', 'organization', false],
      ['Texas', 'place', true],
    ]);
  });
});

