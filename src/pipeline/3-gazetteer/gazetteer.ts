// The gazetteer in memory: phrase keys → entries, and the word lists the rules use. Built from the
// compiled form (dist/gazetteer.json, made at build time from the TSV files) or from TSV files directly.
import type { EntityType, GazetteerEntry, WordLists, WordSet } from '../../types.js';
import { foldWord } from '../2-tokenize/fold-word.js';
import { isWrittenAsShortForm, nameKey, nameSpelling } from './fold.js';
import { PackedStrings, type PackedGazetteer, packGazetteer } from './packed.js';
import { isEntityList, parseDataFile, readEntries, readWords } from './tsv.js';

export interface CompiledGazetteer {
  /** name, type, and the list it came from (file name without .tsv). */
  entries: [name: string, type: EntityType, list: string][];
  /** key, entry index, 1 when the key is matched case-sensitively (a short form), and the name's
   * spelling where folding changed it (see PhraseHit.spelling). Sorted by kind, then key. */
  phrases: Phrase[];
  /** Every listed word (folded), sorted, and the lists it is on as WORD_FLAGS bits. */
  wordFlags: [words: string[], bits: number[]];
}

type Phrase = [key: string, entry: number, isShortForm: 0 | 1, spelling?: string];

type WordListName = 'given' | 'surname' | 'title' | 'common' | 'demonym' | 'stop' | 'head';

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
  private readonly branches = new Map<string, PhraseNode | null>();

  constructor(private readonly phrases: PhraseRange) {}

  child(word: string): PhraseNode | undefined {
    let branch = this.branches.get(word);
    if (branch === undefined) {
      branch = this.grow(word);
      if (this.branches.size >= MAX_BRANCHES) this.branches.clear();
      this.branches.set(word, branch);
    }
    return branch ?? undefined;
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

// Branches kept at once; past it they are dropped and regrown, so memory stays flat on any input.
const MAX_BRANCHES = 50_000;

/** What a phrase hit names. */
export interface ListedName {
  name: string;
  type: EntityType;
}

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
}

// Which word list a data file feeds, by file name.
const WORD_FILES: Record<string, WordListName> = {
  'given-names.tsv': 'given',
  'surnames.tsv': 'surname',
  'titles.tsv': 'title',
  'common-words.tsv': 'common',
  'demonyms.tsv': 'demonym',
  'stop-words.tsv': 'stop',
  'head-words.tsv': 'head',
};

const COUNTRY_LIST = 'places-countries';

export interface SourceFile {
  fileName: string;
  content: string;
}

function emptyCompiled(): CompiledGazetteer {
  return { entries: [], phrases: [], wordFlags: [[], []] };
}

/** Phrases sorted by kind then key (the PhraseRoot's binary search), word flags sorted by word. */
function finish(compiled: CompiledGazetteer, flags: ReadonlyMap<string, number>): CompiledGazetteer {
  compiled.phrases.sort((a, b) => a[2] - b[2] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const words = [...flags.keys()].sort();
  compiled.wordFlags = [words, words.map((word) => flags.get(word)!)];
  return compiled;
}

/** Compiles data files, earlier files winning a key that two files claim. */
export function compileGazetteer(files: readonly SourceFile[]): CompiledGazetteer {
  const compiled = emptyCompiled();
  const flags = new Map<string, number>();
  const claimed = new Set<string>();
  for (const { fileName, content } of files) {
    const file = parseDataFile(fileName, content);
    if (isEntityList(file)) {
      const list = fileName.split('/').pop()!.replace(/\.tsv$/, '');
      for (const entry of readEntries(fileName, file)) addEntry(compiled, claimed, entry, list);
      continue;
    }
    const list = WORD_FILES[fileName.split('/').pop()!];
    if (!list) continue;
    for (const { word, kind } of readWords(fileName, file)) {
      const key = foldPhrase(word);
      const flag = list === 'head' ? WORD_FLAGS[kind as HeadKind] : WORD_FLAGS[list];
      if (flag) markWord(flags, key, flag);
      // Titles of several words ("lt gen") are looked up only after a cheap test of each word.
      if (list === 'title') for (const part of key.split(' ')) markWord(flags, part, WORD_FLAGS.titleWord);
    }
  }
  return finish(compiled, flags);
}

function addEntry(compiled: CompiledGazetteer, claimed: Set<string>, entry: GazetteerEntry, list: string): void {
  const index = compiled.entries.length;
  let added = false;
  for (const name of [entry.name, ...entry.aliases]) {
    const isShortForm = isWrittenAsShortForm(name);
    const key = nameKey(name, isShortForm);
    const claim = `${isShortForm ? 1 : 0}${key}`;
    if (!key || claimed.has(claim)) continue;
    claimed.add(claim);
    const spelling = isShortForm ? key : nameSpelling(name);
    compiled.phrases.push(spelling === key ? [key, index, isShortForm ? 1 : 0] : [key, index, 0, spelling]);
    added = true;
  }
  if (added) compiled.entries.push([entry.name, entry.type, list]);
}

/** Word-list keys: folded words joined by single spaces, dots dropped ("Lt. Gen." → "lt gen"). */
export function foldPhrase(phrase: string): string {
  return phrase.split(/[\s.]+/).filter(Boolean).map(foldWord).join(' ');
}

export function buildGazetteer(compiled: CompiledGazetteer): Gazetteer {
  return buildPackedGazetteer(packGazetteer(compiled));
}

export function buildPackedGazetteer(packed: PackedGazetteer): Gazetteer {
  const names = new PackedStrings(packed.entryNames, packed.entryTypes.length);
  const keys = new PackedStrings(packed.phraseKeys, packed.phraseEntries.length);
  const spellings = new PackedStrings(packed.phraseSpellings, packed.phraseEntries.length);
  const range = { keys, entries: packed.phraseEntries, spellings };
  const countryList = packed.lists.indexOf(COUNTRY_LIST);
  const countryNames = new Set<string>();
  packed.entryLists.forEach((list, i) => {
    if (list === countryList) countryNames.add(names.at(i));
  });
  // Each entry made once, when first matched: one name string for all its mentions, whose hash
  // the later stages' look-ups then compute once.
  const madeEntries: (ListedName | undefined)[] = new Array(names.length);
  return {
    entryAt: (index) => (madeEntries[index] ??= { name: names.at(index), type: packed.types[packed.entryTypes[index]!] as EntityType }),
    countryNames,
    // Folded names sort before short forms.
    folded: new PhraseRoot({ ...range, from: 0, to: packed.shortFormsFrom, areShortForms: false }),
    exact: new PhraseRoot({ ...range, from: packed.shortFormsFrom, to: keys.length, areShortForms: true }),
    words: wordListsOf(new PackedStrings(packed.words, packed.wordBits.length), packed.wordBits),
  };
}

// The bit of each word list in CompiledGazetteer.wordFlags.
const WORD_FLAGS = {
  given: 1, surname: 2, title: 4, common: 8, demonym: 16, stop: 32,
  'organization': 64, 'organization-first': 128, 'place': 256, titleWord: 512,
} as const;
type HeadKind = 'organization' | 'organization-first' | 'place';

function markWord(flags: Map<string, number>, word: string, flag: number): void {
  flags.set(word, (flags.get(word) ?? 0) | flag);
}

// Words looked up are remembered, up to this many, so most look-ups are one Map hit.
const MAX_REMEMBERED_WORDS = 100_000;

/**
 * The word lists' flags, read by binary search in the packed, sorted words and remembered per word:
 * no table of 73,000 words is built at start-up (that was 15 ms and much of the GC).
 */
function wordListsOf(words: PackedStrings, bits: readonly number[]): WordLists {
  const remembered = new Map<string, number>();
  const flagsOf = (word: string): number => {
    let flags = remembered.get(word);
    if (flags === undefined) {
      const i = words.lowerBound(word);
      flags = i < words.length && words.at(i) === word ? bits[i]! : 0;
      if (remembered.size >= MAX_REMEMBERED_WORDS) remembered.clear();
      remembered.set(word, flags);
    }
    return flags;
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
  };
}

export function gazetteerFromFiles(files: readonly SourceFile[]): Gazetteer {
  return buildGazetteer(compileGazetteer(files));
}

/** A list already read into entries (a user's file), named for the error messages and precedence. */
export interface EntryList {
  list: string;
  entries: readonly GazetteerEntry[];
}

/** Compiles lists already read, like compileGazetteer: earlier lists and rows win a key two claim. */
export function compileEntries(lists: readonly EntryList[]): CompiledGazetteer {
  const compiled = emptyCompiled();
  const claimed = new Set<string>();
  for (const { list, entries } of lists) for (const entry of entries) addEntry(compiled, claimed, entry, list);
  return finish(compiled, new Map());
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
  const flags = new Map<string, number>();
  for (const [words, bits] of [then.wordFlags, first.wordFlags]) words.forEach((word, i) => markWord(flags, word, bits[i]!));
  return finish({ entries: [...first.entries, ...then.entries], phrases, wordFlags: [[], []] }, flags);
}
