import { describe, expect, it } from 'vitest';
import { smallGazetteer } from '../../../fixtures/small-gazetteer.js';
import { tokenize } from '../2-tokenize/tokenize.js';
import { matchGazetteer } from '../3-gazetteer/match.js';
import { applyRules } from './rules.js';

const gazetteer = smallGazetteer();

function rules(text: string) {
  const tokens = tokenize(text);
  return applyRules(text, tokens, matchGazetteer(text, tokens, gazetteer), gazetteer.words).ruled.map((m) => [m.text, m.type]);
}

describe('applyRules', () => {
  it('types a capitalised phrase by its head word', () => {
    expect(rules('He met the Swat Valley elders and the Kurram Network chiefs.')).toEqual([
      ['Swat Valley', 'place'],
      ['Kurram Network', 'organization'],
    ]);
  });

  it('keeps a demonym before a generic head but drops it before a full name', () => {
    expect(rules('the Pakistani Army and the Pakistani Khyber Rifles Army')).toEqual([
      ['Pakistani Army', 'organization'],
      ['Khyber Rifles Army', 'organization'],
    ]);
  });

  it('leaves titles out of a person and a title word out of an organization', () => {
    expect(rules('said Lt. Gen. Asim Munir and President Zardari at the General Headquarters')).toEqual([
      ['Asim Munir', 'person'],
      ['Zardari', 'person'],
      ['General Headquarters', 'organization'],
    ]);
  });

  it('drops sentence-initial common words, demonyms and stop words on their own', () => {
    expect(rules('Moreover, Indian and Islamic groups met on Monday. Reportedly Abhinav Pandya wrote.')).toEqual([['Abhinav Pandya', 'person']]);
  });

  it('splits a chunk around a listed name when no head word joins it', () => {
    expect(rules('In Pakistan Abhinav Pandya wrote.')).toEqual([['Abhinav Pandya', 'person']]);
  });

  it('keeps a given name and a surname that is also a listed town together as a person', () => {
    expect(rules('its poster boy, Burhan Wani, was killed')).toEqual([['Burhan Wani', 'person']]);
  });

  it('types unknown names by the words around them', () => {
    expect(rules('the village of Beighpora in the Awantipora area; Sanaullah Ghafari, alias Shahab al-Muhajir')).toEqual([
      ['Beighpora', 'place'],
      ['Awantipora', 'place'],
      ['Sanaullah Ghafari', 'person'],
      ['Shahab al-Muhajir', 'person'],
    ]);
    expect(rules('officials said that al-Logari was held at Kot Lakhpat jail')).toEqual([
      ['al-Logari', 'person'],
      ['Kot Lakhpat', 'place'],
    ]);
  });

  it('types a name before a land-form or division noun as a place, even one led by a given name', () => {
    expect(rules('Fighters withdrew into the Lynn Miskaad mountains and the Golis hills of Burhan province.')).toEqual([
      ['Lynn Miskaad', 'place'],
      ['Golis', 'place'],
      ['Burhan', 'place'],
    ]);
    // A camp follows a person too ("the Trump camp"): the given name still decides there.
    expect(rules('Aides in the Lynn Miskaad camp disagreed.')).toEqual([['Lynn Miskaad', 'person']]);
    // A place named after a person is a place: "Charles de Gaulle airport".
    expect(rules('Flights left Lynn Miskaad airport and the Zorvan checkpoint.')).toEqual([
      ['Lynn Miskaad', 'place'],
      ['Zorvan', 'place'],
    ]);
  });

  it("reads a newspaper by the word after its name, but not the owner before a possessive", () => {
    expect(rules("The Zorvo Quill daily reported that Hen Quillby's newspaper closed.")).toEqual([
      ['Zorvo Quill', 'organization'],
      ['Hen Quillby', 'person'],
    ]);
  });

  it('guesses no person for a name opened by a Romance article', () => {
    expect(rules('Fans packed La Zorbonera before the Los Quillbos game; Zorvan Quillby watched.')).toEqual([['Zorvan Quillby', 'person']]);
  });

  it('takes no title across the end of a sentence', () => {
    const text = 'The council named him Foreign Minister. Zorvan Quillby took power. Lt. Gen. Asim Munir spoke.';
    const tokens = tokenize(text);
    const found = applyRules(text, tokens, matchGazetteer(text, tokens, gazetteer), gazetteer.words).ruled;
    expect(found.map((m) => [m.text, m.evidence])).toEqual([
      ['Zorvan Quillby', 'rule:guess'],
      ['Asim Munir', 'rule:title Lt. Gen.'],
    ]);
  });

  it('keeps "X of <generic words>" after a title inside the title', () => {
    expect(rules('said Inspector General of Police (Kashmir) Vijay Kumar, and Maulana Asim Munir')).toEqual([
      ['Vijay Kumar', 'person'],
      ['Asim Munir', 'person'],
    ]);
  });

  it('guesses no person after "the", nor from stop words alone', () => {
    expect(rules('hotels in Colombo, the Cinnamon Grand and the Kingsbury; Islamic Monday')).toEqual([['Colombo', 'place']]);
    expect(rules('aid worker Zorblat Ahmadi and Islamic')).toEqual([['Zorblat Ahmadi', 'person']]);
  });

  it('reads a surname-first name with a listed town in it as a person, and an ampersand as a firm', () => {
    expect(rules('met Wang Wani and Douglas & Lomason')).toEqual([
      ['Wang Wani', 'person'],
      ['Douglas & Lomason', 'organization'],
    ]);
  });

  it('reads an organization from the noun before it, an initial as part of a name, and a title alone as nobody', () => {
    expect(rules('the Yugoslav news agency Tanjug reported; A. Dale scored; the Polish Foreign Minister Asim Munir and the President left')).toEqual([
      ['Tanjug', 'organization'],
      ['A. Dale', 'person'],
      ['Asim Munir', 'person'],
    ]);
  });

  it('guesses no person in the words that qualify a title', () => {
    expect(rules('Indian External Affairs President Abhinav Pandya met')).toEqual([['Abhinav Pandya', 'person']]);
  });

  it('types a name no entity list holds as a place by the towns list, in any of its spellings', () => {
    expect(rules('Near Tal Afar and near Al Huwayjah, strikes hit Dayr Az Zawr; Jamal Croft said.')).toEqual([
      ['Tal Afar', 'place'],
      ['Al Huwayjah', 'place'],
      ['Dayr Az Zawr', 'place'],
      ['Jamal Croft', 'person'],
    ]);
  });

  it('leaves a one-word town that is a surname, and a name led by a given name, to the other evidence', () => {
    expect(rules('Croft bowled well. Asim Croft arrived. Troops held Sinjar.')).toEqual([
      ['Asim Croft', 'person'],
      ['Sinjar', 'place'],
    ]);
  });

  it('types by a place word first and drops operations and times', () => {
    expect(rules('on Mount Sinjar during Operation Inherent Resolve at Greenwich Mean Time')).toEqual([['Mount Sinjar', 'place']]);
  });

  it('keeps a unit number in a unit name', () => {
    expect(rules('soldiers from 3rd Battalion, 321st Field Artillery Regiment')).toEqual([
      ['3rd Battalion', 'organization'],
      ['321st Field Artillery Regiment', 'organization'],
    ]);
  });

  it('guesses a person for capitalised words with no evidence, but not when one is a common word', () => {
    expect(rules('He called Zorbal Quint at the Energy Desk yesterday.')).toEqual([['Zorbal Quint', 'person']]);
  });

  it("types a name by a company's words after it, possessive or not", () => {
    expect(rules("Investors sold Zentrova shares while Kelmar 's output rose.")).toEqual([
      ['Zentrova', 'organization'],
      ['Kelmar', 'organization'],
    ]);
  });

  it('reads "X of Y" as two names when a whole name stands before "of"', () => {
    expect(rules('said economist Lynn Reaser of Barnett Banks, and Daniels Pharmaceuticals Inc of Al Hawijah agreed.')).toEqual([
      ['Lynn Reaser', 'person'],
      ['Barnett Banks', 'organization'],
      ['Daniels Pharmaceuticals Inc', 'organization'],
      ['Al Hawijah', 'place'],
    ]);
  });

  it("keeps an abbreviated legal form's full stop in the name", () => {
    expect(rules('shares of Zentrova Corp. rose')).toEqual([['Zentrova Corp.', 'organization']]);
  });

  it('opens a person with an initial, even one that is also a stop word', () => {
    expect(rules('c Tillekeratne b Fleming 13 I. Healy run out 9')).toContainEqual(['I. Healy', 'person']);
  });
});

