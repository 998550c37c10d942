// The hard candidates → compromise's part-of-speech tagger, run on their sentences only: capitalised
// chunks the rules typed by default (isGuess). compromise reads each word in its sentence and tags Person, Place or Organization where
// its lexicon and grammar say so. Running it over whole texts would cost 50× the rest of the
// pipeline (about 0.1 MB/s), so only these sentences go to it, and it is loaded on first use.
import { createRequire } from 'node:module';
import type { EntityType, Mention, Span, Token } from '../../types.js';
import { thenEvidence } from '../evidence.js';
import { changeMention } from '../mention.js';

type Nlp = (text: string) => { json(options: object): { terms: { offset: { start: number; length: number }; tags: string[] }[] }[] };

let nlp: Nlp | undefined;
function loadNlp(): Nlp {
  // The CommonJS build loads synchronously, so extract() stays synchronous.
  nlp ??= createRequire(import.meta.url)('compromise') as Nlp;
  return nlp;
}

// compromise's tags that name a type, most specific first.
const TYPE_BY_TAG: readonly [string, EntityType][] = [
  ['Person', 'person'],
  ['Organization', 'organization'],
  ['Place', 'place'],
];

/**
 * Guesses re-typed (or kept) by the tagger. Single undecided words are left alone: measured on the
 * dev set and CoNLL-2003, the tagger's calls on them cost more precision than they gave recall.
 */
export function decideWithTagger(text: string, tokens: readonly Token[], guesses: readonly Mention[]): Mention[] {
  if (guesses.length === 0) return [];
  const sentences = new SentenceTags(text, tokens);
  return guesses.map((guess) => {
    const tagged = sentences.typeOf(guess);
    return tagged && tagged.type !== guess.type ? changeMention(guess, { type: tagged.type, source: 'compromise', evidence: thenEvidence(guess.evidence, `tagger:${tagged.tag}`) }) : guess;
  });
}

/** Tags of the sentences asked about, each sentence tagged once. */
class SentenceTags {
  private readonly tagged = new Map<number, { start: number; tags: Map<number, string[]> }>();
  private readonly sentenceStarts: number[];

  constructor(
    private readonly text: string,
    tokens: readonly Token[],
  ) {
    this.sentenceStarts = tokens.filter((t) => t.isSentenceStart).map((t) => t.start);
  }

  typeOf(span: Span): { type: EntityType; tag: string } | undefined {
    const sentence = this.sentenceAround(span.start);
    const tags = sentence.tags;
    for (const [tag, type] of TYPE_BY_TAG) {
      for (const [offset, termTags] of tags) {
        const at = sentence.start + offset;
        if (at >= span.start && at < span.end && termTags.includes(tag)) return { type, tag };
      }
    }
    return undefined;
  }

  private sentenceAround(position: number): { start: number; tags: Map<number, string[]> } {
    const index = lastAtOrBefore(this.sentenceStarts, position);
    const start = index < 0 ? 0 : this.sentenceStarts[index]!;
    let sentence = this.tagged.get(start);
    if (!sentence) {
      const end = this.sentenceStarts[index + 1] ?? this.text.length;
      const [json] = loadNlp()(this.text.slice(start, end)).json({ offset: true, terms: { offset: true, tags: true } });
      sentence = { start, tags: new Map((json?.terms ?? []).map((term) => [term.offset.start, term.tags])) };
      this.tagged.set(start, sentence);
    }
    return sentence;
  }
}

function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! <= value) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}
