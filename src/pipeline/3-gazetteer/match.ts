// Tokens → mentions of listed names: at each word, the longest phrase the gazetteer holds, left to right.
import type { Mention, Token } from '../../types.js';
import { NAME_CONNECTORS, foldWord, isJoiningHyphen } from './fold.js';
import type { Gazetteer, PhraseHit } from './gazetteer.js';

interface Hit {
  end: number;
  hit: PhraseHit;
}

export function matchGazetteer(text: string, tokens: readonly Token[], gazetteer: Gazetteer): Mention[] {
  const mentions: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const found = tokens[i]!.kind === 'punct' ? undefined : longestHitAt(text, tokens, i, gazetteer);
    if (!found) {
      i++;
      continue;
    }
    const entry = gazetteer.entries[found.hit.entry]!;
    const start = tokens[i]!.start;
    const end = tokens[found.end - 1]!.end;
    mentions.push({
      start,
      end,
      text: text.slice(start, end),
      type: entry.type,
      source: 'gazetteer',
      canonical: entry.name,
      isShortForm: found.hit.isShortForm,
    });
    i = found.end;
  }
  return mentions;
}

function longestHitAt(text: string, tokens: readonly Token[], from: number, gazetteer: Gazetteer): Hit | undefined {
  let best: Hit | undefined;
  let exactKey: string | undefined = '';
  let foldedKey: string | undefined = '';
  for (let i = from; i < tokens.length && (exactKey !== undefined || foldedKey !== undefined); i++) {
    if (i > from && isJoiningHyphen(tokens, i)) continue;
    const token = tokens[i]!;
    // A name does not run across a line break.
    if (i > from && hasLineBreakBefore(text, tokens, i)) break;
    if (exactKey !== undefined) exactKey = extend(exactKey, token.text, gazetteer.exact.prefixes, gazetteer.exact.hits);
    if (foldedKey !== undefined) foldedKey = extend(foldedKey, foldWord(token.text), gazetteer.folded.prefixes, gazetteer.folded.hits);
    const exactHit = exactKey !== undefined ? gazetteer.exact.hits.get(exactKey) : undefined;
    const foldedHit = foldedKey !== undefined ? gazetteer.folded.hits.get(foldedKey) : undefined;
    if (exactHit) best = { end: i + 1, hit: exactHit };
    else if (foldedHit && isCapitalisedName(tokens, from, i + 1)) best = { end: i + 1, hit: foldedHit };
  }
  return best;
}

/** The key so far plus one token, or undefined once no key goes on that way. */
function extend(key: string, word: string, prefixes: ReadonlySet<string>, hits: ReadonlyMap<string, PhraseHit>): string | undefined {
  const next = key === '' ? word : `${key} ${word}`;
  return prefixes.has(next) || hits.has(next) ? next : undefined;
}

function hasLineBreakBefore(text: string, tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  return previous !== undefined && text.slice(previous.end, tokens[i]!.start).includes('\n');
}

/** Folded keys match only names written as names: every word but the connectors capitalised. */
function isCapitalisedName(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word') continue;
    const isConnector = NAME_CONNECTORS.has(token.text.toLowerCase());
    // "Jammu and Kashmir", and "al-Qaeda" where the particle leads, hyphen-joined.
    if (isConnector && i !== to - 1 && (i !== from || isJoiningHyphen(tokens, i + 1))) continue;
    if (token.shape === 'lower' || token.shape === 'none') return false;
    if (token.shape === 'mixed' && !/^\p{Lu}/u.test(token.text) && !isConnector) return false;
  }
  return true;
}
