// Gazetteer data → the compiled gazetteer: TSV lists and users' entries turned into sorted phrase
// keys and a table of word-list flags, at build time for the built-in lists (then built into the
// tables of dist/gazetteer.bin, tables.ts) and at start-up for users' lists. One compiled gazetteer
// can be layered over another.
import type { EntityType, GazetteerEntry, PlaceFacts } from '../../types.js';
import { foldWord, plainWord } from '../2-tokenize/fold-word.js';
import { tokenize } from '../2-tokenize/tokenize.js';
import { isWrittenAsShortForm, nameKey, nameSpelling, transliterationSkeleton, listedSpellings, wordsKey } from './fold.js';
import { type Claims, claimOf, lendPoint } from './lend-point.js';
import { isEntityList, parseDataFile, readEntries, readWords } from './tsv.js';

export interface CompiledGazetteer {
  /** name, type, the list it came from (file name without .tsv; `user:<file>:<line>` for a user's row),
   * and where the list gives them, its id and place facts (without an id, the entry is known as
   * `<list>:<name>`, see gazetteer.ts). */
  entries: CompiledEntry[];
  /** key, entry index, 1 when the key is matched case-sensitively (a short form), and the name's
   * spelling where folding changed it (see PhraseHit.spelling). Sorted by kind, then key. */
  phrases: Phrase[];
  /** Every listed word (folded), sorted, and the lists it is on as WORD_FLAGS bits. */
  wordFlags: [words: string[], bits: number[]];
  /** The same for the place evidence (towns, place skeletons): a table of its own, as large as all
   * the others together, that the built-in gazetteer loads only when a text first asks for it. */
  placeFlags: [words: string[], bits: number[]];
  /** The transliteration skeletons of the listed places' names of two words or more, sorted, and the
   * entry each names ("dr zr" → Deir ez-Zor): a spelling the lists lack is still that place. */
  skeletonEntries: [skeletons: string[], entries: number[]];
}

type Phrase = [key: string, entry: number, isShortForm: 0 | 1, spelling?: string];

export type CompiledEntry = [name: string, type: EntityType, list: string, id?: string, geo?: PlaceFacts];

type WordListName = 'given' | 'surname' | 'title' | 'common' | 'demonym' | 'stop' | 'head' | 'town';

// Which word list a data file feeds, by the start of its file name: "given-names.tsv" and
// "given-names-world.tsv" both feed the given names.
const WORD_FILES: Record<string, WordListName> = {
  'given-names': 'given',
  'surnames': 'surname',
  'titles': 'title',
  'common-words': 'common',
  'demonyms': 'demonym',
  'stop-words': 'stop',
  'head-words': 'head',
  'towns': 'town',
};

// Peoples' and faiths' words ("Kurdish", "Sunni", "Tutsi") are none of our types alone, as demonyms
// are, and they describe a name as demonyms do: "Kurdish Regional Government" keeps its word, where
// a stop word is dropped from before a name ("According").
const PEOPLE_KINDS: ReadonlySet<string> = new Set(['ethnic', 'religion']);
const isPeopleWord = (list: WordListName, kind: string) => list === 'stop' && PEOPLE_KINDS.has(kind);

function wordListOf(fileName: string): WordListName | undefined {
  const base = fileName.split('/').pop()!.replace(/\.tsv$/, '');
  for (const [prefix, list] of Object.entries(WORD_FILES)) if (base === prefix || base.startsWith(`${prefix}-`)) return list;
  return undefined;
}

// Entity lists whose names also give their skeletons to the place evidence (see transliterationSkeleton).
const isPlaceList = (list: string) => list.startsWith('places-');

export interface SourceFile {
  fileName: string;
  content: string;
}

function emptyCompiled(): CompiledGazetteer {
  return { entries: [], phrases: [], wordFlags: [[], []], placeFlags: [[], []], skeletonEntries: [[], []] };
}

/** Phrases sorted by kind then key, word flags sorted by word: one order, whatever order the lists came in. */
function finish(compiled: CompiledGazetteer, flags: ReadonlyMap<string, number>, placeFlags: ReadonlyMap<string, number>): CompiledGazetteer {
  sortPhrases(compiled.phrases);
  compiled.wordFlags = sortedFlags(flags);
  compiled.placeFlags = sortedFlags(placeFlags);
  return compiled;
}

/** A compiled gazetteer's phrase order: by kind (names, then short forms), then by key. */
export function sortPhrases(phrases: CompiledGazetteer['phrases']): void {
  phrases.sort((a, b) => a[2] - b[2] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** Words and their flags as a compiled gazetteer holds them: sorted by word. */
export function sortedFlags(flags: ReadonlyMap<string, number>): [string[], number[]] {
  const words = [...flags.keys()].sort();
  return [words, words.map((word) => flags.get(word)!)];
}

/** Compiles data files, earlier files winning a key that two files claim. */
export function compileGazetteer(files: readonly SourceFile[]): CompiledGazetteer {
  const compiled = emptyCompiled();
  const flags = new Map<string, number>();
  const placeFlags = new Map<string, number>();
  const skeletons = new Map<string, number>();
  const claimed = new Map<string, number>();
  for (const { fileName, content } of files) {
    const file = parseDataFile(fileName, content);
    if (isEntityList(file)) {
      const list = fileName.split('/').pop()!.replace(/\.tsv$/, '');
      for (const entry of readEntries(fileName, file)) {
        const index = compiled.entries.length;
        addEntry(compiled, claimed, entry, list);
        if (list === CLUBS_LIST) markNickname(flags, entry.name);
        if (!isPlaceList(list) || entry.type !== 'place') continue;
        for (const name of [entry.name, ...entry.aliases]) {
          markPlaceSkeleton(placeFlags, name);
          // Only the names this entry won: a division that lost "Deir ez-Zor" to the city does not share its skeleton.
          if (claimed.get(claimOf(name)) === index) claimSkeleton(skeletons, name, index);
        }
      }
      continue;
    }
    const list = wordListOf(fileName);
    if (!list) continue;
    for (const { word: listed, kind } of readWords(fileName, file)) {
      for (const word of listedSpellings(listed)) markListedWord(flags, placeFlags, list, word, kind);
    }
  }
  compiled.skeletonEntries = sortedFlags(new Map([...skeletons].filter(([, entry]) => entry >= 0)));
  // A people's name that ends a club's ("Cleveland Indians") names the people far more often than the club.
  for (const [word, bits] of flags) if (bits & WORD_FLAGS.teamNickname && bits & WORD_FLAGS.demonym) flags.set(word, bits & ~WORD_FLAGS.teamNickname);
  return finish(compiled, flags, placeFlags);
}

// Two places whose names share a skeleton: it names neither.
const AMBIGUOUS = -1;

function claimSkeleton(skeletons: Map<string, number>, name: string, entry: number): void {
  const skeleton = placeSkeletonOf(name);
  if (skeleton === undefined) return;
  const held = skeletons.get(skeleton);
  skeletons.set(skeleton, held === undefined || held === entry ? entry : AMBIGUOUS);
}

/**
 * An entry's names as phrases. With `lines` (a user's list), each line its names come from is an
 * entry of its own, `<list>:<line>`, all with the same name, type and id, so --explain can name the
 * row that gave a phrase; they are one entity all the same (grouped by id, or by name and type).
 */
function addEntry(compiled: CompiledGazetteer, claimed: Claims, entry: GazetteerEntry, list: string, lines?: readonly number[]): void {
  lendPoint(compiled, claimed, entry);
  // A user's row split by line keeps one id: its own, or `user:<file's base name>:<name>`, the same
  // from whatever folder the file is named.
  const id = entry.id ?? (lines ? `user:${list.split(/[\\/:]/).pop()}:${entry.name}` : undefined);
  let indexOfList: Map<string, number> | undefined;
  const names: string[] = [];
  const nameLines: (number | undefined)[] = [];
  [entry.name, ...entry.aliases].forEach((name, k) => {
    for (const spelling of listedSpellings(name)) {
      names.push(spelling);
      nameLines.push(lines?.[k]);
    }
  });
  for (let k = 0; k < names.length; k++) {
    const name = names[k]!;
    const isShortForm = isWrittenAsShortForm(name);
    const key = nameKey(name, isShortForm);
    const claim = `${isShortForm ? 1 : 0}${key}`;
    if (!key || claimed.has(claim)) continue;
    const line = nameLines[k];
    const source = line === undefined ? list : `${list}:${line}`;
    indexOfList ??= new Map();
    let index = indexOfList.get(source);
    if (index === undefined) {
      index = compiled.entries.length;
      const { geo } = entry;
      compiled.entries.push(geo ? [entry.name, entry.type, source, id, geo] : id !== undefined ? [entry.name, entry.type, source, id] : [entry.name, entry.type, source]);
      indexOfList.set(source, index);
    }
    claimed.set(claim, index);
    const spelling = isShortForm ? key : nameSpelling(name);
    compiled.phrases.push(spelling === key ? [key, index, isShortForm ? 1 : 0] : [key, index, 0, spelling]);
  }
}

const CLUBS_LIST = 'organizations-sports';
// A club's nickname is the plural that ends its name: "Chicago Cubs", "Toronto Blue Jays".
const NICKNAME = /^[A-Z][a-z]+s$/;

/** The last word of a club's name of two words or more, and its last two words, where they are a nickname. */
function markNickname(flags: Map<string, number>, name: string): void {
  const words = name.split(' ');
  const last = words.at(-1)!;
  if (words.length < 2 || !NICKNAME.test(last)) return;
  markWord(flags, foldWord(last), WORD_FLAGS.teamNickname);
  const before = words.at(-2)!;
  if (words.length >= 3 && /^[A-Z][a-z]+$/.test(before)) markWord(flags, `${foldWord(before)} ${foldWord(last)}`, WORD_FLAGS.teamNickname);
}

function markListedWord(flags: Map<string, number>, placeFlags: Map<string, number>, list: WordListName, word: string, kind: string): void {
  if (list === 'town') {
    markWord(placeFlags, placeKey(word), WORD_FLAGS.town);
    markPlaceSkeleton(placeFlags, word);
    return;
  }
  const key = foldPhrase(word);
  const flag = list === 'head' ? WORD_FLAGS[kind as HeadKind] : isPeopleWord(list, kind) ? WORD_FLAGS.demonym : WORD_FLAGS[list];
  if (flag) markWord(flags, key, flag);
  // Folding makes other words meet a common word's, stop word's, demonym's or head word's key
  // ("Leeds" and "lids", "Scott" and "Scot", "Forrest" and "Forest"): its spelling is kept too, for
  // the rules that ask about a word as written.
  if (list === 'common' || list === 'stop' || list === 'demonym' || list === 'head') markWord(flags, spellingPhrase(word), WORD_FLAGS.ordinarySpelling);
  // Titles of several words ("lt gen") are looked up only after a cheap test of each word, which
  // asks for the word as written too ("Sheriff", not the name "Sherif").
  if (list === 'title') {
    for (const part of key.split(' ')) markWord(flags, part, WORD_FLAGS.titleWord);
    for (const part of spellingPhrase(word).split(' ')) markWord(flags, part, WORD_FLAGS.ordinarySpelling);
  }
}

/** A place name's key as the rules compute it for a chunk (fold.ts wordsKey). */
function placeKey(name: string): string {
  const tokens = tokenize(name);
  return wordsKey(tokens, 0, tokens.length);
}

// Skeletons go in the word table with a prefix no folded word has, so one table serves both.
export const SKELETON_PREFIX = '~';

function markPlaceSkeleton(flags: Map<string, number>, name: string): void {
  const skeleton = placeSkeletonOf(name);
  if (skeleton !== undefined) markWord(flags, SKELETON_PREFIX + skeleton, WORD_FLAGS.placeSkeleton);
}

/** A place name's transliteration skeleton; only names of two words or more have one, as the rules
 * never look a single word up by its skeleton. */
function placeSkeletonOf(name: string): string | undefined {
  if (isWrittenAsShortForm(name)) return undefined;
  const key = placeKey(name);
  return key.includes(' ') ? transliterationSkeleton(key) : undefined;
}

/** Word-list keys: folded words joined by single spaces, dots dropped ("Lt. Gen." → "lt gen"). */
function foldPhrase(phrase: string): string {
  return phrase.split(/[\s.]+/).filter(Boolean).map(foldWord).join(' ');
}

/** The words as spelt (plainWord), joined as foldPhrase joins them. */
function spellingPhrase(phrase: string): string {
  return phrase.split(/[\s.]+/).filter(Boolean).map(plainWord).join(' ');
}

// The bit of each word list in CompiledGazetteer.wordFlags.
export const WORD_FLAGS = {
  given: 1, surname: 2, title: 4, common: 8, demonym: 16, stop: 32,
  'organization': 64, 'organization-first': 128, 'place': 256, titleWord: 512, town: 1024, placeSkeleton: 2048,
  'place-first': 4096, 'no-entity': 8192, 'no-entity-first': 16384, ordinarySpelling: 32768, teamNickname: 65536,
} as const;
type HeadKind = 'organization' | 'organization-first' | 'place' | 'place-first' | 'no-entity' | 'no-entity-first';

function markWord(flags: Map<string, number>, word: string, flag: number): void {
  flags.set(word, (flags.get(word) ?? 0) | flag);
}

/** A list already read into entries (a user's file), named for the error messages and precedence. */
export interface EntryList {
  list: string;
  entries: readonly GazetteerEntry[];
}

/** Compiles lists already read, like compileGazetteer: earlier lists and rows win a key two claim. */
export function compileEntries(lists: readonly EntryList[]): CompiledGazetteer {
  const compiled = emptyCompiled();
  const claimed: Claims = new Map();
  for (const { list, entries } of lists) for (const entry of entries) addEntry(compiled, claimed, entry, list, entry.lines);
  return finish(compiled, new Map(), new Map());
}

/**
 * One compiled gazetteer over another: a key both claim goes to `first` (a user's lists over the
 * built-in ones), the same "first claim wins" rule compileGazetteer follows between files. Word
 * lists are pooled; `then`'s entries keep their places after `first`'s.
 */
export function layerGazetteers(first: CompiledGazetteer, then: CompiledGazetteer): CompiledGazetteer {
  const claimed = new Set(first.phrases.map(([key, , isShortForm]) => `${isShortForm}${key}`));
  const offset = first.entries.length;
  const phrases: CompiledGazetteer['phrases'] = [...first.phrases];
  for (const [key, entry, ...rest] of then.phrases) {
    if (!claimed.has(`${rest[0]}${key}`)) phrases.push([key, entry + offset, ...rest]);
  }
  const pool = (tables: [string[], number[]][]) => {
    const flags = new Map<string, number>();
    for (const [words, bits] of tables) words.forEach((word, i) => markWord(flags, word, bits[i]!));
    return flags;
  };
  // A user's list names no skeletons: the built-in ones keep theirs, after the user's entries.
  const skeletonEntries: CompiledGazetteer['skeletonEntries'] = [then.skeletonEntries[0], then.skeletonEntries[1].map((entry) => entry + offset)];
  const layered = { entries: [...first.entries, ...then.entries], phrases, wordFlags: [[], []], placeFlags: [[], []], skeletonEntries } satisfies CompiledGazetteer;
  return finish(layered, pool([then.wordFlags, first.wordFlags]), pool([then.placeFlags, first.placeFlags]));
}
