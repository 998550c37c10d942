// What a document says once about a name holds for the rest of it: a capitalised word that no stage
// typed takes the type of the same word typed elsewhere in the text ("the village of Beighpora" …
// "cordoned off Beighpora"), or of the name it is listed with ("at Muridke and Sadhoke"), and a word
// of a listed club's name is a club ("Baltimore Orioles" … "the Orioles").
import type { EntityType, Mention, Span, Token, WordLists } from '../../types.js';
import { isCapitalisedWord } from '../5-rules/chunks.js';
import { isListedClub } from '../5-rules/teams.js';
import { ruleEvidence } from '../evidence.js';
import { borrowFlags } from '../scratch.js';
import { makeMention } from '../mention.js';

// Words that join the items of a list.
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or', ',', '&']);

interface Known {
  type: EntityType;
  canonical: string;
  /** `rule:propagated <word>` (the same word typed elsewhere), `rule:listed-with <place>`. */
  evidence: string;
}

/** `notNames`: names of none of our types ("Shanghai Composite index"), where no word is a name of its own. */
export function propagateNames(text: string, tokens: readonly Token[], mentions: readonly Mention[], words: WordLists, notNames: readonly Span[] = []): Mention[] {
  const covered = borrowFlags(text.length);
  for (const m of mentions) covered.fill(1, m.start, m.end);
  for (const span of notNames) covered.fill(1, span.start, span.end);
  // Indexed only when a word needs them: most texts have no untyped name at all.
  let byWord: Map<string, Known> | undefined;
  let positions: MentionPositions | undefined;
  const added: Mention[] = [];
  tokens.forEach((token, i) => {
    if (!isUntypedName(token, covered, words)) return;
    // "Srinagar, Jan 12": a word before a number is a date's month or a score's team, not a list's place.
    const isBeforeNumber = tokens[i + 1]?.kind === 'number';
    byWord ??= typedWords(mentions);
    const known = byWord.get(token.text.toLowerCase()) ?? (isBeforeNumber ? undefined : listedWith(tokens, i, (positions ??= positionsOf(mentions))));
    if (known) added.push(makeMention({ start: token.start, end: token.end, text: token.text, type: known.type, source: 'rule', canonical: known.canonical, evidence: known.evidence }));
  });
  return added.length ? [...mentions, ...added].sort((a, b) => a.start - b.start) : [...mentions];
}

/** The one-word names typed in the text, by their lower case: the first type each is given. */
function typedWords(mentions: readonly Mention[]): Map<string, Known> {
  const byWord = new Map<string, Known>();
  for (const m of mentions) {
    if (m.isShortForm || m.type === 'acronym' || m.isGuess) continue;
    if (/\s/.test(m.text)) {
      if (isListedClub(m)) addClubWords(byWord, m);
      continue;
    }
    const key = m.text.toLowerCase();
    if (!byWord.has(key)) byWord.set(key, { type: m.type, canonical: m.canonical ?? m.text, evidence: ruleEvidence('propagated', m.text) });
  }
  return byWord;
}

// "Rotor" after "Rotor Volgograd", "Dinamo" after "Dinamo Bucharest": a club goes by one word of its
// name. Shorter words are connectors and initials ("de", "FC").
const MIN_CLUB_WORD_LENGTH = 4;

/** Each word of a listed club's name, as an organization of its own: "Milan" beside "Inter Milan" may be the other club. */
function addClubWords(byWord: Map<string, Known>, club: Mention): void {
  for (const word of club.text.split(/\s+/)) {
    const key = word.toLowerCase();
    if (word.length >= MIN_CLUB_WORD_LENGTH && !byWord.has(key)) byWord.set(key, { type: 'organization', canonical: word, evidence: ruleEvidence('propagated', club.text) });
  }
}

/** A capitalised word mid-sentence that no stage took, and that is no common or stop word. */
function isUntypedName(token: Token, covered: Uint8Array, words: WordLists): boolean {
  if (!isCapitalisedWord(token) || token.isInCapsLine || covered[token.start] === 1) return false;
  if (token.shape === 'upper') return false;
  return !words.ordinaryWords.hasKeyOf(token);
}

interface MentionPositions {
  startsAt: Map<number, Mention>;
  endsAt: Map<number, Mention>;
}

function positionsOf(mentions: readonly Mention[]): MentionPositions {
  const startsAt = new Map<number, Mention>();
  const endsAt = new Map<number, Mention>();
  for (const m of mentions) {
    startsAt.set(m.start, m);
    endsAt.set(m.end, m);
  }
  return { startsAt, endsAt };
}

/** The type of a one-word place listed next to it: "Muridke and [Sadhoke]", "[Sadhoke], Muridke". */
function listedWith(tokens: readonly Token[], i: number, { startsAt, endsAt }: MentionPositions): Known | undefined {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  const neighbours = [
    before && COORDINATORS.has(before.text) ? endsAt.get(tokens[i - 2]?.end ?? -1) : undefined,
    after && COORDINATORS.has(after.text) ? startsAt.get(tokens[i + 2]?.start ?? -1) : undefined,
  ];
  const place = neighbours.find((m) => m?.type === 'place' && !m.isShortForm && !/\s/.test(m.text));
  return place ? { type: 'place', canonical: tokens[i]!.text, evidence: ruleEvidence('listed-with', place.text) } : undefined;
}
