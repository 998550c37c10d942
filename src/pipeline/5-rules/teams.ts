// Places → sports teams where a text is sports reporting: "Chicago 11 TORONTO 2", "Glamorgan 259
// and 207", "Leicestershire beat Somerset", "v Worcestershire". A city or county that a score or a
// match word stands next to is its club (an organization, as CoNLL-2003 and any sports desk have
// it), and so are its other mentions in the text; a country stays a place. Once a text shows itself
// a results table, a name no list holds that opens a row with a score after it ("Brechin 3 0 3 0 2
// 2 3") is a team too. In any text, a place that is a word of a listed club the text names
// ("Borussia Dortmund" … "DORTMUND") is a club too, unless the words around make it a place.
import type { Mention, Token, WordSet } from '../../types.js';
import { isCapitalsOpeningLine } from '../dateline.js';
import { listEvidence, ruleEvidence, thenEvidence } from '../evidence.js';
import { isJoiningHyphen } from '../3-gazetteer/fold.js';
import { isCapitalisedWord } from './chunks.js';
import { changeMention, makeMention } from '../mention.js';
import { openingsOf } from '../openings.js';
import { borrowFlags } from '../scratch.js';

// A score: a small whole number or runs-wickets ("108-3"), never a year or a date ("1996-08-30").
const SCORE = /^\d{1,3}$/;
// Fewer scored places than this and the text is no results table: "Kabul 5" is left alone.
const MIN_SCORED_PLACES = 3;
// The longest team name a table row gives without any list's help ("Queen of the South").
const MAX_UNLISTED_TEAM_WORDS = 4;
// Words only sports reporting uses; this many of them make a text sports reporting even with no table.
const SPORTS_WORDS: ReadonlySet<string> = new Set([
  'innings', 'wicket', 'wickets', 'halftime', 'half-time', 'homer', 'homers', 'homered', 'inning', 'striker', 'midfielder',
  'goalkeeper', 'pitcher', 'batsman', 'batsmen', 'bowler', 'touchdown', 'touchdowns', 'quarterback', 'semifinal', 'semi-final',
  'quarter-final', 'quarterfinal', 'playoff', 'playoffs', 'unbeaten', 'relegation', 'relegated', 'scrum', 'fly-half',
  'hat-trick', 'equaliser', 'equalizer', 'stoppage-time', 'injury-time', 'free-kick', 'offside', 'goalless', 'scoreless',
  'winger', 'full-back', 'centre-back', 'center-back', 'rebounds', 'birdie', 'birdies', 'bogey', 'tiebreak', 'tie-break',
  'footballer', 'footballers', 'cricketer', 'cricketers', 'skipper', 'doubleheader', 'shortstop', 'outfielder', 'infielder', 'linebacker',
]);
const MIN_SPORTS_WORDS = 2;
// Every word of a text is asked: nearly all open otherwise than any sports word, and are not hashed to find out.
const mayBeSportsWord = openingsOf(SPORTS_WORDS);
const TEAM = ruleEvidence('team');
// Match words next to a team's name: "v Durham", "beat Somerset", "Kent declared".
const TEAM_BEFORE: ReadonlySet<string> = new Set(['v', 'vs', 'versus', 'beat', 'beating', 'defeated', 'against', 'over', 'blanked', 'routed', 'edged', 'thrashed']);
const TEAM_AFTER: ReadonlySet<string> = new Set(['v', 'vs', 'versus', 'beat', 'defeated', 'drew', 'won', 'lost', 'declared', 'reached', 'closed', 'trailed', 'led', 'scored', 'blanked', 'routed', 'edged']);

export interface TeamsInput {
  listed: readonly Mention[];
  ruled: readonly Mention[];
}

/** Both lists with the places that are teams retyped, and the rules' list with the table rows' unlisted teams added. */
export function retypeTeams(text: string, tokens: readonly Token[], found: TeamsInput, countries: ReadonlyMap<string, string>, nicknames: WordSet): TeamsInput {
  found = namedClubsByTheirPlace(tokens, found, countries);
  // Most texts have neither a table nor sports words: they are passed on as they came, with nothing made.
  const mayBeTable = countScoredPlaces(text, found.listed, countries) + countScoredPlaces(text, found.ruled, countries) >= MIN_SCORED_PLACES;
  let isSports: boolean | undefined;
  const isSportsText = () => (isSports ??= isSportsReporting(tokens, found.listed.filter(isListedClub).length));
  if (!mayBeTable && !isSportsText()) return found;
  const places = [...found.listed, ...found.ruled].filter((m) => m.type === 'place' && !isNation(m, countries) && !isNamedByOwnWords(m)).sort((a, b) => a.start - b.start);
  const scored = teamNamesBy(tokens, places, isScoreAfter);
  const isTable = scored.size >= MIN_SCORED_PLACES;
  if (!isTable && !isSportsText()) return found;
  const teamNames = new Set([...(isTable ? scored : []), ...teamNamesBy(tokens, places, isNextToMatchWord)]);
  // In sports reporting a city or county is its club unless the words around make it a venue.
  const venues = teamNamesBy(tokens, places, isVenue);
  for (const place of places) if (!venues.has(nameOf(place))) teamNames.add(nameOf(place));
  // A dateline, or a place a game is played at ("KANSAS CITY AT DETROIT"), is a place, not a team.
  const placesNamed = new Set(mentionsWhere(tokens, places, isNamedAsPlace).map((m) => m.start));
  // "beat Chelsea 2-1", "Arsenal 2 Chelsea 1": a lone given name after a match word, or before a table's score, is a
  // club; a player scores and wins too ("Kane scored").
  const clubsByGivenName = mentionsWhere(tokens, found.ruled.filter(isLoneGivenName), (t, first, after) => isAfterMatchWord(t, first) || (isTable && isScoreAfter(t, first, after)));
  for (const club of clubsByGivenName) teamNames.add(nameOf(club));
  // A place its own words name so ("ARLINGTON , Texas 1996-08-31") stays one through the vote, which
  // also counts the same name's team mentions in the text's other sections.
  const asTeam = (m: Mention): Mention =>
    !(m.type === 'place' || isLoneGivenName(m)) ? m
    : placesNamed.has(m.start) ? (m.type === 'place' ? changeMention(m, { isTypedByContext: true }) : m)
    : teamNames.has(nameOf(m)) ? changeMention(m, { type: 'organization', evidence: thenEvidence(m.evidence, TEAM) })
    : m;
  const nicknameAt = nicknameTokens(tokens, nicknames);
  const ruled = withNicknamesAsTeams(tokens, found.ruled.map(asTeam), nicknameAt);
  const unlisted = isTable ? unlistedTeams(text, tokens, [...found.listed, ...found.ruled]) : [];
  const nicknamed = nicknamedTeams(text, tokens, [...found.listed, ...found.ruled, ...unlisted], nicknameAt, nicknames);
  const added = [...unlisted, ...nicknamed];
  const grounds = new Set(mentionsWhere(tokens, found.listed.filter(isSponsorsName), isAfterAtThe));
  // The ground is the text's own name, not the sponsor's entry.
  const asGround = (m: Mention): Mention => (grounds.has(m) ? changeMention(m, { type: 'place', canonical: undefined, listed: undefined, isTypedByContext: true, evidence: thenEvidence(m.evidence, GROUND) }) : m);
  const teams = { listed: found.listed.map((m) => asGround(asTeam(m))), ruled: added.length > 0 ? [...ruled, ...added].sort((a, b) => a.start - b.start) : ruled };
  return withCricketers(text, tokens, teams);
}

const CRICKETER = ruleEvidence('context', 'scorecard');
// A scorecard's marks before a player: caught, bowled, stumped ("c Healy b Fleming", "st Boucher b Adams").
const DISMISSAL_MARKS: ReadonlySet<string> = new Set(['c', 'b', 'st']);
// The most capitalised words a player's name takes on a scorecard ("de Silva", "Mark Waugh").
const MAX_PLAYER_WORDS = 3;

/**
 * A cricket scorecard's players: after a dismissal's mark ("c Healy b Fleming"), before bowling
 * figures ("Vaas 7-0-29-0") and after "Did not bat :". They are people, whatever a list or the team
 * rule made of their names (a town "Healy", a division "Vas").
 */
function withCricketers(text: string, tokens: readonly Token[], found: TeamsInput): TeamsInput {
  let players: { start: number; end: number }[] | undefined;
  const add = (from: number, to: number) => (players ??= []).push({ start: tokens[from]!.start, end: tokens[to - 1]!.end });
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.shape === 'lower' && DISMISSAL_MARKS.has(token.text)) {
      const end = playerEnd(tokens, i + 1);
      if (end > i + 1) add(i + 1, end);
    } else if (token.kind === 'number' && isBowlingFigures(tokens, i)) {
      const from = playerStart(tokens, i);
      if (from < i) add(from, i);
    } else if (token.text === 'bat' && tokens[i - 1]?.text === 'not' && tokens[i - 2]?.text === 'Did' && tokens[i + 1]?.text === ':') {
      for (let k = i + 2; k < tokens.length && !tokens[k]!.isAfterLineBreak && tokens[k]!.text !== '.'; ) {
        const end = playerEnd(tokens, k);
        if (end > k) add(k, end);
        k = Math.max(end, k) + 1;
      }
    }
  }
  if (!players) return found;
  const spans = players;
  const inPlayer = (m: Mention) => spans.some((p) => m.start < p.end && m.end > p.start);
  // A person already found there stands ("S. Waugh" by its initial, "Muralitharan" by the list).
  const people = [...found.listed, ...found.ruled].filter((m) => m.type === 'person' && inPlayer(m));
  const keeps = (m: Mention) => !inPlayer(m) || people.includes(m);
  const made = spans
    .filter((p) => !people.some((m) => m.start < p.end && m.end > p.start))
    .map((p) => makeMention({ start: p.start, end: p.end, text: text.slice(p.start, p.end), type: 'person', source: 'rule', isTypedByContext: true, evidence: CRICKETER }));
  return { listed: found.listed.filter(keeps), ruled: [...found.ruled.filter(keeps), ...made].sort((a, b) => a.start - b.start) };
}

/** Where a player's name that starts at `from` ends: capitalised words on the line, with initials' full stops, hyphens and "de", "ur" and the like between. */
function playerEnd(tokens: readonly Token[], from: number): number {
  let end = from;
  let words = 0;
  for (let i = from; i < tokens.length && words < MAX_PLAYER_WORDS && !(i > from && tokens[i]!.isAfterLineBreak); i++) {
    const token = tokens[i]!;
    if (isCapitalisedWord(token)) {
      words++;
      end = i + 1;
      if (token.text.length === 1 && tokens[i + 1]?.text === '.' && tokens[i + 1]!.start === token.end) end = ++i + 1;
    } else if (!isInsidePlayerName(tokens, i, from)) break;
  }
  return end;
}

/** Where the player's name that ends before `at` starts ("S. Waugh 5-1-36-1", "de Silva 4-0-25-0", "Ata-ur-Rehman 6-0-40-1"). */
function playerStart(tokens: readonly Token[], at: number): number {
  let from = at;
  let words = 0;
  while (from > 0 && words < MAX_PLAYER_WORDS && !tokens[from]!.isAfterLineBreak) {
    const token = tokens[from - 1]!;
    if (isCapitalisedWord(token)) words++;
    else if (token.text === '.' && tokens[from - 2]?.text.length === 1 && isCapitalisedWord(tokens[from - 2]!)) {
      // An initial's full stop: the initial is taken next.
    } else if (!isInsidePlayerName(tokens, from - 1, -1)) break;
    from--;
  }
  while (from < at && !isCapitalisedWord(tokens[from]!) && !PLAYER_CONNECTORS.has(tokens[from]!.text)) from++;
  return from;
}

/** A hyphen joining a name's parts, or "de", "ur" and the like inside one (or opening it, at `first`). */
function isInsidePlayerName(tokens: readonly Token[], i: number, first: number): boolean {
  const token = tokens[i]!;
  if (token.text === '-') return isJoiningHyphen(tokens, i);
  return token.shape === 'lower' && PLAYER_CONNECTORS.has(token.text) && (i === first || isJoiningHyphen(tokens, i - 1) || isCapitalisedWord(tokens[i + 1] ?? token));
}

const PLAYER_CONNECTORS: ReadonlySet<string> = new Set(['de', 'van', 'du', 'ul', 'ur', 'al']);

/** "7-0-29-0": overs, maidens, runs and wickets, written as one. */
function isBowlingFigures(tokens: readonly Token[], i: number): boolean {
  for (let k = 0; k < 7; k++) {
    const token = tokens[i + k];
    if (token === undefined || (k > 0 && token.start !== tokens[i + k - 1]!.end)) return false;
    if (k % 2 === 0 ? token.kind !== 'number' : token.text !== '-') return false;
  }
  return true;
}

const GROUND = ruleEvidence('context', 'at the');

/** A listed organization that is no club: in sports reporting it may name a ground after its sponsor ("the Emirates"). */
const isSponsorsName = (m: Mention) => m.type === 'organization' && !isListedClub(m);

/** "at the Emirates", "at the Etihad": a ground, where a match is played. */
function isAfterAtThe(tokens: readonly Token[], first: number): boolean {
  return tokens[first - 1]?.text === 'the' && tokens[first - 2]?.text.toLowerCase() === 'at';
}

const NICKNAME = ruleEvidence('team', 'nickname');

/** The indices of the capitalised words that are a club's nickname ("Cubs", "Jays"), asked once for both rules below. */
function nicknameTokens(tokens: readonly Token[], nicknames: WordSet): number[] {
  const found: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (tokens[i]!.shape === 'title' && nicknames.hasKeyOf(tokens[i]!)) found.push(i);
  return found;
}

/**
 * "the Braves and Cubs split a doubleheader", "the Toronto Blue Jays" … "the Blue Jays": in sports
 * reporting a capitalised club's nickname (the plural a listed club's name ends with) that no mention
 * covers is a club. A sentence's first word is left alone, and so is a people's name ("Indians").
 */
function nicknamedTeams(text: string, tokens: readonly Token[], mentions: readonly Mention[], nicknameAt: readonly number[], nicknames: WordSet): Mention[] {
  if (nicknameAt.length === 0) return [];
  const covered = borrowFlags(text.length);
  for (const m of mentions) covered.fill(1, m.start, m.end);
  const teams: Mention[] = [];
  for (const i of nicknameAt) {
    const token = tokens[i]!;
    if (token.isInCapsLine || covered[token.start] === 1) continue;
    const before = tokens[i - 1];
    const twoWords = before !== undefined && before.shape === 'title' && covered[before.start] === 0 && !token.isAfterLineBreak && nicknames.has(`${before.key} ${token.key}`);
    const first = twoWords ? i - 1 : i;
    if (tokens[first]!.isSentenceStart) continue;
    const start = tokens[first]!.start;
    teams.push(makeMention({ start, end: token.end, text: text.slice(start, token.end), type: 'organization', source: 'rule', evidence: NICKNAME }));
  }
  return teams;
}

/** "Bradford Bulls": a name of several words the rules found, a club's nickname its last word, is a club. */
function withNicknamesAsTeams(tokens: readonly Token[], ruled: Mention[], nicknameAt: readonly number[]): Mention[] {
  if (nicknameAt.length === 0) return ruled;
  const ends = new Set(nicknameAt.map((i) => tokens[i]!.end));
  const isNamedByNickname = (m: Mention) => m.type !== 'organization' && ends.has(m.end) && /\s/.test(m.text);
  return ruled.map((m) => (isNamedByNickname(m) ? changeMention(m, { type: 'organization', evidence: thenEvidence(m.evidence, NICKNAME) }) : m));
}

const CLUB_EVIDENCE = listEvidence('organizations-sports');

/** A mention the sports clubs' list gave. */
export function isListedClub(mention: Mention): boolean {
  return mention.evidence === CLUB_EVIDENCE;
}

/**
 * "Borussia Dortmund" … "BAYERN HOLD DORTMUND": in a text that names a listed club, a one-word place
 * that is a word of the club's name is the club, wherever the words around do not make it a place
 * ("in Dortmund", a dateline).
 */
function namedClubsByTheirPlace(tokens: readonly Token[], found: TeamsInput, countries: ReadonlyMap<string, string>): TeamsInput {
  let clubWords: Set<string> | undefined;
  for (const m of found.listed) {
    if (!isListedClub(m) || !m.canonical) continue;
    for (const word of m.canonical.split(' ')) if (word.length > 2) (clubWords ??= new Set()).add(word.toLowerCase());
  }
  if (!clubWords) return found;
  const words = clubWords;
  const isClubWord = (m: Mention) => m.type === 'place' && !/\s/.test(m.text) && !isNation(m, countries) && words.has(nameOf(m).toLowerCase());
  const places = [...found.listed, ...found.ruled].filter(isClubWord).sort((a, b) => a.start - b.start);
  if (places.length === 0) return found;
  const placesNamed = new Set(mentionsWhere(tokens, places, (t, first, after) => isNamedAsPlace(t, first, after) || isPlaceQualifier(t, first)).map((m) => m.start));
  // Typed, not linked: "Milan" beside "Inter Milan" is as likely the city's other club.
  const asClub = (m: Mention): Mention => (isClubWord(m) && !placesNamed.has(m.start) ? changeMention(m, { type: 'organization', evidence: thenEvidence(m.evidence, TEAM) }) : m);
  return { listed: found.listed.map(asClub), ruled: found.ruled.map(asClub) };
}

/** "ARLINGTON, Texas": a place that names where another place is. */
function isPlaceQualifier(tokens: readonly Token[], first: number): boolean {
  return tokens[first - 1]?.text === ',';
}

// The nations that field their own teams though no list of states holds them: their teams are the
// nation's, a place (CoNLL-2003's convention for national sides), as a country's are.
const HOME_NATIONS: ReadonlySet<string> = new Set(['England', 'Scotland', 'Wales', 'Northern Ireland']);

function isNation(place: Mention, countries: ReadonlyMap<string, string>): boolean {
  const name = place.canonical ?? '';
  return countries.has(name) || HOME_NATIONS.has(name);
}

const GIVEN_NAME_EVIDENCE = ruleEvidence('given-name');

/** A one-word person typed by its given name alone ("Chelsea"): in sports reporting a player goes by his surname. */
function isLoneGivenName(m: Mention): boolean {
  return m.type === 'person' && m.evidence.startsWith(GIVEN_NAME_EVIDENCE) && !/\s/.test(m.text);
}

// A place typed by its own words ("Gaddafi Stadium", "Mount Hermon") is a venue or a feature, never a club.
const OWN_WORDS_EVIDENCE = [ruleEvidence('head-word'), ruleEvidence('place-first')];
const FEATURE_EVIDENCE = listEvidence('places-features');

/** Named by its own words, or a listed feature of two words or more ("Strait of Messina"; "Rockies" may be the club). */
function isNamedByOwnWords(place: Mention): boolean {
  if (place.evidence.startsWith(FEATURE_EVIDENCE) && /\s/.test(place.text)) return true;
  return OWN_WORDS_EVIDENCE.some((evidence) => place.evidence.startsWith(evidence));
}

/** The names of the places (in text order) for which `isTeamAt` holds at their first and last token. */
function teamNamesBy(tokens: readonly Token[], places: readonly Mention[], isTeamAt: (tokens: readonly Token[], first: number, after: number) => boolean): Set<string> {
  return new Set(mentionsWhere(tokens, places, isTeamAt).map(nameOf));
}

/** The name a place goes by in the text: its list's, or as written. */
const nameOf = (place: Mention) => place.canonical ?? place.text;

/** The places (in text order) for which `holds` is true at their first token and the token after them. */
function mentionsWhere(tokens: readonly Token[], places: readonly Mention[], holds: (tokens: readonly Token[], first: number, after: number) => boolean): Mention[] {
  const found: Mention[] = [];
  let first = 0;
  for (const place of places) {
    while (first < tokens.length && tokens[first]!.start < place.start) first++;
    let after = first;
    while (after < tokens.length && tokens[after]!.start < place.end) after++;
    if (holds(tokens, first, after)) found.push(place);
  }
  return found;
}

function isScoreAfter(tokens: readonly Token[], _first: number, after: number): boolean {
  return after < tokens.length && !tokens[after]!.isAfterLineBreak && isScore(tokens, after);
}

function isNextToMatchWord(tokens: readonly Token[], first: number, after: number): boolean {
  const next = tokens[after];
  return isAfterMatchWord(tokens, first) || (next !== undefined && TEAM_AFTER.has(next.text));
}

function isAfterMatchWord(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  return before !== undefined && TEAM_BEFORE.has(before.text);
}

// "at Headingley", "in Chicago": a venue wherever the name stands. A dateline ("LONDON 1996-08-30") is
// a place itself but says nothing of the name's other mentions: "NICE , France" files a story on Nice the club.
const VENUE_BEFORE: ReadonlySet<string> = new Set(['at', 'in', 'near', 'from', 'to', 'of', 'outside', 'into', 'between']);

function isVenue(tokens: readonly Token[], first: number, after: number): boolean {
  return (isNamedAsPlace(tokens, first, after) && !isDateline(tokens, first, after)) || isScorecardHeading(tokens, after);
}

// How many words a ground's name in parentheses may have: "London ( The Oval ) :".
const MAX_GROUND_IN_PARENTHESES = 4;

/** "Hove :", "London ( The Oval ) :": a venue heading a scorecard. */
function isScorecardHeading(tokens: readonly Token[], after: number): boolean {
  if (tokens[after]?.text === ':') return true;
  if (tokens[after]?.text !== '(') return false;
  for (let i = after + 1; i < tokens.length && i <= after + 1 + MAX_GROUND_IN_PARENTHESES; i++) {
    if (tokens[i]!.text === ')') return tokens[i + 1]?.text === ':';
  }
  return false;
}

// "the Volgograd side", "the Kosevo stadium": a place before a team's or a ground's noun qualifies it,
// as CoNLL-2003 has it.
const QUALIFIED_NOUNS: ReadonlySet<string> = new Set(['side', 'club', 'team', 'outfit', 'squad', 'fans', 'supporters', 'stadium', 'ground', 'arena']);
// How far back "at" may stand before a ground and the comma that a town follows: "( at Trent Bridge , Nottingham )".
const MAX_GROUND_WORDS = 3;

/**
 * This mention is a place whatever the name is elsewhere: after "at", "in" and the like; before a
 * team's or ground's noun; after a ground and a comma; alone in parentheses after a player or club,
 * where it says where they come from ("Ato Boldon ( Trinidad )"); or a dateline.
 */
function isNamedAsPlace(tokens: readonly Token[], first: number, after: number): boolean {
  // "at the Emirates": the article between changes nothing.
  const article = tokens[first - 1]?.text === 'the' ? 1 : 0;
  const before = tokens[first - 1 - article];
  if (before !== undefined && !tokens[first - article]!.isAfterLineBreak && VENUE_BEFORE.has(before.text.toLowerCase())) return true;
  if (QUALIFIED_NOUNS.has(tokens[after]?.text.toLowerCase() ?? '')) return true;
  if (before?.text === '(' && tokens[after]?.text === ')') return true;
  if (before?.text === ',' && isAfterGround(tokens, first - 1) && !isWordAt(tokens, after)) return true;
  return isDateline(tokens, first, after);
}

/** A word goes on after the name: "at Grace Road, Leicestershire extended" is the team's clause, not a ground's town. */
function isWordAt(tokens: readonly Token[], i: number): boolean {
  return tokens[i] !== undefined && !tokens[i]!.isAfterLineBreak && tokens[i]!.kind === 'word';
}

/** "at Trent Bridge ," before this comma: capitalised words of a ground, and "at" before them. */
function isAfterGround(tokens: readonly Token[], comma: number): boolean {
  for (let i = comma - 1; i >= 0 && i >= comma - 1 - MAX_GROUND_WORDS; i--) {
    const token = tokens[i]!;
    if (token.text === 'at') return i < comma - 1;
    if (!isCapitalisedWord(token)) return false;
  }
  return false;
}

function isDateline(tokens: readonly Token[], first: number, after: number): boolean {
  return (first === 0 && tokens[first]!.isInCapsLine) || isDatelinePlace(tokens, first, after) || isDateAt(tokens, after);
}

// What follows a dateline's place: "LAHORE —", "KABUL, Afghanistan", "LONDON (Reuters)".
const AFTER_DATELINE: ReadonlySet<string> = new Set(['—', '–', '-', ',', '(']);

/** A place in capitals opening a line, a dash, comma or parenthesis after it: where the story was filed. */
function isDatelinePlace(tokens: readonly Token[], first: number, after: number): boolean {
  return isCapitalsOpeningLine(tokens, first, after) && AFTER_DATELINE.has(tokens[after]?.text ?? '');
}

// A date as datelines write it, "1996-08-30": the tokenizer gives it as five tokens.
const DATE_PARTS = [/^\d{4}$/, /^-$/, /^\d\d$/, /^-$/, /^\d\d$/];

function isDateAt(tokens: readonly Token[], at: number): boolean {
  return DATE_PARTS.every((part, k) => {
    const token = tokens[at + k];
    return token !== undefined && part.test(token.text) && (k === 0 || token.start === tokens[at + k - 1]!.end);
  });
}

// A place with a score after it, seen in the text itself: "Brechin 3", "Kent 108-3".
const SCORE_AFTER = /^[ \t]+\d{1,3}(?!\d)/;

/** The places (countries apart) with a score after them: a cheap test before the tokens are looked at. */
function countScoredPlaces(text: string, mentions: readonly Mention[], countries: ReadonlyMap<string, string>): number {
  let count = 0;
  for (const m of mentions) {
    if (m.type === 'place' && SCORE_AFTER.test(text.slice(m.end, m.end + 6)) && !isNation(m, countries)) count++;
  }
  return count;
}

// The sports words are 5 to 13 letters long: shorter and longer words are not looked up.
const SPORTS_WORD_LENGTHS = { min: 5, max: 13 };

// The team sports that wire services put before a story's headline ("SOCCER - BARATELLI TO COACH NICE",
// "Cricket-England win"): a slug that says, on its own, the text is sports reporting where towns field
// clubs. A slug of a sport played by people alone ("TENNIS -", "GOLF -") says the opposite: a town
// there is where someone comes from, and a name that is a town's is a player's ("MaliVai Washington").
const TEAM_SPORT_SLUGS: ReadonlySet<string> = new Set([
  'soccer', 'football', 'cricket', 'rugby', 'rugby union', 'rugby league', 'baseball', 'basketball', 'hockey', 'ice hockey',
  'field hockey', 'volleyball', 'handball', 'water polo', 'nfl', 'nba', 'nhl', 'mlb', 'afl', 'nrl', 'american football',
  'australian rules', 'gaelic football', 'hurling',
]);
const SOLO_SPORT_SLUGS: ReadonlySet<string> = new Set([
  'tennis', 'golf', 'athletics', 'cycling', 'boxing', 'motor racing', 'motorcycling', 'formula one', 'horse racing', 'racing',
  'swimming', 'skiing', 'alpine skiing', 'rowing', 'sailing', 'yachting', 'squash', 'badminton', 'snooker', 'darts', 'wrestling',
  'judo', 'triathlon', 'equestrianism', 'figure skating', 'speed skating', 'chess', 'marathon',
]);
const SLUG_ENDS: ReadonlySet<string> = new Set(['-', '–', '—', ':']);
const MAX_SLUG_WORDS = 2;

/** The sport a text's slug names (its first line's opening words, a dash or colon after), lower-cased. */
function sportSlugOf(tokens: readonly Token[]): string | undefined {
  const words: string[] = [];
  for (let i = 0; i < tokens.length && i <= MAX_SLUG_WORDS; i++) {
    const token = tokens[i]!;
    if (i > 0 && token.isAfterLineBreak) return undefined;
    if (SLUG_ENDS.has(token.text)) return words.length > 0 ? words.join(' ') : undefined;
    if (token.kind !== 'word') return undefined;
    words.push(token.text.toLowerCase());
  }
  return undefined;
}

/** Reporting of team sports: a team sport's slug, a match's result, or enough words only sports reporting uses and listed clubs. */
function isSportsReporting(tokens: readonly Token[], clubsNamed: number): boolean {
  const slug = sportSlugOf(tokens);
  if (slug !== undefined && TEAM_SPORT_SLUGS.has(slug)) return true;
  if (slug !== undefined && SOLO_SPORT_SLUGS.has(slug)) return false;
  // Each listed club or league named counts as a sports word: "Arsenal … West Ham United".
  let count = clubsNamed;
  if (count >= MIN_SPORTS_WORDS) return true;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.shape !== 'lower') continue;
    if (mayBeResultVerb(token.text) && RESULT_VERBS.includes(token.text) && isResultAfter(tokens, i + 1)) return true;
    // The tokenizer gives "hat-trick" as three tokens.
    const word = tokens[i + 1]?.text === '-' && isJoiningHyphen(tokens, i + 1) ? `${token.text}-${tokens[i + 2]!.text}` : token.text;
    const { length } = word;
    if (length < SPORTS_WORD_LENGTHS.min || length > SPORTS_WORD_LENGTHS.max) continue;
    if (mayBeSportsWord(word) && SPORTS_WORDS.has(word) && ++count >= MIN_SPORTS_WORDS) return true;
  }
  return false;
}

// A match's result: "drew 0-0", "beat Everton 2-1", "defeated Manchester City 3-1" makes a text sports
// reporting on its own ("won" and "lost" take votes and cases too: "won 5-4"). A set's score after
// it ("beat Agassi 6-4 6-3") is a player's match, and players are people.
const RESULT_VERBS: readonly string[] = ['beat', 'drew', 'defeated', 'edged', 'thrashed', 'routed'];
const MAX_WORDS_BEFORE_RESULT = 4;
const mayBeResultVerb = openingsOf(RESULT_VERBS);

function isResultAfter(tokens: readonly Token[], from: number): boolean {
  for (let i = from; i < from + MAX_WORDS_BEFORE_RESULT && i + 2 < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'number') return isJoinedScore(tokens, i) && !(tokens[i + 3]?.kind === 'number' && isJoinedScore(tokens, i + 3));
    if (token.isAfterLineBreak || token.kind !== 'word') return false;
  }
  return false;
}

/** "2-1" written as one: a score, a hyphen and a score with no space between. */
function isJoinedScore(tokens: readonly Token[], i: number): boolean {
  const [score, hyphen, other] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  return score !== undefined && hyphen !== undefined && other !== undefined && SCORE.test(score.text) && hyphen.text === '-' && SCORE.test(other.text) && hyphen.start === score.end && other.start === hyphen.end;
}

/** Capitalised words that open a row (a line, or after a score), no mention covers, and a plain score follows ("Brechin 3 0 3"). */
function unlistedTeams(text: string, tokens: readonly Token[], mentions: readonly Mention[]): Mention[] {
  const covered = new Set<number>();
  for (const m of mentions) covered.add(m.start);
  const teams: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const opensRow = i === 0 || tokens[i]!.isAfterLineBreak || SCORE.test(tokens[i - 1]!.text);
    if (!opensRow || !isCapitalisedWord(tokens[i]!) || covered.has(tokens[i]!.start)) continue;
    let end = i + 1;
    while (end < tokens.length && end - i < MAX_UNLISTED_TEAM_WORDS && !tokens[end]!.isAfterLineBreak && isTeamWord(tokens[end]!)) end++;
    if (end < tokens.length && !tokens[end]!.isAfterLineBreak && isPlainScore(tokens, end) && isCapitalisedWord(tokens[end - 1]!)) {
      const start = tokens[i]!.start;
      const stop = tokens[end - 1]!.end;
      teams.push(makeMention({ start, end: stop, text: text.slice(start, stop), type: 'organization', source: 'rule', evidence: TEAM }));
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
