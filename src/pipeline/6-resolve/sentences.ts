// Text → where its sentences start (offsets), from the tokenizer's sentence starts. Run only when a
// caller asks for sentences (co-occurrence by sentence), so the default path costs nothing.
import type { Token } from '../../types.js';
import { tokenize } from '../2-tokenize/tokenize.js';
import { MAX_SECTION_CHARS, sectionsOf } from '../sections.js';

// The tokenizer marks every line's first word as a sentence start, since capitals there say nothing.
// For sentences that is too many: a hard-wrapped paragraph is one sentence across its lines. A line
// break ends a sentence only after a full stop (or ! ? …), a blank line, or a headline in capitals.
const SENTENCE_END = new Set(['.', '!', '?', '…', ':', ';', '•', '|']);
const CLOSING = new Set(['"', '”', '’', "'", '»', ')', ']']);

/** Offsets of each sentence's first token, ascending; the first sentence starts at 0. */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  // A section at a time, as the pipeline does, so a huge text never holds all its tokens.
  for (const { start, end } of sectionsOf(text, MAX_SECTION_CHARS)) {
    const section = text.slice(start, end);
    const tokens = tokenize(section);
    tokens.forEach((token, i) => {
      if (i > 0 && token.isSentenceStart && endsSentence(section, tokens, i)) starts.push(start + token.start);
    });
  }
  return starts;
}

function endsSentence(text: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (!token.isAfterLineBreak) return true;
  const previous = tokens[i - 1]!;
  if (/\n[^\S\n]*\n/.test(text.slice(previous.end, token.start))) return true;
  if (previous.isInCapsLine && !token.isInCapsLine) return true;
  let j = i - 1;
  while (j > 0 && CLOSING.has(tokens[j]!.text)) j--;
  return SENTENCE_END.has(tokens[j]!.text);
}

/** The index of the sentence holding `offset`: the last start at or before it. */
export function sentenceIndexAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
