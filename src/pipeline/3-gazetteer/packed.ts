// The compiled gazetteer as a few long strings and arrays of numbers: the form dist/gazetteer.json
// holds and the engine reads. As arrays of small arrays it was 160,000 strings and arrays for
// JSON.parse to make and the collector to move, a third of the start-up; packed, JSON.parse makes a
// handful of strings, and a name is cut out of its string only when a text asks for it.
import type { EntityType, PlaceFacts } from '../../types.js';
import type { CompiledEntry, CompiledGazetteer } from './compile.js';

export interface PackedGazetteer {
  /** Entity types and list names, referred to by index below. */
  types: string[];
  lists: string[];
  /** Entries: their names one a line, and the index of each one's type and list. */
  entryNames: string;
  entryTypes: number[];
  entryLists: number[];
  /** Each entry's own id, one a line (an empty line: it is known as `<list>:<name>`, which costs
   * nothing to store), and its place facts, one a line (see packPlace). Read when an entry is first
   * matched, so start-up only parses two more strings. */
  entryIds: string;
  entryPlaces: string;
  /** Phrases sorted by kind, then key: keys one a line, each one's entry, and the listed spelling
   * where folding changed it (an empty line where it did not). Short forms start at shortFormsFrom. */
  phraseKeys: string;
  phraseEntries: number[];
  phraseSpellings: string;
  shortFormsFrom: number;
  /** Listed words sorted, one a line, and their word-list flags. */
  words: string;
  wordBits: number[];
  /** The place evidence the same way; the built-in gazetteer keeps it in a file of its own
   * (dist/places.json, PackedPlaces) and reads it when first asked. */
  placeWords?: string;
  placeFlags?: string;
  /** CompiledGazetteer.skeletonEntries: the skeletons one a line, and the entry of each. */
  skeletons: string;
  skeletonEntries: number[];
}

/** The place evidence of the built-in gazetteer, as dist/places.json holds it. */
export interface PackedPlaces {
  placeWords: string;
  /** Each word's flags as one letter (encodePlaceFlags): a short string, not an array of 200,000 numbers. */
  placeFlags: string;
}

// The place evidence's flags are multiples of PLACE_FLAG_UNIT (compile.ts WORD_FLAGS town and
// placeSkeleton): one letter from 'A' up holds them.
const PLACE_FLAG_UNIT = 1024;

export function encodePlaceFlags(bits: readonly number[]): string {
  return bits.map((flags) => String.fromCharCode(65 + flags / PLACE_FLAG_UNIT)).join('');
}

export function decodePlaceFlag(encoded: string, i: number): number {
  return (encoded.charCodeAt(i) - 65) * PLACE_FLAG_UNIT;
}

/**
 * A list of strings joined by a separator (a line break unless told), read by index without
 * splitting it. Its items are in the order JavaScript's `<` sorts strings where a binary search is
 * to run over them.
 */
export class PackedStrings {
  private readonly starts: Int32Array;

  constructor(
    private readonly joined: string,
    readonly length: number,
    separator = '\n',
  ) {
    this.starts = new Int32Array(length + 1);
    let start = 0;
    for (let i = 0; i < length; i++) {
      this.starts[i] = start;
      const end = joined.indexOf(separator, start);
      start = end < 0 ? joined.length + 1 : end + 1;
    }
    this.starts[length] = joined.length + 1;
  }

  at(i: number): string {
    return this.joined.slice(this.starts[i]!, this.starts[i + 1]! - 1);
  }

  /** The first index in [from, to) whose item is not below `value` (to when there is none). */
  lowerBound(value: string, from = 0, to = this.length): number {
    let low = from;
    let high = to;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.isBelow(middle, value)) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** The index of the item equal to `value`, or -1: a binary search in items sorted as `<` sorts. */
  indexOf(value: string): number {
    const i = this.lowerBound(value);
    return i < this.length && this.at(i) === value ? i : -1;
  }

  /** Whether item i sorts before `value`, compared in place, as `<` compares strings. */
  private isBelow(i: number, value: string): boolean {
    const start = this.starts[i]!;
    const length = this.starts[i + 1]! - 1 - start;
    const common = Math.min(length, value.length);
    for (let k = 0; k < common; k++) {
      const difference = this.joined.charCodeAt(start + k) - value.charCodeAt(k);
      if (difference !== 0) return difference < 0;
    }
    return length < value.length;
  }
}

export function packGazetteer(compiled: CompiledGazetteer): PackedGazetteer {
  const types = indexer();
  const lists = indexer();
  const firstShortForm = compiled.phrases.findIndex(([, , isShortForm]) => isShortForm === 1);
  return {
    types: types.values,
    lists: lists.values,
    entryNames: compiled.entries.map(([name]) => oneLine(name)).join('\n'),
    entryTypes: compiled.entries.map(([, type]) => types.indexOf(type)),
    entryLists: compiled.entries.map(([, , list]) => lists.indexOf(list)),
    entryIds: compiled.entries.map(([, , , id]) => oneLine(id ?? '')).join('\n'),
    entryPlaces: compiled.entries.map(([, , , , geo]) => packPlace(geo)).join('\n'),
    phraseKeys: compiled.phrases.map(([key]) => key).join('\n'),
    phraseEntries: compiled.phrases.map(([, entry]) => entry),
    phraseSpellings: compiled.phrases.map(([, , , spelling]) => spelling ?? '').join('\n'),
    shortFormsFrom: firstShortForm < 0 ? compiled.phrases.length : firstShortForm,
    words: compiled.wordFlags[0].join('\n'),
    wordBits: compiled.wordFlags[1],
    skeletons: compiled.skeletonEntries[0].join('\n'),
    skeletonEntries: compiled.skeletonEntries[1],
    placeWords: compiled.placeFlags[0].join('\n'),
    placeFlags: encodePlaceFlags(compiled.placeFlags[1]),
  };
}

/** A name or id is one line: a line break inside one (a quoted CSV cell) is a space here. */
function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}

/** "73.04329 33.72148 PK": longitude, latitude, country, any of them empty; "" for no facts at all. */
export function packPlace(geo: PlaceFacts | undefined): string {
  if (!geo) return '';
  const [longitude = '', latitude = ''] = geo.coordinates ?? [];
  return `${longitude} ${latitude} ${geo.country ?? ''}`;
}

export function unpackPlace(line: string): PlaceFacts | undefined {
  if (line === '') return undefined;
  const [longitude = '', latitude = '', country = ''] = line.split(' ');
  return {
    ...(longitude !== '' && latitude !== '' ? { coordinates: [Number(longitude), Number(latitude)] as [number, number] } : {}),
    ...(country !== '' ? { country } : {}),
  };
}

export function unpackGazetteer(packed: PackedGazetteer): CompiledGazetteer {
  const count = packed.entryTypes.length;
  const names = new PackedStrings(packed.entryNames, count);
  const ids = new PackedStrings(packed.entryIds, count);
  const places = new PackedStrings(packed.entryPlaces, count);
  const keys = new PackedStrings(packed.phraseKeys, packed.phraseEntries.length);
  const spellings = new PackedStrings(packed.phraseSpellings, packed.phraseEntries.length);
  const words = new PackedStrings(packed.words, packed.wordBits.length);
  const placeFlags = packed.placeFlags ?? '';
  const placeWords = new PackedStrings(packed.placeWords ?? '', placeFlags.length);
  const skeletons = new PackedStrings(packed.skeletons, packed.skeletonEntries.length);
  return {
    entries: packed.entryTypes.map((type, i) => {
      const [name, list, id, geo] = [names.at(i), packed.lists[packed.entryLists[i]!]!, ids.at(i), unpackPlace(places.at(i))];
      const entry: CompiledEntry = geo ? [name, packed.types[type] as EntityType, list, id || undefined, geo] : [name, packed.types[type] as EntityType, list];
      if (!geo && id) entry.push(id);
      return entry;
    }),
    phrases: packed.phraseEntries.map((entry, i) => {
      const isShortForm = i >= packed.shortFormsFrom ? 1 : 0;
      const spelling = spellings.at(i);
      return spelling ? [keys.at(i), entry, isShortForm, spelling] : [keys.at(i), entry, isShortForm];
    }),
    wordFlags: [Array.from({ length: words.length }, (_, i) => words.at(i)), [...packed.wordBits]],
    placeFlags: [Array.from({ length: placeWords.length }, (_, i) => placeWords.at(i)), Array.from({ length: placeFlags.length }, (_, i) => decodePlaceFlag(placeFlags, i))],
    skeletonEntries: [Array.from({ length: skeletons.length }, (_, i) => skeletons.at(i)), [...packed.skeletonEntries]],
  };
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
