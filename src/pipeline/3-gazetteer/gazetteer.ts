// The gazetteer in memory: phrase tries, entries, and the word lists the rules use, all read straight
// from the compiled tables (tables.ts): dist/gazetteer.bin for the built-in lists, or tables built at
// start-up from a compiled gazetteer (users' lists, or TSV files directly).
import { type EntityType, type ListedName, NOT_LOOKED_UP, type Token, type WordLists, type WordSet } from '../../types.js';
import { listEvidence } from '../evidence.js';
import { boundedMemo } from '../memo.js';
import { openingsOf } from '../openings.js';
import { type CompiledGazetteer, compileGazetteer, SKELETON_PREFIX, type SourceFile, WORD_FLAGS } from './compile.js';
import { PackedStrings, unpackPlace } from './packed.js';
import { PhraseTrie } from './phrase-trie.js';
import { StringTable } from './string-table.js';
import { buildPlaceTables, buildTables, type GazetteerTables, PLACE_FLAG_UNIT, type PlaceTables } from './tables.js';

export type { PhraseHit } from './phrase-trie.js';

/** What a phrase hit names. */
export type { ListedName } from '../../types.js';

export interface Gazetteer {
  /** The entry of a PhraseHit. */
  entryAt(index: number): ListedName;
  /**
   * Countries' ISO 3166-1 codes by their canonical names: a country stays a place even where a city
   * would be a sports team, and a place listed in a country gives its code (ListedName.geo).
   */
  countries: ReadonlyMap<string, string>;
  /** Short forms, keyed by their words as written. */
  exact: PhraseTrie;
  /** Names, keyed by folded words. */
  folded: PhraseTrie;
  /** The index of the token's key in the folded names' vocabulary, which the word lists share (-1: none). */
  keyIndexOf(token: Token): number;
  /** The index of the token as written in the short forms' vocabulary (-1: none). */
  textIndexOf(token: Token): number;
  words: WordLists;
  /** The listed place whose name has this transliteration skeleton ("dr zr" → Deir ez-Zor), if one does. */
  placeBySkeleton(skeleton: string): ListedName | undefined;
}

const COUNTRY_LIST = 'places-countries';

export function buildGazetteer(compiled: CompiledGazetteer): Gazetteer {
  return gazetteerFromTables(buildTables(compiled), () => buildPlaceTables(compiled));
}

/**
 * `loadPlaces` gives the place evidence (the built-in gazetteer keeps it in dist/places.bin): called
 * once, when a text first asks about a town.
 */
export function gazetteerFromTables(tables: GazetteerTables, loadPlaces: () => PlaceTables): Gazetteer {
  const names = new PackedStrings(tables.entryNames, tables.entryTypes.length);
  const spellings = new PackedStrings(tables.spellings, tables.spellingCount);
  const spellingAt = (index: number) => spellings.at(index);
  const wordIndex = rememberedIndex(new StringTable(tables.words));
  const shortFormWords = new StringTable(tables.shortFormWords);
  const shortFormWordIndex = rememberedIndex(shortFormWords);
  // Short forms open in capitals ("ISI", "LeT"), and most capitalised words of a text ("Khan") are
  // then not hashed and looked up among them at all.
  const opensShortFormWord = openingsOf(shortFormWords.strings());
  const keyIndexOf = (token: Token): number => {
    if (token.keyIndex === NOT_LOOKED_UP) token.keyIndex = wordIndex(token.key);
    return token.keyIndex;
  };
  const textIndexOf = (token: Token): number => {
    if (token.textIndex === NOT_LOOKED_UP) token.textIndex = opensShortFormWord(token.text) ? shortFormWordIndex(token.text) : -1;
    return token.textIndex;
  };
  const entryAt = entryMaker(tables, names);
  const countryList = tables.lists.indexOf(COUNTRY_LIST);
  const countries = new Map<string, string>();
  tables.entryLists.forEach((list, i) => {
    if (list === countryList) countries.set(names.at(i), entryAt(i).geo?.country ?? '');
  });
  return {
    entryAt,
    placeBySkeleton: skeletonFinder(tables, entryAt),
    countries,
    folded: new PhraseTrie(tables.folded, wordIndex, false, spellingAt),
    exact: new PhraseTrie(tables.exact, shortFormWordIndex, true, spellingAt),
    keyIndexOf,
    textIndexOf,
    words: wordListsOf(wordIndex, keyIndexOf, tables.wordBits, placeFlagsOf(loadPlaces)),
  };
}

/**
 * A word's index, remembered: a text asks about the same word object several times (its trie
 * branch, then each word list the rules try), and a Map hashes a string once, where the table's
 * hash is worked out afresh each time.
 */
function rememberedIndex(table: StringTable): (word: string) => number {
  return boundedMemo((word) => table.indexOf(word));
}

/**
 * Each entry made once, when first matched: one name string for all its mentions, whose hash the
 * later stages' look-ups then compute once. Ids and place facts are indexed on the first match.
 */
function entryMaker(tables: GazetteerTables, names: PackedStrings): (index: number) => ListedName {
  const made: (ListedName | undefined)[] = new Array(names.length);
  let facts: { ids: PackedStrings; places: PackedStrings } | undefined;
  return (index) => {
    let entry = made[index];
    if (entry) return entry;
    facts ??= { ids: new PackedStrings(tables.entryIds, names.length), places: new PackedStrings(tables.entryPlaces, names.length) };
    const name = names.at(index);
    const geo = unpackPlace(facts.places.at(index));
    // Without an id of its own, an entry is known by its list and name: stable while the list keeps it.
    const list = tables.lists[tables.entryLists[index]!]!;
    const id = facts.ids.at(index) || `${list}:${name}`;
    entry = { name, type: tables.types[tables.entryTypes[index]!] as EntityType, id, evidence: listEvidence(list), ...(geo ? { geo } : {}) };
    made[index] = entry;
    return entry;
  };
}

function skeletonFinder(tables: GazetteerTables, entryAt: (index: number) => ListedName): (skeleton: string) => ListedName | undefined {
  const skeletons = new StringTable(tables.skeletons);
  return (skeleton) => {
    const i = skeletons.indexOf(skeleton);
    return i < 0 ? undefined : entryAt(tables.skeletonEntries[i]!);
  };
}

/** The place evidence's flags of a word, from its tables, loaded when first asked. */
function placeFlagsOf(loadPlaces: () => PlaceTables): (word: string) => number {
  let table: { words: StringTable; flags: Uint8Array } | undefined;
  return (word) => {
    if (!table) {
      const places = loadPlaces();
      table = { words: new StringTable(places.words), flags: places.flags };
    }
    const i = table.words.indexOf(word);
    return i < 0 ? 0 : table.flags[i]! * PLACE_FLAG_UNIT;
  };
}

/** The word lists' flags, by the word's index in the words' table. */
function wordListsOf(wordIndex: (word: string) => number, keyIndexOf: (token: Token) => number, bits: Int32Array, placeFlagsOf: (word: string) => number): WordLists {
  // The rules ask several lists about one word in a row (given name? surname? common word?), most
  // often the same string a token holds: the last answer is kept before the table's look-up.
  let lastWord = '';
  let lastFlags = 0;
  const flagsOf = (word: string): number => {
    if (word !== lastWord) {
      const i = wordIndex(word);
      lastFlags = i < 0 ? 0 : bits[i]!;
      lastWord = word;
    }
    return lastFlags;
  };
  const flagsOfKey = (token: Token): number => {
    const i = keyIndexOf(token);
    return i < 0 ? 0 : bits[i]!;
  };
  const view = (flag: number): WordSet => ({ has: (word) => (flagsOf(word) & flag) !== 0, hasKeyOf: (token) => (flagsOfKey(token) & flag) !== 0 });
  const placeView = (has: (word: string) => boolean): WordSet => ({ has, hasKeyOf: (token) => has(token.key) });
  return {
    givenNames: view(WORD_FLAGS.given),
    surnames: view(WORD_FLAGS.surname),
    titles: view(WORD_FLAGS.title),
    titleWords: view(WORD_FLAGS.titleWord),
    commonWords: view(WORD_FLAGS.common),
    ordinarySpellings: view(WORD_FLAGS.ordinarySpelling),
    ordinaryWords: view(WORD_FLAGS.common | WORD_FLAGS.stop | WORD_FLAGS.title | WORD_FLAGS.demonym),
    demonyms: view(WORD_FLAGS.demonym),
    stopWords: view(WORD_FLAGS.stop),
    organizationHeads: view(WORD_FLAGS.organization),
    organizationStarts: view(WORD_FLAGS['organization-first']),
    placeHeads: view(WORD_FLAGS.place),
    placeStarts: view(WORD_FLAGS['place-first']),
    noEntityHeads: view(WORD_FLAGS['no-entity']),
    noEntityStarts: view(WORD_FLAGS['no-entity-first']),
    teamNicknames: view(WORD_FLAGS.teamNickname),
    towns: placeView((key) => (placeFlagsOf(key) & WORD_FLAGS.town) !== 0),
    placeSkeletons: placeView((skeleton) => (placeFlagsOf(SKELETON_PREFIX + skeleton) & WORD_FLAGS.placeSkeleton) !== 0),
  };
}

export function gazetteerFromFiles(files: readonly SourceFile[]): Gazetteer {
  return buildGazetteer(compileGazetteer(files));
}

