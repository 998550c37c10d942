// Titles before names: how many tokens spell one ("Lt Gen", "Prime Minister"), looking ahead from
// a token or back from a name, and the "of …" complement some titles take.
import type { Token, WordLists } from '../../types.js';
import { isPossessiveToken } from '../2-tokenize/tokenize.js';
import { isCommonWordAsWritten, isOrdinarySpelling } from '../3-gazetteer/common-words.js';
import { fold } from './chunks.js';

// Longest title looked for before a name, in words ("Lt Gen", "Chief Minister", "Secretary of State").
const MAX_TITLE_WORDS = 3;

/**
 * "Inspector General of Police", "Chief of Army Staff", "Secretary for Security", "High Commissioner
 * for Refugees": an "of" or "for" after a title and the generic words after it belong to the title.
 * Stops at the first word that could be a name ("… of State Antony").
 */
export function afterTitleComplement(tokens: readonly Token[], from: number, to: number, words: WordLists): number {
  if (tokens[from]?.text !== 'of' && tokens[from]?.text !== 'for') return from;
  let i = from + 1;
  // "Minister of Mines and Minerals Development": "and" between two of them too.
  while (i < to && (isComplementWord(tokens[i]!, words) || (tokens[i]!.text === 'and' && i > from + 1 && i + 1 < to && isComplementWord(tokens[i + 1]!, words)))) i++;
  return i;
}

function isComplementWord(token: Token, words: WordLists): boolean {
  return token.kind === 'word' && !words.givenNames.hasKeyOf(token) && (words.organizationHeads.hasKeyOf(token) || isCommonWordAsWritten(token, words));
}

/** A word of a title as written: "Sheriff", but not the given name "Sherif", which folds alike. */
function isTitleWord(token: Token, words: WordLists): boolean {
  return words.titleWords.hasKeyOf(token) && isOrdinarySpelling(token, words);
}

/** How many tokens from `from` spell a title (Gen, Lt Gen, Prime Minister), the longest; 0 for none. */
export function titleLengthAt(tokens: readonly Token[], from: number, to: number, words: WordLists): number {
  if (!isTitleWord(tokens[from]!, words)) return 0;
  let phrase = '';
  let length = 0;
  let wordsSeen = 0;
  for (let i = from; i < to && wordsSeen < MAX_TITLE_WORDS; i++) {
    const token = tokens[i]!;
    if (token.text === '.') continue;
    if (token.kind !== 'word' || !isTitleWord(token, words)) break;
    phrase = phrase ? `${phrase} ${fold(token)}` : fold(token);
    wordsSeen++;
    if (words.titles.has(phrase)) length = i + 1 - from;
  }
  if (length > 0 && tokens[from + length]?.text === '.') length++;
  // "the Attorney's Office", "the President's office": a title with a possessive names what is its, not a person after it.
  const after = tokens[from + length];
  if (length > 0 && after !== undefined && isPossessiveToken(after)) return 0;
  return length;
}

/** Whether the words just before `at` are a title ("Gen. | Asim Munir", "army chief | Asim Munir"). */
export function titleLengthEndingAt(tokens: readonly Token[], at: number, words: WordLists): number {
  let i = at - 1;
  if (tokens[i]?.text === '.') {
    // The tokenizer reads "Gen." as an abbreviation; a full stop it took for a sentence's end parts
    // the name from a title that ended the sentence before ("… national security adviser. Mamadi …").
    if (tokens[at]?.isSentenceStart) return 0;
    i--;
  }
  let phrase = '';
  for (let n = 0; n < MAX_TITLE_WORDS && i >= 0 && tokens[i]!.kind === 'word' && isTitleWord(tokens[i]!, words); n++, i--) {
    phrase = phrase ? `${fold(tokens[i]!)} ${phrase}` : fold(tokens[i]!);
    if (words.titles.has(phrase)) return at - i;
  }
  return 0;
}
