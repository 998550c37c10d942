// A quick test before a look-up in a set of words: whether a word opens as one of them does, by its
// first two characters. A hash table's look-up hashes the word first; most words of a text open
// otherwise than every word of a small or peculiar set, and this answers for them without that.

/**
 * False only for a word that opens as none of `words` does, by the low bytes of its first two
 * characters (so two openings may share a bit, and the answer true is only a maybe).
 */
export function openingsOf(words: Iterable<string>): (word: string) => boolean {
  const opens = new Uint8Array(0x10000);
  for (const word of words) opens[slotOf(word)] = 1;
  return (word) => opens[slotOf(word)] === 1;
}

function slotOf(word: string): number {
  return ((word.charCodeAt(0) & 0xff) << 8) | (word.length > 1 ? word.charCodeAt(1) & 0xff : 0);
}
