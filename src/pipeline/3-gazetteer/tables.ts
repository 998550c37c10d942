// The compiled gazetteer in its final form: hash tables and a flat trie in typed arrays, plus the
// entries' names and facts as packed strings. The build writes it to dist/gazetteer.bin and
// dist/places.bin, and the engine loads those as they are: nothing is grown, sorted or hashed at
// run time, and worker threads read the main thread's copy (a SharedArrayBuffer) instead of their own.
import { type CompiledEntry, type CompiledGazetteer, sortedFlags, sortPhrases } from './compile.js';
import { oneLine, PackedStrings, packPlace, unpackPlace } from './packed.js';
import { NO_NODE, PhraseTrie, type PhraseTrieArrays, type TriePhrase } from './phrase-trie.js';
import { StringTable, type StringTableArrays } from './string-table.js';

export interface GazetteerTables {
  /** Entity types and list names, referred to by index. */
  types: string[];
  lists: string[];
  /** Entries: their names, ids and place facts one a line (packed.ts), their type and list by index. */
  entryNames: string;
  entryIds: string;
  entryPlaces: string;
  entryTypes: Int32Array;
  entryLists: Int32Array;
  /** Every folded word of a name or a word list, and its word-list flags (0: in names only). */
  words: StringTableArrays;
  wordBits: Int32Array;
  /** Names, matched by folded words (the vocabulary is `words`). */
  folded: PhraseTrieArrays;
  /** Short forms, matched as written, over a vocabulary of their own words. */
  shortFormWords: StringTableArrays;
  exact: PhraseTrieArrays;
  /** Listed spellings where folding changed a name, one a line (PhraseHit.spelling). */
  spellings: string;
  spellingCount: number;
  /** Place skeletons ("dr zr") and the entry each names. */
  skeletons: StringTableArrays;
  skeletonEntries: Int32Array;
}

/** The place evidence (towns, place skeletons), as large as the rest: read when a text first asks. */
export interface PlaceTables {
  words: StringTableArrays;
  /** Each word's flags over PLACE_FLAG_UNIT (compile.ts WORD_FLAGS town and placeSkeleton). */
  flags: Uint8Array;
}

export const PLACE_FLAG_UNIT = 1024;

export function buildTables(compiled: CompiledGazetteer): GazetteerTables {
  const types = indexer();
  const lists = indexer();
  const spellings: string[] = [];
  const folded: TriePhrase[] = [];
  const exact: TriePhrase[] = [];
  for (const [key, entry, isShortForm, spelling] of compiled.phrases) {
    const phrase = { words: key.split(' '), entry, spelling: spelling === undefined ? -1 : spellings.push(spelling) - 1 };
    (isShortForm === 1 ? exact : folded).push(phrase);
  }
  const [listedWords, bits] = compiled.wordFlags;
  const words = StringTable.build(uniqueWords([listedWords, ...folded.map((p) => p.words)]));
  const wordBits = new Int32Array(words.length);
  listedWords.forEach((word, i) => {
    const index = words.indexOf(word);
    wordBits[index] = wordBits[index]! | bits[i]!;
  });
  const shortFormWords = StringTable.build(uniqueWords(exact.map((p) => p.words)));
  const [skeletons, skeletonEntries] = compiled.skeletonEntries;
  return {
    types: types.values,
    lists: lists.values,
    entryNames: compiled.entries.map(([name]) => oneLine(name)).join('\n'),
    entryIds: compiled.entries.map(([, , , id]) => oneLine(id ?? '')).join('\n'),
    entryPlaces: compiled.entries.map(([, , , , geo]) => packPlace(geo)).join('\n'),
    entryTypes: Int32Array.from(compiled.entries, ([, type]) => types.indexOf(type)),
    entryLists: Int32Array.from(compiled.entries, ([, , list]) => lists.indexOf(list)),
    words: words.arrays,
    wordBits,
    folded: PhraseTrie.build(folded, words),
    shortFormWords: shortFormWords.arrays,
    exact: PhraseTrie.build(exact, shortFormWords),
    spellings: spellings.join('\n'),
    spellingCount: spellings.length,
    skeletons: StringTable.build(skeletons).arrays,
    skeletonEntries: Int32Array.from(skeletonEntries),
  };
}

export function buildPlaceTables(compiled: CompiledGazetteer): PlaceTables {
  const [words, bits] = compiled.placeFlags;
  return { words: StringTable.build(words).arrays, flags: Uint8Array.from(bits, (flags) => flags / PLACE_FLAG_UNIT) };
}

/**
 * The compiled gazetteer the tables were built from, to layer a user's lists over the built-in ones
 * (compile.ts layerGazetteers): the tables are the one stored form.
 */
export function unpackTables(tables: GazetteerTables, places: PlaceTables): CompiledGazetteer {
  const count = tables.entryTypes.length;
  const [names, ids, facts] = [tables.entryNames, tables.entryIds, tables.entryPlaces].map((packed) => new PackedStrings(packed, count));
  const spellings = new PackedStrings(tables.spellings, tables.spellingCount);
  const entries = Array.from({ length: count }, (_, i): CompiledEntry => {
    const [name, type, list, id, geo] = [names!.at(i), tables.types[tables.entryTypes[i]!]!, tables.lists[tables.entryLists[i]!]!, ids!.at(i), unpackPlace(facts!.at(i))];
    const entry: CompiledEntry = geo ? [name, type as CompiledEntry[1], list, id || undefined, geo] : [name, type as CompiledEntry[1], list];
    if (!geo && id) entry.push(id);
    return entry;
  });
  const phrases: CompiledGazetteer['phrases'] = [];
  const addPhrases = (trie: PhraseTrieArrays, vocabulary: readonly string[], isShortForm: 0 | 1) => {
    const walk = (node: number, key: string) => {
      const entry = trie.hitEntries[node]!;
      const spelling = trie.hitSpellings[node]!;
      if (entry !== NO_NODE) phrases.push(spelling === NO_NODE ? [key, entry, isShortForm] : [key, entry, isShortForm, spellings.at(spelling)]);
      for (let c = trie.childStarts[node]!; c < trie.childStarts[node + 1]!; c++) walk(trie.childNodes[c]!, `${key} ${vocabulary[trie.childWords[c]!]}`);
    };
    trie.roots.forEach((node, word) => {
      if (node !== NO_NODE) walk(node, vocabulary[word]!);
    });
  };
  const words = new StringTable(tables.words).strings();
  addPhrases(tables.folded, words, 0);
  addPhrases(tables.exact, new StringTable(tables.shortFormWords).strings(), 1);
  sortPhrases(phrases);
  return {
    entries,
    phrases,
    wordFlags: flagged(words, tables.wordBits),
    placeFlags: flagged(new StringTable(places.words).strings(), Int32Array.from(places.flags, (flags) => flags * PLACE_FLAG_UNIT)),
    skeletonEntries: [new StringTable(tables.skeletons).strings(), Array.from(tables.skeletonEntries)],
  };
}

/** The words with any flag, and their flags, in CompiledGazetteer's form. */
function flagged(words: readonly string[], bits: Int32Array): [string[], number[]] {
  return sortedFlags(new Map(words.map((word, i) => [word, bits[i]!] as const).filter(([, flags]) => flags !== 0)));
}

function uniqueWords(lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())];
}

function indexer(): { values: string[]; indexOf(value: string): number } {
  const values: string[] = [];
  const indices = new Map<string, number>();
  return {
    values,
    indexOf(value) {
      let index = indices.get(value);
      if (index === undefined) {
        index = values.length;
        values.push(value);
        indices.set(value, index);
      }
      return index;
    },
  };
}
