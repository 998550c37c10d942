// Mentions from every stage → one mention per stretch of text. What the text itself defines comes
// first ("Pakistani [Inter-Services Intelligence] (ISI)"); among the rest the longer wins ("Kabul
// University" over "Kabul"), then the stronger source (a list over a rule).
import type { Mention, MentionSource } from '../../types.js';

const SOURCE_STRENGTH: Record<MentionSource, number> = { acronym: 3, gazetteer: 2, rule: 1, compromise: 0 };

export function preferLongestThenStrongest(a: Mention, b: Mention): number {
  const defined = Number(b.source === 'acronym') - Number(a.source === 'acronym');
  return defined || b.end - b.start - (a.end - a.start) || SOURCE_STRENGTH[b.source] - SOURCE_STRENGTH[a.source] || a.start - b.start;
}

/**
 * The mentions `prefer` keeps, in text order: taken in order of preference, each is kept unless it
 * shares a character with one kept before it. Only mentions that overlap can compete, so the
 * preference order is worked out within each run of overlapping mentions, not over the whole text:
 * most mentions overlap nothing, and one sort by position is most of the work.
 */
export function resolveOverlaps(mentions: readonly Mention[], prefer = preferLongestThenStrongest): Mention[] {
  // A mention of no characters names nothing (no stage makes one on purpose).
  const byStart = mentions.filter((m) => m.end > m.start).sort((a, b) => a.start - b.start);
  const kept: Mention[] = [];
  let from = 0;
  while (from < byStart.length) {
    let end = byStart[from]!.end;
    let to = from + 1;
    while (to < byStart.length && byStart[to]!.start < end) end = Math.max(end, byStart[to++]!.end);
    if (to - from === 1) kept.push(byStart[from]!);
    else kept.push(...keepPreferred(byStart.slice(from, to), prefer));
    from = to;
  }
  return kept;
}

function keepPreferred(overlapping: Mention[], prefer: (a: Mention, b: Mention) => number): Mention[] {
  const kept: Mention[] = [];
  for (const mention of overlapping.sort(prefer)) {
    if (!kept.some((other) => sharesCharacter(mention, other))) kept.push(mention);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function sharesCharacter(a: Mention, b: Mention): boolean {
  return Math.max(a.start, b.start) < Math.min(a.end, b.end);
}
