// The gazetteer in memory: phrase keys → entries, and the word lists the rules use. Built from the
// compiled form (dist/gazetteer.json, made at build time from the TSV files) or from TSV files directly.
import type { EntityType, GazetteerEntry, WordLists } from '../../types.js';
import { foldWord } from '../2-tokenize/fold-word.js';
import { isWrittenAsShortForm, nameKey } from './fold.js';
import { isEntityList, parseDataFile, readEntries, readWords } from './tsv.js';

export interface CompiledGazetteer {
  /** name, type, and the list it came from (file name without .tsv). */
  entries: [name: string, type: EntityType, list: string][];
  /** key, entry index, 1 when the key is matched case-sensitively (a short form). */
  phrases: [key: string, entry: number, isShortForm: 0 | 1][];
  words: Record<WordListName, string[]> & Record<PairListName, [string, string][]>;
}

type WordListName = 'given' | 'surname' | 'title' | 'common';
type PairListName = 'demonym' | 'stop' | 'head';

export interface PhraseHit {
  entry: number;
  isShortForm: boolean;
}

/** A trie over words: a scan follows one child a token and stops where no name goes on. */
export interface PhraseNode {
  hit?: PhraseHit;
  next?: Map<string, PhraseNode>;
}

export interface Gazetteer {
  entries: readonly GazetteerEntry[];
  /** Canonical names of countries: a country stays a place even where a city would be a sports team. */
  countryNames: ReadonlySet<string>;
  /** Short forms, keyed by their words as written. */
  exact: PhraseNode;
  /** Names, keyed by folded words. */
  folded: PhraseNode;
  words: WordLists;
}

// Which word list a data file feeds, by file name.
const WORD_FILES: Record<string, WordListName | PairListName> = {
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

/** Compiles data files, earlier files winning a key that two files claim. */
export function compileGazetteer(files: readonly SourceFile[]): CompiledGazetteer {
  const compiled: CompiledGazetteer = {
    entries: [],
    phrases: [],
    words: { given: [], surname: [], title: [], common: [], demonym: [], stop: [], head: [] },
  };
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
      if (list === 'demonym' || list === 'stop' || list === 'head') compiled.words[list].push([foldPhrase(word), kind]);
      else compiled.words[list].push(foldPhrase(word));
    }
  }
  return compiled;
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
    compiled.phrases.push([key, index, isShortForm ? 1 : 0]);
    added = true;
  }
  if (added) compiled.entries.push([entry.name, entry.type, list]);
}

/** Word-list keys: folded words joined by single spaces, dots dropped ("Lt. Gen." → "lt gen"). */
export function foldPhrase(phrase: string): string {
  return phrase.split(/[\s.]+/).filter(Boolean).map(foldWord).join(' ');
}

export function buildGazetteer(compiled: CompiledGazetteer): Gazetteer {
  const exact: PhraseNode = {};
  const folded: PhraseNode = {};
  for (const [key, entry, isShortForm] of compiled.phrases) {
    let node = isShortForm ? exact : folded;
    for (const word of key.split(' ')) {
      node.next ??= new Map();
      let child = node.next.get(word);
      if (!child) node.next.set(word, (child = {}));
      node = child;
    }
    node.hit ??= { entry, isShortForm: isShortForm === 1 };
  }
  return {
    entries: compiled.entries.map(([name, type]) => ({ name, type, aliases: [] })),
    countryNames: new Set(compiled.entries.filter(([, , list]) => list === COUNTRY_LIST).map(([name]) => name)),
    exact,
    folded,
    words: {
      givenNames: new Set(compiled.words.given),
      surnames: new Set(compiled.words.surname),
      titles: new Set(compiled.words.title),
      commonWords: new Set(compiled.words.common),
      demonyms: new Map(compiled.words.demonym),
      stopWords: new Map(compiled.words.stop),
      organizationHeads: headWordsOfKind(compiled, 'organization'),
      organizationStarts: headWordsOfKind(compiled, 'organization-first'),
      placeHeads: headWordsOfKind(compiled, 'place'),
    },
  };
}

function headWordsOfKind(compiled: CompiledGazetteer, kind: string): Set<string> {
  return new Set(compiled.words.head.filter(([, k]) => k === kind).map(([word]) => word));
}

export function gazetteerFromFiles(files: readonly SourceFile[]): Gazetteer {
  return buildGazetteer(compileGazetteer(files));
}
