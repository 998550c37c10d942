// The gazetteer in memory: phrase keys → entries, and the word lists the rules use. Built from the
// packed form (dist/gazetteer.json, compiled at build time from the TSV files) or from a compiled
// gazetteer (users' lists, or TSV files directly).
import type { EntityType, ListedName, WordLists, WordSet } from '../../types.js';
import { listEvidence } from '../evidence.js';
import { boundedMemo } from '../memo.js';
import { type CompiledGazetteer, compileGazetteer, SKELETON_PREFIX, type SourceFile, WORD_FLAGS } from './compile.js';
import { decodePlaceFlag, type PackedGazetteer, type PackedPlaces, PackedStrings, packGazetteer, unpackPlace } from './packed.js';

export interface PhraseHit {
  entry: number;
  isShortForm: boolean;
  /** The listed words as spelt, where folding changed them: a text word that differs from its
   * listed twin only by folding must not be a common English word ("US STILL" is not US Steel). */
  spelling?: readonly string[];
}

/** A trie over words: a scan follows one child a token and stops where no name goes on. */
export interface PhraseNode {
  hit?: PhraseHit;
  next?: Map<string, PhraseNode>;
}

/** The phrases of one kind: a range of the packed, sorted phrase keys. */
interface PhraseRange {
  keys: PackedStrings;
  entries: readonly number[];
  spellings: PackedStrings;
  from: number;
  to: number;
  /** Short forms, matched as written, or names, matched folded. */
  areShortForms: boolean;
}

/**
 * The trie's root, grown on demand: the phrases stay packed and sorted, and the branch of a first
 * word is built the first time a text holds that word. Building all 23,000 phrases up front was a
 * fifth of the start-up time; a short article touches a few hundred branches.
 */
export class PhraseRoot {
  // Branches kept at once; past it they are dropped and regrown, so memory stays flat on any input.
  private readonly branchOf = boundedMemo((word) => this.grow(word), 50_000);

  constructor(private readonly phrases: PhraseRange) {}

  child(word: string): PhraseNode | undefined {
    return this.branchOf(word) ?? undefined;
  }

  /** Keys that are the word or start with it and a space sort together: [word, word + "!"). */
  private grow(word: string): PhraseNode | null {
    const { keys, entries, spellings, from, to } = this.phrases;
    let i = keys.lowerBound(word, from, to);
    const end = keys.lowerBound(`${word}!`, i, to);
    if (i >= end) return null;
    const branch: PhraseNode = {};
    for (; i < end; i++) {
      const key = keys.at(i);
      if (key !== word && !key.startsWith(`${word} `)) continue;
      let node = branch;
      for (const next of key.split(' ').slice(1)) {
        node.next ??= new Map();
        let child = node.next.get(next);
        if (!child) node.next.set(next, (child = {}));
        node = child;
      }
      const spelling = spellings.at(i);
      const entry = entries[i]!;
      node.hit ??= spelling === '' ? { entry, isShortForm: this.phrases.areShortForms } : { entry, isShortForm: false, spelling: spelling.split(' ') };
    }
    return branch.hit || branch.next ? branch : null;
  }
}

/** What a phrase hit names. */
export type { ListedName } from '../../types.js';

export interface Gazetteer {
  /** The entry of a PhraseHit. */
  entryAt(index: number): ListedName;
  /** Canonical names of countries: a country stays a place even where a city would be a sports team. */
  countryNames: ReadonlySet<string>;
  /** Short forms, keyed by their words as written. */
  exact: PhraseRoot;
  /** Names, keyed by folded words. */
  folded: PhraseRoot;
  words: WordLists;
  /** The listed place whose name has this transliteration skeleton ("dr zr" → Deir ez-Zor), if one does. */
  placeBySkeleton(skeleton: string): ListedName | undefined;
}

const COUNTRY_LIST = 'places-countries';

export function buildGazetteer(compiled: CompiledGazetteer): Gazetteer {
  return buildPackedGazetteer(packGazetteer(compiled));
}

/**
 * `loadPlaces` reads the place evidence where `packed` leaves it out (the built-in gazetteer keeps
 * it in dist/places.json): called once, when a text first asks about a town.
 */
export function buildPackedGazetteer(packed: PackedGazetteer, loadPlaces?: () => PackedPlaces): Gazetteer {
  const names = new PackedStrings(packed.entryNames, packed.entryTypes.length);
  const keys = new PackedStrings(packed.phraseKeys, packed.phraseEntries.length);
  const spellings = new PackedStrings(packed.phraseSpellings, packed.phraseEntries.length);
  const range = { keys, entries: packed.phraseEntries, spellings };
  const countryList = packed.lists.indexOf(COUNTRY_LIST);
  const countryNames = new Set<string>();
  packed.entryLists.forEach((list, i) => {
    if (list === countryList) countryNames.add(names.at(i));
  });
  const entryAt = entryMaker(packed, names);
  return {
    entryAt,
    placeBySkeleton: skeletonFinder(packed, entryAt),
    countryNames,
    // Folded names sort before short forms.
    folded: new PhraseRoot({ ...range, from: 0, to: packed.shortFormsFrom, areShortForms: false }),
    exact: new PhraseRoot({ ...range, from: packed.shortFormsFrom, to: keys.length, areShortForms: true }),
    words: wordListsOf(new PackedStrings(packed.words, packed.wordBits.length), packed.wordBits, placeFlagsOf(packed, loadPlaces)),
  };
}

/**
 * Each entry made once, when first matched: one name string for all its mentions, whose hash the
 * later stages' look-ups then compute once. Ids and place facts are indexed on the first match.
 */
function entryMaker(packed: PackedGazetteer, names: PackedStrings): (index: number) => ListedName {
  const made: (ListedName | undefined)[] = new Array(names.length);
  let facts: { ids: PackedStrings; places: PackedStrings } | undefined;
  return (index) => {
    let entry = made[index];
    if (entry) return entry;
    facts ??= { ids: new PackedStrings(packed.entryIds, names.length), places: new PackedStrings(packed.entryPlaces, names.length) };
    const name = names.at(index);
    const geo = unpackPlace(facts.places.at(index));
    // Without an id of its own, an entry is known by its list and name: stable while the list keeps it.
    const list = packed.lists[packed.entryLists[index]!]!;
    const id = facts.ids.at(index) || `${list}:${name}`;
    entry = { name, type: packed.types[packed.entryTypes[index]!] as EntityType, id, evidence: listEvidence(list), ...(geo ? { geo } : {}) };
    made[index] = entry;
    return entry;
  };
}

/** Skeleton → listed place, by binary search in the sorted skeletons, indexed on the first look-up. */
function skeletonFinder(packed: PackedGazetteer, entryAt: (index: number) => ListedName): (skeleton: string) => ListedName | undefined {
  let skeletons: PackedStrings | undefined;
  return (skeleton) => {
    skeletons ??= new PackedStrings(packed.skeletons, packed.skeletonEntries.length);
    const i = skeletons.indexOf(skeleton);
    return i < 0 ? undefined : entryAt(packed.skeletonEntries[i]!);
  };
}

/** The place evidence's flags of a word, read from its table when first asked. */
function placeFlagsOf(packed: PackedGazetteer, loadPlaces: (() => PackedPlaces) | undefined): (word: string) => number {
  let table: { words: PackedStrings; flags: string } | undefined;
  return boundedMemo((word) => {
    if (!table) {
      const places: PackedPlaces = packed.placeFlags !== undefined ? { placeWords: packed.placeWords ?? '', placeFlags: packed.placeFlags } : (loadPlaces?.() ?? { placeWords: '', placeFlags: '' });
      table = { words: new PackedStrings(places.placeWords, places.placeFlags.length), flags: places.placeFlags };
    }
    const i = table.words.indexOf(word);
    return i < 0 ? 0 : decodePlaceFlag(table.flags, i);
  });
}

/**
 * The word lists' flags, read by binary search in the packed, sorted words and remembered per word:
 * no table of 73,000 words is built at start-up (that was 15 ms and much of the GC).
 */
function wordListsOf(words: PackedStrings, bits: readonly number[], placeFlagsOf: (word: string) => number): WordLists {
  const remembered = boundedMemo((word) => {
    const i = words.indexOf(word);
    return i < 0 ? 0 : bits[i]!;
  });
  // The rules ask several lists about one word in a row (given name? surname? common word?), most
  // often the same string a token holds: the last answer is kept before the memo's hash look-up.
  let lastWord = '';
  let lastFlags = 0;
  const flagsOf = (word: string): number => {
    if (word !== lastWord) {
      lastFlags = remembered(word);
      lastWord = word;
    }
    return lastFlags;
  };
  const view = (flag: number): WordSet => ({ has: (word) => (flagsOf(word) & flag) !== 0 });
  return {
    givenNames: view(WORD_FLAGS.given),
    surnames: view(WORD_FLAGS.surname),
    titles: view(WORD_FLAGS.title),
    titleWords: view(WORD_FLAGS.titleWord),
    commonWords: view(WORD_FLAGS.common),
    ordinaryWords: view(WORD_FLAGS.common | WORD_FLAGS.stop | WORD_FLAGS.title | WORD_FLAGS.demonym),
    demonyms: view(WORD_FLAGS.demonym),
    stopWords: view(WORD_FLAGS.stop),
    organizationHeads: view(WORD_FLAGS.organization),
    organizationStarts: view(WORD_FLAGS['organization-first']),
    placeHeads: view(WORD_FLAGS.place),
    placeStarts: view(WORD_FLAGS['place-first']),
    noEntityHeads: view(WORD_FLAGS['no-entity']),
    noEntityStarts: view(WORD_FLAGS['no-entity-first']),
    towns: { has: (key) => (placeFlagsOf(key) & WORD_FLAGS.town) !== 0 },
    placeSkeletons: { has: (skeleton) => (placeFlagsOf(SKELETON_PREFIX + skeleton) & WORD_FLAGS.placeSkeleton) !== 0 },
  };
}

export function gazetteerFromFiles(files: readonly SourceFile[]): Gazetteer {
  return buildGazetteer(compileGazetteer(files));
}

