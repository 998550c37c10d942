// The only file that knows the order of the stages: text → tokens → listed names → acronym
// definitions → rules → resolved entities.
import type { Entity, ExtractOptions, Mention, Span, Token } from '../types.js';
import { tokenize } from './2-tokenize/tokenize.js';
import type { Gazetteer } from './3-gazetteer/gazetteer.js';
import { matchGazetteer } from './3-gazetteer/match.js';
import { findDefinitions } from './4-acronyms/definitions.js';
import { linkShortForms } from './4-acronyms/link.js';
import { applyRules } from './5-rules/rules.js';
import { decideWithTagger } from './5-rules/tagger.js';
import { retypeTeams } from './5-rules/teams.js';
import { unbindCountryAliases } from './6-resolve/country-aliases.js';
import { groupEntities, linkPartialNames, oneSensePerDocument } from './6-resolve/merge.js';
import { resolveOverlaps } from './6-resolve/overlaps.js';
import { propagateNames } from './6-resolve/propagate.js';
import { joinShortFormPrefixes } from './6-resolve/short-form-prefix.js';
import { nameTransliterations } from './6-resolve/transliterations.js';
import { withContext, withSentences, withTypes } from './6-resolve/select.js';
import { MAX_SECTION_CHARS, sectionsOf } from './sections.js';

export function runPipeline(text: string, gazetteer: Gazetteer, options: ExtractOptions = {}): Entity[] {
  // The mentions are let go once grouped, before the context and sentences are added: on a 50 MB
  // text they are 1.4 million objects, and both at once outgrew a worker's heap.
  const entities = withTypes(groupEntities(mentionsOfText(text, gazetteer, options), { explain: options.explain === true, geo: options.geo === true }), options.types);
  return withSentences(text, withContext(text, entities, options.context), options.sentences);
}

function mentionsOfText(text: string, gazetteer: Gazetteer, options: ExtractOptions): Mention[] {
  const sections = sectionsOf(text, MAX_SECTION_CHARS);
  let mentions: Mention[];
  if (sections.length === 1) mentions = mentionsOf(text, gazetteer, options.tagger === true);
  else {
    mentions = [];
    for (const { start, end } of sections) {
      for (const m of mentionsOf(text.slice(start, end), gazetteer, options.tagger === true)) {
        // Moved in place: these objects were just made for this section and nothing else holds them,
        // and on a 50 MB text a copy of each would be a million objects more at the peak.
        m.start += start;
        m.end += start;
        mentions.push(m);
      }
    }
    mentions = oneSensePerDocument(mentions);
  }
  return mentions;
}

function mentionsOf(text: string, gazetteer: Gazetteer, useTagger: boolean): Mention[] {
  const tokens = tokenize(text);
  const definitions = findDefinitions(text, tokens);
  const matched = matchGazetteer(text, tokens, gazetteer);
  const found = applyRules(text, tokens, matched, gazetteer.words);
  const teams = retypeTeams(text, tokens, found, gazetteer.countries, gazetteer.words.teamNicknames);
  const { listed } = teams;
  const ruled = useTagger ? tagGuesses(text, tokens, teams.ruled) : teams.ruled;
  const linked = outside(found.noEntityNames, linkShortForms(text, tokens, definitions, [...listed, ...ruled], gazetteer.words));
  const resolved = unbindCountryAliases(tokens, joinShortFormPrefixes(text, resolveOverlaps([linked, listed, ruled])), gazetteer.words, gazetteer.countries);
  const named = linkPartialNames(text, tokens, oneSensePerDocument(resolved), gazetteer.words);
  return nameTransliterations(propagateNames(text, tokens, named, gazetteer.words, found.noEntityNames), gazetteer.placeBySkeleton);
}

/** The mentions that lie in no name of none of our types ("UEFA" in "UEFA Cup"). */
function outside(notNames: readonly Span[], mentions: readonly Mention[]): readonly Mention[] {
  if (notNames.length === 0) return mentions;
  return mentions.filter((m) => !notNames.some((name) => m.start >= name.start && m.end <= name.end));
}

/** The rules' sure mentions as they are, their guesses as the tagger types them. */
function tagGuesses(text: string, tokens: Token[], mentions: readonly Mention[]): Mention[] {
  const sure = mentions.filter((m) => !m.isGuess);
  return [...sure, ...decideWithTagger(text, tokens, mentions.filter((m) => m.isGuess))];
}
