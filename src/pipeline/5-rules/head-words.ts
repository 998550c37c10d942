// Organizations and places by their head word: "…Army", "Tehreek-…", "Directorate of …", "…Valley",
// "Mount …", "Gulf of …"; and the names of none of our types ("Operation …", "…Agreement").
import type { Token, WordLists } from '../../types.js';
import { ruleEvidence } from '../evidence.js';
import { isCommonWordAsWritten, isDemonymAsWritten, isOrdinarySpelling } from '../3-gazetteer/common-words.js';
import { isJoiningHyphen } from '../3-gazetteer/fold.js';
import { type Candidate, candidate, NO_ENTITY_NAME } from './candidate.js';
import { countWords, type TitledChunk } from './chunks.js';
import { skipConnectors } from './leading.js';

export function typeByHeadWord(tokens: readonly Token[], chunk: TitledChunk, words: WordLists): Candidate | undefined {
  const wordCount = countWords(tokens, chunk);
  if (wordCount < 2) return undefined;
  const first = tokens[chunk.from]!;
  const last = tokens[chunk.to - 1]!;
  const beforeOf = wordBeforeOf(tokens, chunk);
  // "Operation Inherent Resolve", "Greenwich Mean Time", "Minsk Agreement": named, but none of our types.
  if (words.noEntityStarts.hasKeyOf(first) || words.noEntityHeads.hasKeyOf(last)) return candidate(chunk, undefined, NO_ENTITY_NAME);
  // "Douglas & Lomason", "Procter & Gamble": names joined by an ampersand are a firm's.
  const ampersand = tokens.slice(chunk.from, chunk.to).find((t) => t.text === '&');
  const organizationCue = ampersand
    ? ruleEvidence('ampersand')
    : words.organizationHeads.hasKeyOf(last)
      ? ruleEvidence('head-word', tokens[chunk.to - 1]!.text)
      : words.organizationStarts.hasKeyOf(first)
        ? ruleEvidence('organization-first', tokens[chunk.from]!.text)
        : beforeOf && words.organizationHeads.hasKeyOf(beforeOf)
          ? ruleEvidence('head-word', beforeOf.text)
          : undefined;
  if (organizationCue) {
    // "Pakistani Army" and "Nigerian Bar Association" keep their demonym (the rest alone is generic);
    // "Pakistani Inter-Services Intelligence" does not.
    // "Kuki-Zo Council": a demonym hyphen-joined to the next word is part of one compound, kept whole.
    const isDemonymApart = isDemonymAsWritten(tokens[chunk.from]!, words) && !isJoiningHyphen(tokens, chunk.from + 1);
    const from = isDemonymApart && wordCount > 2 && !isGenericAfter(tokens, chunk, words) ? chunk.from + 1 : chunk.from;
    return candidate({ from: skipConnectors(tokens, from, chunk.to), to: chunk.to }, 'organization', organizationCue);
  }
  if (isDenomination(tokens, chunk, words)) return candidate(chunk, 'organization', ruleEvidence('head-word', 'Church'));
  if (isDemonymAsWritten(tokens[chunk.from]!, words)) return undefined;
  // "Anthony Hill", "Michael Bay": a given name and a surname that is also a place's head word are a person.
  const isPersonNamed = wordCount === 2 && words.givenNames.hasKeyOf(first) && words.surnames.hasKeyOf(last);
  if (isPlaceHeadAsWritten(last, words) && !isPersonNamed) return candidate(chunk, 'place', ruleEvidence('head-word', tokens[chunk.to - 1]!.text));
  if (words.placeStarts.hasKeyOf(first)) return candidate(chunk, 'place', ruleEvidence('place-first', tokens[chunk.from]!.text));
  if (beforeOf !== undefined && words.placeHeads.hasKeyOf(beforeOf)) return candidate(chunk, 'place', ruleEvidence('head-word', beforeOf.text));
  return undefined;
}

// A church named by its faith or nation ("Russian Orthodox Church", "Coptic Church") or "of" a
// people or land ("Church of England", "Church of Scientology") is a body; one named by its saint
// ("St Mary's Church", "Church of St Peter", "Church of the Nativity") is a building.
const SAINT_WORDS: ReadonlySet<string> = new Set(['St', 'Saint', 'San', 'Santa', 'Santo', 'Our', 'Holy']);

function isDenomination(tokens: readonly Token[], chunk: TitledChunk, words: WordLists): boolean {
  let ofAt = chunk.from + 1;
  while (ofAt < chunk.to && tokens[ofAt]!.text !== 'of') ofAt++;
  if (tokens[ofAt - 1]!.text !== 'Church') return false;
  const afterOf = tokens[ofAt + 1];
  if (ofAt < chunk.to && (afterOf === undefined || afterOf.shape === 'lower' || SAINT_WORDS.has(afterOf.text))) return false;
  for (let i = chunk.from; i < ofAt - 1; i++) if (tokens[i]!.kind === 'word' && !isDemonymAsWritten(tokens[i]!, words)) return false;
  return true;
}

/** "Valley", "Forest", but not "Forrest", which folds to the same key ("Andrew Forrest"). */
function isPlaceHeadAsWritten(token: Token, words: WordLists): boolean {
  return words.placeHeads.hasKeyOf(token) && isOrdinarySpelling(token, words);
}

/** Every capitalised word after the first is a common word: "Bar Association", "Football Federation". */
function isGenericAfter(tokens: readonly Token[], chunk: TitledChunk, words: WordLists): boolean {
  for (let i = chunk.from + 1; i < chunk.to; i++) {
    const token = tokens[i]!;
    if (token.kind === 'word' && token.shape !== 'lower' && !isCommonWordAsWritten(token, words)) return false;
  }
  return true;
}

/** The word before the chunk's first "of", "on" or "for" ("Directorate" of "Directorate of Military Intelligence", "Commission on Human Rights", "Institute for Policy Studies"). */
function wordBeforeOf(tokens: readonly Token[], chunk: TitledChunk): Token | undefined {
  for (let i = chunk.from + 1; i < chunk.to; i++) {
    const word = tokens[i]!.text;
    if (word === 'of' || word === 'on' || word === 'for') return tokens[i - 1]!;
  }
  return undefined;
}
