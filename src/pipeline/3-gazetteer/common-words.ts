// Whether a word as written is a common word, a stop word or a demonym. Folding lets names meet
// across spellings (Tehreek ~ Tehrik, Haqqani ~ Haqani), and so it also gives "Leeds" the key of
// "lids", "Saad" that of "sad" and "Scott" that of "Scot": the word lists' key says only that such a
// word folds alike, and the spelling settles the question.
import type { Token, WordLists } from '../../types.js';
import { plainWord } from '../2-tokenize/fold-word.js';

/** A word (folded `key`, as spelt `spelling`) is a common English word. */
export function isCommonWordSpelt(key: string, spelling: string, words: WordLists): boolean {
  return words.commonWords.has(key) && words.ordinarySpellings.has(spelling);
}

/** A word (folded `key`, as spelt `spelling`) is a stop word. */
export function isStopWordSpelt(key: string, spelling: string, words: WordLists): boolean {
  return words.stopWords.has(key) && words.ordinarySpellings.has(spelling);
}

/** The token spells a common English word (any case). */
export function isCommonWordAsWritten(token: Token, words: WordLists): boolean {
  return words.commonWords.hasKeyOf(token) && isOrdinarySpelling(token, words);
}

/** The token spells a stop word (any case). */
export function isStopWordAsWritten(token: Token, words: WordLists): boolean {
  return words.stopWords.hasKeyOf(token) && isOrdinarySpelling(token, words);
}

/** The token spells a demonym (any case): "Scot", but not "Scott". */
export function isDemonymAsWritten(token: Token, words: WordLists): boolean {
  return words.demonyms.hasKeyOf(token) && isOrdinarySpelling(token, words);
}

/** The token as spelt is that of a common word, a stop word, a demonym or a head word. */
export function isOrdinarySpelling(token: Token, words: WordLists): boolean {
  const spelling = spellingOf(token);
  return spelling === token.key ? words.ordinarySpellings.hasKeyOf(token) : words.ordinarySpellings.has(spelling);
}

/**
 * The token as spelt: plainWord(token.text), in lower case. Most words' spelling is their key, and
 * no more is worked out for them.
 */
export function spellingOf(token: Token): string {
  const lower = token.shape === 'lower' ? token.text : token.text.toLowerCase();
  return lower === token.key ? token.key : plainWord(token.text);
}
