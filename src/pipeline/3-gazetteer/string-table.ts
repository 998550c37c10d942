// A set of strings in three typed arrays, looked up by an open-addressing hash: built once (at build
// time for the built-in lists), then loaded as it is and shared between threads. Unlike a Map grown
// word by word as texts ask, it costs nothing to warm up and makes no garbage, and its arrays can sit
// in a file or a SharedArrayBuffer.

export interface StringTableArrays {
  /** Every string's UTF-16 code units, one after another. */
  chars: Uint16Array;
  /** String i is chars[starts[i], starts[i + 1]). */
  starts: Int32Array;
  /** A power of two of slots, each a string's index + 1, or 0 where empty. */
  slots: Int32Array;
}

// Slots at least twice the strings: a miss (most look-ups) ends at an empty slot within a probe or two.
const LOAD_FACTOR = 0.5;

export class StringTable {
  readonly length: number;
  private readonly mask: number;

  constructor(readonly arrays: StringTableArrays) {
    this.length = arrays.starts.length - 1;
    this.mask = arrays.slots.length - 1;
  }

  /** The strings, each at the index it has in the list (duplicates keep their first index). */
  static build(strings: readonly string[]): StringTable {
    const starts = new Int32Array(strings.length + 1);
    let size = 0;
    strings.forEach((s, i) => {
      starts[i] = size;
      size += s.length;
    });
    starts[strings.length] = size;
    const chars = new Uint16Array(size);
    strings.forEach((s, i) => {
      for (let k = 0; k < s.length; k++) chars[starts[i]! + k] = s.charCodeAt(k);
    });
    let capacity = 2;
    while (capacity * LOAD_FACTOR < strings.length) capacity *= 2;
    const table = new StringTable({ chars, starts, slots: new Int32Array(capacity) });
    strings.forEach((s, i) => table.insert(s, i));
    return table;
  }

  /** The index of `value`, or -1. */
  indexOf(value: string): number {
    const { slots } = this.arrays;
    let slot = hashOf(value) & this.mask;
    for (;;) {
      const held = slots[slot]!;
      if (held === 0) return -1;
      if (this.holds(held - 1, value)) return held - 1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Every string, in index order: one decoding of all the characters, then a slice each. */
  strings(): string[] {
    const { chars, starts } = this.arrays;
    const all = new TextDecoder('utf-16le').decode(chars);
    return Array.from({ length: this.length }, (_, i) => all.slice(starts[i]!, starts[i + 1]!));
  }

  private insert(value: string, index: number): void {
    const { slots } = this.arrays;
    let slot = hashOf(value) & this.mask;
    while (slots[slot] !== 0) {
      if (this.holds(slots[slot]! - 1, value)) return;
      slot = (slot + 1) & this.mask;
    }
    slots[slot] = index + 1;
  }

  private holds(index: number, value: string): boolean {
    const { chars, starts } = this.arrays;
    const start = starts[index]!;
    if (starts[index + 1]! - start !== value.length) return false;
    for (let k = 0; k < value.length; k++) if (chars[start + k] !== value.charCodeAt(k)) return false;
    return true;
  }
}

/** FNV-1a over UTF-16 code units: the same at build time and in every thread. */
function hashOf(value: string): number {
  let hash = 0x811c9dc5;
  for (let k = 0; k < value.length; k++) hash = Math.imul(hash ^ value.charCodeAt(k), 0x01000193);
  return hash >>> 0;
}
