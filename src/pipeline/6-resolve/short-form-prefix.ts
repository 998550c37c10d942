// Mentions → the same mentions with a country's or body's short form joined to the organization
// named right after it: "U.S. Naval Forces Central Command", "UN Security Council", "U.S. 5th
// Fleet" (guidelines: a name that mixes a short form with words is one span). "US embassy" stays
// as it is: "embassy" is no mention.
import type { Mention } from '../../types.js';
import { ruleEvidence, thenEvidence } from '../evidence.js';
import { makeMention } from '../mention.js';

// Only spaces between the two, and no more than this many: "U.S.  Navy" still, "U.S.\nNavy" not.
const MAX_GAP = 2;

export function joinShortFormPrefixes(text: string, mentions: readonly Mention[]): Mention[] {
  const joined: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const mention = mentions[i]!;
    const next = mentions[i + 1];
    if (next !== undefined && isPrefixOf(text, mention, next)) {
      const name = text.slice(mention.start, next.end);
      const evidence = thenEvidence(next.evidence, ruleEvidence('short-form-prefix', mention.text));
      joined.push(makeMention({ start: mention.start, end: next.end, text: name, type: 'organization', source: next.source, canonical: name, evidence }));
      i++;
    } else joined.push(mention);
  }
  return joined;
}

function isPrefixOf(text: string, shortForm: Mention, next: Mention): boolean {
  if (!shortForm.isShortForm || (shortForm.type !== 'place' && shortForm.type !== 'organization')) return false;
  if (next.type !== 'organization' || next.isShortForm) return false;
  const gap = next.start - shortForm.end;
  return gap >= 1 && gap <= MAX_GAP && text.slice(shortForm.end, next.start).trim() === '' && !text.slice(shortForm.end, next.start).includes('\n');
}
