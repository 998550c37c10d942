// Mentions from every stage → one mention per stretch of text. What the text itself defines comes
// first ("Pakistani [Inter-Services Intelligence] (ISI)"); among the rest the longer wins ("Kabul
// University" over "Kabul"), then the stronger source (a list over a rule).
import type { Mention, MentionSource } from '../../types.js';
import { borrowFlags } from '../scratch.js';

const SOURCE_STRENGTH: Record<MentionSource, number> = { acronym: 3, gazetteer: 2, rule: 1, compromise: 0 };


export function preferLongestThenStrongest(a: Mention, b: Mention): number {
  const defined = Number(b.source === 'acronym') - Number(a.source === 'acronym');
  return defined || b.end - b.start - (a.end - a.start) || SOURCE_STRENGTH[b.source] - SOURCE_STRENGTH[a.source] || a.start - b.start;
}

export function resolveOverlaps(textLength: number, mentions: readonly Mention[], prefer = preferLongestThenStrongest): Mention[] {
  // One flag a character: checking a mention costs its length, so the whole pass stays linear.
  const taken = borrowFlags(textLength);
  const kept: Mention[] = [];
  for (const mention of [...mentions].sort(prefer)) {
    if (taken.subarray(mention.start, mention.end).includes(1)) continue;
    taken.fill(1, mention.start, mention.end);
    kept.push(mention);
  }
  return kept.sort((a, b) => a.start - b.start);
}
