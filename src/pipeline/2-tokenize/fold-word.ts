// A word's folded form, the key it is looked up by in every list: case, diacritics and apostrophes
// gone, common transliteration variants made one (Tehreek ~ Tehrik, Haqqani ~ Haqani, -i- ~ -e-).
import { boundedMemo } from '../memo.js';

const COMBINING_MARKS = /\p{M}+/gu;
const APOSTROPHES = /['’ʼ`]/g;
// Letters no Unicode decomposition takes to ASCII, as English text writes them: "Wałęsa" ~
// "Walesa", "Søren" ~ "Soren", "Đoković" ~ "Djokovic" is left to the lists' aliases.
const UNDECOMPOSED_LETTERS: Readonly<Record<string, string>> = {
  ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', ı: 'i', ß: 'ss', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe', þ: 'th', Þ: 'Th',
};
const UNDECOMPOSED = /[łŁøØđĐðÐıßæÆœŒþÞ]/g;

/** Lower case, no diacritics, no apostrophes; "ee"/"oo" and doubled letters folded (Tehreek ~ Tehrik, Haqqani ~ Haqani). */
export function foldWord(word: string): string {
  return foldPlainAscii(word) ?? foldMemoized(word);
}

/**
 * Most words are ASCII with no apostrophe and no doubled letter: their folded form is their lower
 * case, worked out here faster than a look-up in the memo. Undefined for any other word.
 */
function foldPlainAscii(word: string): string | undefined {
  let hasUpper = false;
  let previous = -1;
  for (let i = 0; i < word.length; i++) {
    let code = word.charCodeAt(i);
    if (code > 127 || code === 39 || code === 96) return undefined;
    if (code >= 65 && code <= 90) {
      hasUpper = true;
      code += 32;
    }
    if (code === previous && word.length >= 4) return undefined;
    previous = code;
  }
  if (word.length === 1 && previous === 105) return 'e';
  return hasUpper ? word.toLowerCase() : word;
}

/** Shorter words are folded no further than plainWord: too many of them would meet by chance. */
export const MIN_VARIANT_FOLD_LENGTH = 4;

// Folding is the matcher's hottest step, and words repeat.
const foldMemoized = boundedMemo(foldUncached);

/** Lower case, no diacritics, no apostrophes: the word as spelt, without the variant folding. */
export function plainWord(word: string): string {
  // Most words are ASCII with no apostrophe: their case is all there is to take off.
  if (isAsciiWithoutApostrophe(word)) return word.toLowerCase();
  return word.normalize('NFD').replace(COMBINING_MARKS, '').replace(UNDECOMPOSED, (letter) => UNDECOMPOSED_LETTERS[letter]!).replace(APOSTROPHES, '').toLowerCase();
}

function isAsciiWithoutApostrophe(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code > 127 || code === 39 || code === 96) return false;
  }
  return true;
}

function foldUncached(word: string): string {
  const plain = plainWord(word);
  // The linking vowel of Persian and Urdu compounds is written either way: Mazar-i-Sharif ~ Mazar-e-Sharif.
  if (plain === 'i') return 'e';
  if (plain.length < MIN_VARIANT_FOLD_LENGTH) return plain;
  return plain.replace(/ee/g, 'i').replace(/oo/g, 'u').replace(/(\p{L})\1+/gu, '$1');
}

