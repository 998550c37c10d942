// Places → sports teams where a text is a table of results: "Chicago 11 TORONTO 2", "Glamorgan 259
// and 207", "Kent 108-3". A city or county followed by a score is its club (an organization, as
// CoNLL-2003 and any sports desk have it); a country stays a place. Once a text shows itself a
// results table, a name no list holds that stands at the start of a line with a score after it
// ("Brechin 3 0 3 0 2 2 3") is a team too.
import type { Mention, Token } from '../../types.js';
import { isCapitalisedWord } from './chunks.js';

// A score: a small whole number or runs-wickets ("108-3"), never a year or a date ("1996-08-30").
const SCORE = /^\d{1,3}$/;
// Fewer scored places than this and the text is no results table: "Kabul 5" is left alone.
const MIN_SCORED_PLACES = 3;
// The longest team name a table row gives without any list's help ("Queen of the South").
const MAX_UNLISTED_TEAM_WORDS = 4;

export interface TeamsInput {
  listed: readonly Mention[];
  ruled: readonly Mention[];
}

/** Both lists with the places that are teams retyped, and the rules' list with the table rows' unlisted teams added. */
export function retypeTeams(text: string, tokens: readonly Token[], found: TeamsInput, countryNames: ReadonlySet<string>): { listed: Mention[]; ruled: Mention[] } {
  const teamNames = scoredPlaceNames(tokens, [...found.listed, ...found.ruled].sort((a, b) => a.start - b.start), countryNames);
  if (teamNames.size < MIN_SCORED_PLACES) return { listed: [...found.listed], ruled: [...found.ruled] };
  const asTeam = (m: Mention): Mention => (m.type === 'place' && teamNames.has(m.canonical ?? m.text) ? { ...m, type: 'organization' } : m);
  const ruled = found.ruled.map(asTeam);
  const unlisted = unlistedTeams(text, tokens, [...found.listed, ...found.ruled]);
  return { listed: found.listed.map(asTeam), ruled: unlisted.length > 0 ? [...ruled, ...unlisted].sort((a, b) => a.start - b.start) : ruled };
}

/** The names of the places (countries apart) a score follows; `mentions` in text order. */
function scoredPlaceNames(tokens: readonly Token[], mentions: readonly Mention[], countryNames: ReadonlySet<string>): Set<string> {
  const teamNames = new Set<string>();
  let next = 0;
  for (const mention of mentions) {
    while (next < tokens.length && tokens[next]!.start < mention.end) next++;
    if (mention.type !== 'place' || countryNames.has(mention.canonical ?? '')) continue;
    if (next < tokens.length && !tokens[next]!.isAfterLineBreak && isScore(tokens, next)) teamNames.add(mention.canonical ?? mention.text);
  }
  return teamNames;
}

/** Capitalised words that open a line, no mention covers, and a plain score follows ("Brechin 3 0 3"). */
function unlistedTeams(text: string, tokens: readonly Token[], mentions: readonly Mention[]): Mention[] {
  const covered = new Set<number>();
  for (const m of mentions) covered.add(m.start);
  const teams: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!(i === 0 || tokens[i]!.isAfterLineBreak) || !isCapitalisedWord(tokens[i]!) || covered.has(tokens[i]!.start)) continue;
    let end = i + 1;
    while (end < tokens.length && end - i < MAX_UNLISTED_TEAM_WORDS && !tokens[end]!.isAfterLineBreak && isTeamWord(tokens[end]!)) end++;
    if (end < tokens.length && !tokens[end]!.isAfterLineBreak && isPlainScore(tokens, end) && isCapitalisedWord(tokens[end - 1]!)) {
      const start = tokens[i]!.start;
      const stop = tokens[end - 1]!.end;
      teams.push({ start, end: stop, text: text.slice(start, stop), type: 'organization', source: 'rule' });
    }
  }
  return teams;
}

const isTeamWord = (token: Token) => isCapitalisedWord(token) || token.text === 'of' || token.text === 'the';

function isScore(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (!SCORE.test(token.text)) return false;
  const after = tokens[i + 1];
  // "108-3" is a score; "1996-08-30" fails at its first part already.
  return !(after?.text === '-' && tokens[i + 2] !== undefined && !SCORE.test(tokens[i + 2]!.text));
}

/** A score standing alone: not runs-wickets or bowling figures ("4-28", "7-0-29-0"), which follow players. */
function isPlainScore(tokens: readonly Token[], i: number): boolean {
  return SCORE.test(tokens[i]!.text) && tokens[i + 1]?.text !== '-';
}
