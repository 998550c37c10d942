// The keys names are matched by: words folded (2-tokenize/fold-word.ts) and hyphen-versus-space
// folded away, so that "Tehreek-e-Taliban", "Tehreek e Taliban" and "TEHREEK-E-TALIBAN" meet on one key.
import type { Token } from '../../types.js';
import { plainWord } from '../2-tokenize/fold-word.js';
import { boundedMemo } from '../memo.js';
import { tokenize } from '../2-tokenize/tokenize.js';


// Words written in lower case inside names ("Jammu and Kashmir", "Jaish-e-Mohammed", "Osama bin Laden").
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'of', 'and', 'the', 'for', 'on', 'in', 'at', 'de', 'da', 'do', 'du', 'des', 'del', 'della', 'di', 'la', 'le', 'el', 'al', 'ul', 'ud',
  'ur', 'us', 'e', 'i', 'o', 'a', 'bin', 'ibn', 'bint', 'von', 'van', 'der', 'den', 'y', 'es', 'ut', 'un', 'an', '&', 'dei', 'delle', 'dello', 'degli',
  // Arabic's article as romanisations write it ("Deir ez-Zor", "Ras al-Ayn", "Dar es Salaam"), and
  // the lower-case words of European place names ("Frankfurt am Main", "Newcastle upon Tyne").
  'ez', 'az', 'ad', 'ed', 'as', 'ash', 'ath', 'ar', 'adh', 'wal', 'wa', 'dos', 'das', 'los', 'las', 'am', 'upon', 'sur', 'les', 'lès',
]);

/** The tokens that make up a name's key: hyphens written between two words join them like a space. */
export function keyTokens(tokens: readonly Token[], from: number, to: number): Token[] {
  const kept: Token[] = [];
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if (isJoiningHyphen(tokens, i)) continue;
    kept.push(token);
  }
  return kept;
}

// Hyphens that join the words of a name: hyphen-minus, hyphen, non-breaking hyphen, en dash.
export const HYPHENS: ReadonlySet<string> = new Set(['-', '‐', '‑', '–']);

export function isJoiningHyphen(tokens: readonly Token[], i: number): boolean {
  // A hyphen joins two tokens, so none stands first or last. Callers ask about positions past either
  // end too, and tokens[-1] is a slow property look-up in V8.
  if (i <= 0 || i >= tokens.length - 1) return false;
  const token = tokens[i]!;
  if (token.kind !== 'punct' || !HYPHENS.has(token.text)) return false;
  return tokens[i - 1]!.end === token.start && tokens[i + 1]!.start === token.end;
}

/** A short form is matched exactly as written: "US" is not "us", "IS" is not "is". */
export function isWrittenAsShortForm(name: string): boolean {
  if (/\s/.test(name)) return false;
  const upper = name.match(/\p{Lu}/gu)?.length ?? 0;
  const letters = name.match(/\p{L}/gu)?.length ?? 0;
  return letters > 0 && (upper === letters || (upper >= 2 && upper * 2 >= letters));
}

export function exactKey(tokens: readonly Token[]): string {
  return tokens.map((t) => t.text).join(' ');
}

export function foldedKey(tokens: readonly Token[]): string {
  return tokens.map((t) => t.key).join(' ');
}

/** A name's words as spelt (plainWord), where folding would hide a difference ("Steel" ~ "STILL"). */
export function nameSpelling(name: string): string {
  const tokens = tokenize(name);
  return keyTokens(tokens, 0, tokens.length).map((t) => plainWord(t.text)).join(' ');
}

/** The key of a name written in a data file: its tokens as the text would give them. */
export function nameKey(name: string, isShortForm: boolean): string {
  const tokens = tokenize(name);
  const kept = keyTokens(tokens, 0, tokens.length);
  return isShortForm ? exactKey(kept) : foldedKey(kept);
}

/** A place name's words, folded, punctuation left out: "Tall 'Afar" and "Tal Afar" meet on "tal afar". */
export function wordsKey(tokens: readonly Token[], from: number, to: number): string {
  let key = '';
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if (token.kind === 'punct') continue;
    key = key === '' ? token.key : `${key} ${token.key}`;
  }
  return key;
}

// Arabic's article, as romanisations write it before a word ("Al Hawijah", "Dayr az Zawr", "Ash
// Shaddadah"): left out of the skeleton, since one spelling writes it and the next does not.
const ARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'ar', 'as', 'ash', 'at', 'ath', 'ad', 'adh', 'az', 'an', 'ed', 'ez', 'es', 'er', 'en', 'ul', 'il']);
// Letter pairs the romanisations of Arabic, Persian, Russian and Ukrainian write either way.
const DIGRAPHS: readonly [RegExp, string][] = [[/dh/g, 'd'], [/th/g, 't'], [/kh/g, 'k'], [/gh/g, 'g'], [/q/g, 'k'], [/ck/g, 'k'], [/ph/g, 'f']];

/**
 * The consonant skeleton of a folded name, the key transliteration variants share: articles out,
 * a final -ah/-eh as -a, digraphs as one letter, then the vowels and semivowels (a e i o u y w)
 * after each word's first letter dropped and doubled letters made one. "Dayr Az Zawr", "Deir ez-Zor"
 * and "Dayr Az Zayr" → "dr zr"; "Kharkiv" and "Kharkov" → "krkv". Matching only: never a name.
 */
export function transliterationSkeleton(foldedWords: string): string {
  return skeletonMemo(foldedWords);
}

// Names repeat within and across texts, and the skeleton is a dozen string replacements.
const skeletonMemo = boundedMemo(skeletonOf);

function skeletonOf(foldedWords: string): string {
  const words = foldedWords.split(' ');
  const kept: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (i < words.length - 1 && ARTICLES.has(word)) continue;
    let plain = word.replace(/[ae]h$/, 'a');
    for (const [pair, letter] of DIGRAPHS) plain = plain.replace(pair, letter);
    const skeleton = plain.charAt(0) + plain.slice(1).replace(/[aeiouyw]/g, '');
    kept.push(skeleton.replace(/(.)\1+/g, '$1'));
  }
  return kept.join(' ');
}

// German writes an umlaut out as a vowel and "e" where the letter is missing ("Juergen Klinsmann",
// "Duesseldorf", as wire copy long did): folding takes "ü" to "u", so the written-out form is a
// spelling of its own, added beside the name.
const UMLAUTS_WRITTEN_OUT: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };
const UMLAUT = /[äöüÄÖÜ]/g;

/** A listed name's spellings: itself, and with its umlauts written out ("Jürgen", "Juergen"). */
export function listedSpellings(name: string): string[] {
  const writtenOut = name.replace(UMLAUT, (letter) => UMLAUTS_WRITTEN_OUT[letter]!);
  return writtenOut === name ? [name] : [name, writtenOut];
}
