// The keys names are matched by: case, diacritics, apostrophes and hyphen-versus-space folded away,
// so that "Tehreek-e-Taliban", "Tehreek e Taliban" and "TEHREEK-E-TALIBAN" meet on one key.
import type { Token } from '../../types.js';
import { tokenize } from '../2-tokenize/tokenize.js';

const COMBINING_MARKS = /\p{M}+/gu;
const APOSTROPHES = /['’ʼ`]/g;

// Words written in lower case inside names ("Jammu and Kashmir", "Jaish-e-Mohammed", "Osama bin Laden").
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'of', 'and', 'the', 'for', 'on', 'in', 'at', 'de', 'da', 'do', 'du', 'des', 'del', 'della', 'di', 'la', 'le', 'el', 'al', 'ul', 'ud',
  'ur', 'us', 'e', 'i', 'o', 'a', 'bin', 'ibn', 'bint', 'von', 'van', 'der', 'den', 'y', 'es', 'ut', 'un', 'an', '&',
]);

// Words repeat across a text and a batch, and folding is the matcher's hottest step: a bounded memo,
// emptied when full so memory stays flat on any input.
const MAX_MEMO_SIZE = 100_000;
const memo = new Map<string, string>();

/** Lower case, no diacritics, no apostrophes; "ee"/"oo" and doubled letters folded (Tehreek ~ Tehrik, Haqqani ~ Haqani). */
export function foldWord(word: string): string {
  let folded = memo.get(word);
  if (folded === undefined) {
    if (memo.size >= MAX_MEMO_SIZE) memo.clear();
    folded = foldUncached(word);
    memo.set(word, folded);
  }
  return folded;
}

function foldUncached(word: string): string {
  const plain = word.normalize('NFD').replace(COMBINING_MARKS, '').replace(APOSTROPHES, '').toLowerCase();
  // The linking vowel of Persian and Urdu compounds is written either way: Mazar-i-Sharif ~ Mazar-e-Sharif.
  if (plain === 'i') return 'e';
  if (plain.length < 4) return plain;
  return plain.replace(/ee/g, 'i').replace(/oo/g, 'u').replace(/(\p{L})\1+/gu, '$1');
}

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

const HYPHENS = new Set(['-', '‐', '‑', '–']);

export function isJoiningHyphen(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (token === undefined || !HYPHENS.has(token.text)) return false;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return before !== undefined && after !== undefined && before.end === token.start && after.start === token.end;
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
  return tokens.map((t) => foldWord(t.text)).join(' ');
}

/** The key of a name written in a data file: its tokens as the text would give them. */
export function nameKey(name: string, isShortForm: boolean): string {
  const tokens = tokenize(name);
  const kept = keyTokens(tokens, 0, tokens.length);
  return isShortForm ? exactKey(kept) : foldedKey(kept);
}
