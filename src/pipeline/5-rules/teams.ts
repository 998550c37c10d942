// Listed places → sports teams where a text is a table of results: "Chicago 11 TORONTO 2",
// "Glamorgan 259 and 207", "Kent 108-3". A city or county followed by a score is its club (an
// organization, as CoNLL-2003 and any sports desk have it); a country stays a place.
import type { Mention, Token } from '../../types.js';

// A score: a small whole number or runs-wickets ("108-3"), never a year or a date ("1996-08-30").
const SCORE = /^\d{1,3}$/;
// Fewer scored places than this and the text is no results table: "Kabul 5" is left alone.
const MIN_SCORED_PLACES = 3;

export function retypeTeams(tokens: readonly Token[], listed: readonly Mention[], countryNames: ReadonlySet<string>): Mention[] {
  let places = 0;
  for (const m of listed) if (m.type === 'place') places++;
  if (places < MIN_SCORED_PLACES) return [...listed];
  const teamNames = new Set<string>();
  // Listed mentions come in text order, so one pass over the tokens finds the word after each.
  let next = 0;
  for (const mention of listed) {
    while (next < tokens.length && tokens[next]!.start < mention.end) next++;
    if (mention.type !== 'place' || countryNames.has(mention.canonical ?? '')) continue;
    if (next < tokens.length && !tokens[next]!.isAfterLineBreak && isScore(tokens, next)) teamNames.add(mention.canonical ?? mention.text);
  }
  if (teamNames.size < MIN_SCORED_PLACES) return [...listed];
  return listed.map((m) => (m.type === 'place' && teamNames.has(m.canonical ?? m.text) ? { ...m, type: 'organization' as const } : m));
}

function isScore(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (!SCORE.test(token.text)) return false;
  const after = tokens[i + 1];
  // "108-3" is a score; "1996-08-30" fails at its first part already.
  return !(after?.text === '-' && tokens[i + 2] !== undefined && !SCORE.test(tokens[i + 2]!.text));
}
