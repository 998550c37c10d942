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

/**
 * The mentions `prefer` keeps, in text order: taken in order of preference, each is kept unless it
 * shares a character with one kept before it. Only mentions that overlap can compete, so the
 * preference order is worked out within each run of overlapping mentions, not over the whole text:
 * most mentions overlap nothing. The stages' lists come in text order already, so putting them in
 * one order is a merge (the same as a stable sort of the lists one after the other).
 */
export function resolveOverlaps(lists: readonly (readonly Mention[])[], prefer = preferLongestThenStrongest): Mention[] {
  const byStart = mergeByStart(lists);
  const kept: Mention[] = [];
  let from = 0;
  while (from < byStart.length) {
    let end = byStart[from]!.end;
    let to = from + 1;
    while (to < byStart.length && byStart[to]!.start < end) end = Math.max(end, byStart[to++]!.end);
    if (to - from === 1) kept.push(byStart[from]!);
    else for (const mention of keepPreferred(byStart.slice(from, to), byStart[from]!.start, end, prefer)) kept.push(mention);
    from = to;
  }
  return kept;
}

/** The mentions of every list by start, ties in list order; a mention of no characters names nothing. */
function mergeByStart(lists: readonly (readonly Mention[])[]): Mention[] {
  const sorted = lists.map((list) => (isInTextOrder(list) ? list : [...list].sort((a, b) => a.start - b.start)));
  const next = sorted.map(() => 0);
  const merged: Mention[] = [];
  for (;;) {
    let best = -1;
    for (let k = 0; k < sorted.length; k++) {
      const candidate = sorted[k]![next[k]!];
      if (candidate && (best < 0 || candidate.start < sorted[best]![next[best]!]!.start)) best = k;
    }
    if (best < 0) return merged;
    const mention = sorted[best]![next[best]!++]!;
    if (mention.end > mention.start) merged.push(mention);
  }
}

function isInTextOrder(list: readonly Mention[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i]!.start < list[i - 1]!.start) return false;
  return true;
}

/**
 * One run of overlapping mentions, in text order, spanning [from, end). One flag a character of the
 * run: checking a mention costs its length, not the number kept before it, so a run of thousands
 * (a long name with a short form used all through it) stays linear.
 */
function keepPreferred(overlapping: Mention[], from: number, end: number, prefer: (a: Mention, b: Mention) => number): Mention[] {
  const taken = borrowFlags(end - from);
  const kept: Mention[] = [];
  for (const mention of overlapping.sort(prefer)) {
    const start = mention.start - from;
    const stop = mention.end - from;
    if (taken.subarray(start, stop).includes(1)) continue;
    taken.fill(1, start, stop);
    kept.push(mention);
  }
  return kept.sort((a, b) => a.start - b.start);
}
