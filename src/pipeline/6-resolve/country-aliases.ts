// Mentions → the same mentions, with a country's body named by a generic alias let go of that body
// where the text never names the country. The lists give "Congress" as the Indian National
// Congress's short name and "National Assembly" as Pakistan's, as South Asian papers write them;
// in a text on Peru or Senegal the words name that country's own body, which no list may hold.
import type { ListedName, Mention, Token, WordLists } from '../../types.js';
import { foldWord, plainWord } from '../2-tokenize/fold-word.js';
import { isCommonWordSpelt, isStopWordSpelt } from '../3-gazetteer/common-words.js';
import { ruleEvidence, thenEvidence } from '../evidence.js';
import { changeMention } from '../mention.js';

// How much of a country's word a text must hold to name it: "pakis" of Pakistan and Pakistani,
// "india" of India and Indian, "israe" of Israel and Israeli.
const COUNTRY_STEM_LENGTH = 5;
const GENERIC_ALIAS = ruleEvidence('generic-alias');

/** The country an entry's name names: the start of its word, and its ISO code ('' if unknown). */
interface Country {
  stem: string;
  code: string;
}

// Worked out once an entry (null: its name names no country).
const countriesOf = new WeakMap<ListedName, Country | null>();

/**
 * A listed organization matched by an alias of ordinary words only, whose entry's name holds a
 * country's name or demonym, keeps the entry (its name and identity) where the text names that
 * country or a place listed in it ("Islamabad"), or names the entry by another of its names;
 * elsewhere it keeps its type and is named as written.
 */
export function unbindCountryAliases(tokens: readonly Token[], mentions: readonly Mention[], words: WordLists, countries: ReadonlyMap<string, string>): Mention[] {
  let textKeys: Set<string> | undefined;
  let result: Mention[] | undefined;
  mentions.forEach((mention, i) => {
    const entry = mention.listed;
    if (!entry || mention.type !== 'organization' || mention.isShortForm || mention.text === entry.name) return;
    if (!isGenericAlias(mention.text, words)) return;
    const country = countryOf(entry, words, countries);
    if (country === null) return;
    textKeys ??= new Set(tokens.map((t) => t.key));
    if (namesCountry(textKeys, country.stem) || mentions.some((other) => isInCountry(other, country) || (other.listed === entry && !isGenericAlias(other.text, words)))) return;
    result ??= [...mentions];
    result[i] = changeMention(mention, { canonical: undefined, listed: undefined, evidence: thenEvidence(mention.evidence, GENERIC_ALIAS) });
  });
  return result ?? (mentions as Mention[]);
}

/** Every word of the alias is an ordinary word or a connector: "National Assembly", "Border Police", "Congress". */
function isGenericAlias(text: string, words: WordLists): boolean {
  return text.split(/[\s-]+/).every((word) => {
    const key = foldWord(word);
    const spelling = plainWord(word);
    return word === spelling || isCommonWordSpelt(key, spelling, words) || isStopWordSpelt(key, spelling, words);
  });
}

/** Pakistan for "National Assembly of Pakistan", India for "Indian National Congress"; null where the name names no country. */
function countryOf(entry: ListedName, words: WordLists, countries: ReadonlyMap<string, string>): Country | null {
  let country = countriesOf.get(entry);
  if (country !== undefined) return country;
  country = null;
  const nameWords = entry.name.split(/[\s-]+/);
  const padded = ` ${nameWords.join(' ')} `;
  for (const [name, code] of countries) {
    if (name !== entry.name && padded.includes(` ${name} `)) country = { stem: stemOf(name), code };
  }
  const demonym = country ? undefined : nameWords.find((word) => words.demonyms.has(foldWord(word)));
  if (demonym !== undefined) {
    const stem = stemOf(demonym);
    const named = [...countries].find(([name]) => stemOf(name) === stem);
    country = { stem, code: named?.[1] ?? '' };
  }
  countriesOf.set(entry, country);
  return country;
}

function stemOf(name: string): string {
  return foldWord(name.split(' ')[0]!).slice(0, COUNTRY_STEM_LENGTH);
}

function namesCountry(textKeys: ReadonlySet<string>, stem: string): boolean {
  for (const key of textKeys) if (key.startsWith(stem)) return true;
  return false;
}

function isInCountry(mention: Mention, country: Country): boolean {
  return country.code !== '' && mention.listed?.geo?.country === country.code;
}
