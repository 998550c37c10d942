// A trie over words, in flat arrays: the form the phrases are built into once and loaded as they are.
// A scan follows one child a token and stops where no name goes on; a node is a number, so walking
// the trie allocates nothing.
import { StringTable } from './string-table.js';

export interface PhraseHit {
  entry: number;
  isShortForm: boolean;
  /** The listed words as spelt, where folding changed them: a text word that differs from its
   * listed twin only by folding must not be a common English word ("US STILL" is not US Steel). */
  spelling?: readonly string[];
}

export interface PhraseTrieArrays {
  /** By the index of a phrase's first word in the vocabulary: the node it leads to, or -1. */
  roots: Int32Array;
  /** Node n's children are childWords/childNodes[childStarts[n], childStarts[n + 1]), by word index. */
  childStarts: Int32Array;
  childWords: Int32Array;
  childNodes: Int32Array;
  /** The entry of the phrase that ends at a node, or -1. */
  hitEntries: Int32Array;
  /** That phrase's listed spelling (an index into the spellings), or -1 where folding changed nothing. */
  hitSpellings: Int32Array;
}

/** A phrase to build in: its words, its entry, and the index of its spelling (-1 for none). */
export interface TriePhrase {
  words: readonly string[];
  entry: number;
  spelling: number;
}

export const NO_NODE = -1;

export class PhraseTrie {
  private readonly hits: (PhraseHit | undefined)[];

  /**
   * `indexOf` gives each word its index in the vocabulary the trie was built over (-1 for none);
   * `spellingAt` reads a spelling by index, when a hit first needs it.
   */
  constructor(
    readonly arrays: PhraseTrieArrays,
    private readonly indexOf: (word: string) => number,
    private readonly isShortForm: boolean,
    private readonly spellingAt: (index: number) => string,
  ) {
    // Sized up front: filled at scattered indices, a growing array would turn into a dictionary.
    this.hits = new Array(arrays.hitEntries.length);
  }

  /** Phrases into arrays; where two phrases have the same words, the first one's entry stands. */
  static build(phrases: readonly TriePhrase[], vocabulary: StringTable): PhraseTrieArrays {
    interface Building {
      entry: number;
      spelling: number;
      children: Map<number, Building>;
    }
    const roots = new Map<number, Building>();
    for (const { words, entry, spelling } of phrases) {
      let level = roots;
      let node: Building | undefined;
      for (const word of words) {
        const index = vocabulary.indexOf(word);
        if (index < 0) throw new Error(`phrase word "${word}" is not in the vocabulary`);
        node = level.get(index);
        if (!node) level.set(index, (node = { entry: NO_NODE, spelling: NO_NODE, children: new Map() }));
        level = node.children;
      }
      if (node && node.entry === NO_NODE) {
        node.entry = entry;
        node.spelling = spelling;
      }
    }
    // Numbered breadth first, so each node's children are numbered in a row.
    const order: Building[] = [];
    const numbers = new Map<Building, number>();
    const number = (node: Building) => {
      numbers.set(node, order.length);
      order.push(node);
    };
    const rootArray = new Int32Array(vocabulary.length).fill(NO_NODE);
    for (const [word, node] of [...roots].sort((a, b) => a[0] - b[0])) {
      number(node);
      rootArray[word] = numbers.get(node)!;
    }
    const starts: number[] = [];
    const childWords: number[] = [];
    const childNodes: number[] = [];
    for (let n = 0; n < order.length; n++) {
      starts.push(childWords.length);
      for (const [word, child] of [...order[n]!.children].sort((a, b) => a[0] - b[0])) {
        number(child);
        childWords.push(word);
        childNodes.push(numbers.get(child)!);
      }
    }
    starts.push(childWords.length);
    return {
      roots: rootArray,
      childStarts: Int32Array.from(starts),
      childWords: Int32Array.from(childWords),
      childNodes: Int32Array.from(childNodes),
      hitEntries: Int32Array.from(order, (node) => node.entry),
      hitSpellings: Int32Array.from(order, (node) => node.spelling),
    };
  }

  /** The node a name starting with `word` leads to, or NO_NODE. */
  root(word: string): number {
    return this.rootAt(this.indexOf(word));
  }

  /** root(), for the word at `index` in the vocabulary (-1: none). */
  rootAt(index: number): number {
    return index < 0 ? NO_NODE : this.arrays.roots[index]!;
  }

  /** The node `word` leads to from `node`, or NO_NODE. */
  next(node: number, word: string): number {
    return node === NO_NODE ? NO_NODE : this.nextAt(node, this.indexOf(word));
  }

  /** next(), for the word at `index` in the vocabulary (-1: none). */
  nextAt(node: number, index: number): number {
    if (node === NO_NODE || index < 0) return NO_NODE;
    const { childStarts, childWords, childNodes } = this.arrays;
    let low = childStarts[node]!;
    let high = childStarts[node + 1]!;
    while (low < high) {
      const middle = (low + high) >> 1;
      const at = childWords[middle]!;
      if (at === index) return childNodes[middle]!;
      if (at < index) low = middle + 1;
      else high = middle;
    }
    return NO_NODE;
  }

  /** The phrase that ends at `node`, if one does. */
  hit(node: number): PhraseHit | undefined {
    if (node === NO_NODE) return undefined;
    const entry = this.arrays.hitEntries[node]!;
    if (entry === NO_NODE) return undefined;
    let hit = this.hits[node];
    if (!hit) {
      const spelling = this.arrays.hitSpellings[node]!;
      hit = spelling === NO_NODE ? { entry, isShortForm: this.isShortForm } : { entry, isShortForm: false, spelling: this.spellingAt(spelling).split(' ') };
      this.hits[node] = hit;
    }
    return hit;
  }
}
