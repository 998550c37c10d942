// What stands before a name and is no part of it: determiners, stop words, a sentence-initial common
// word, titles ("Lt. Gen. Asim Munir"). The title is kept as the person's evidence.
import type { Token, WordLists } from '../../types.js';
import { isCommonWordAsWritten, isStopWordAsWritten } from '../3-gazetteer/common-words.js';
import { isJoiningHyphen } from '../3-gazetteer/fold.js';
import { isOrdinal } from '../2-tokenize/ordinal.js';
import { type Chunk, fold, lower, type TitledChunk, wordsOf } from './chunks.js';
import { PERSON_PARTICLES } from './context.js';
import { afterTitleComplement, titleLengthAt, titleLengthEndingAt } from './titles.js';

// "The Haqqani Network" → "Haqqani Network" (guidelines: no leading determiner).
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);
// A longer word is none of them, and is not lower-cased to find out.
const isDeterminer = (token: Token) => token.text.length <= 5 && DETERMINERS.has(lower(token));

/** Drops what comes before a name: determiners, stop words, a sentence-initial common word, titles. */
export function stripLeading(tokens: readonly Token[], chunk: Chunk, words: WordLists): TitledChunk {
  let { from } = chunk;
  const titleBefore = titleLengthEndingAt(tokens, from, words);
  let title = titleBefore > 0 ? wordsOf(tokens, from - titleBefore, from) : undefined;
  while (from < chunk.to) {
    const token = tokens[from]!;
    const word = fold(token);
    const isInitial = tokens[from + 1]?.text === '.' && token.text.length === 1;
    if (isInitial) break; // "I. Healy", "A. Dale": an initial opens a person's name, whatever the letter
    const rankClass = rankClassLength(tokens, from);
    if (rankClass > 0) {
      title = wordsOf(tokens, token.text === 'Class' ? from - 1 : from, from + rankClass);
      from += rankClass;
      continue;
    }
    if (token.kind !== 'word' || isDeterminer(token) || isStopWordAsWritten(token, words)) from++;
    else {
      const length = titleLengthAt(tokens, from, chunk.to, words);
      // A sentence's first word is capitalised by its place only, unless it opens a title ("Petty Officer Keating").
      if (length === 0 && token.isSentenceStart && from === chunk.from && isCommonWord(token, words)) {
        from++;
        continue;
      }
      if (length === 0) break;
      // "Polish Foreign Minister to visit": a title alone names nobody.
      if (from + length >= chunk.to) return { from: chunk.to, to: chunk.to, hasTitle: true, title: undefined };
      title = wordsOf(tokens, from, from + length);
      from = afterTitleComplement(tokens, from + length, chunk.to, words);
    }
  }
  // Written out, not spread from a copy: objects made by spreading ended in V8's old generation
  // (measured with its sampling heap profiler), garbage that grew the heap until a full collection.
  return { from: skipConnectors(tokens, from, chunk.to), to: chunk.to, hasTitle: title !== undefined, title };
}

const CLASS_ORDINALS: ReadonlySet<string> = new Set(['First', 'Second', 'Third']);

/** "Petty Officer 2nd Class", "Airman First Class": a rank's class is the rank's, not the name's (tokens it takes here). */
function rankClassLength(tokens: readonly Token[], i: number): number {
  const token = tokens[i]!;
  if (token.text === 'Class') return isOrdinal(tokens[i - 1]) ? 1 : 0;
  return tokens[i + 1]?.text === 'Class' && CLASS_ORDINALS.has(token.text) ? 2 : 0;
}

export function skipConnectors(tokens: readonly Token[], from: number, to: number): number {
  let i = from;
  while (i < to && (tokens[i]!.kind !== 'word' || tokens[i]!.shape === 'lower') && !isLeadingParticle(tokens, i)) i++;
  return i;
}

function isLeadingParticle(tokens: readonly Token[], i: number): boolean {
  return PERSON_PARTICLES.has(tokens[i]!.text) && isJoiningHyphen(tokens, i + 1);
}

export function isCommonWord(token: Token, words: WordLists): boolean {
  return isCommonWordAsWritten(token, words) && !words.givenNames.hasKeyOf(token) && !words.organizationStarts.hasKeyOf(token);
}
