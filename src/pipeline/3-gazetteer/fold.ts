// The keys names are matched by: words folded (2-tokenize/fold-word.ts) and hyphen-versus-space
// folded away, so that "Tehreek-e-Taliban", "Tehreek e Taliban" and "TEHREEK-E-TALIBAN" meet on one key.
import type { Token } from '../../types.js';
import { plainWord } from '../2-tokenize/fold-word.js';
import { tokenize } from '../2-tokenize/tokenize.js';


// Words written in lower case inside names ("Jammu and Kashmir", "Jaish-e-Mohammed", "Osama bin Laden").
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'of', 'and', 'the', 'for', 'on', 'in', 'at', 'de', 'da', 'do', 'du', 'des', 'del', 'della', 'di', 'la', 'le', 'el', 'al', 'ul', 'ud',
  'ur', 'us', 'e', 'i', 'o', 'a', 'bin', 'ibn', 'bint', 'von', 'van', 'der', 'den', 'y', 'es', 'ut', 'un', 'an', '&',
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
