// The only file that knows the order of the stages: text → tokens → listed names → acronym
// definitions → rules → resolved entities.
import type { Entity, ExtractOptions } from '../types.js';
import { tokenize } from './2-tokenize/tokenize.js';
import type { Gazetteer } from './3-gazetteer/gazetteer.js';
import { matchGazetteer } from './3-gazetteer/match.js';
import { findDefinitions } from './4-acronyms/definitions.js';
import { linkShortForms } from './4-acronyms/link.js';
import { applyRules } from './5-rules/rules.js';
import { retypeTeams } from './5-rules/teams.js';
import { groupEntities, linkPartialNames, oneSensePerDocument } from './6-resolve/merge.js';
import { resolveOverlaps } from './6-resolve/overlaps.js';
import { withContext, withTypes } from './6-resolve/select.js';

export function runPipeline(text: string, gazetteer: Gazetteer, options: ExtractOptions = {}): Entity[] {
  const tokens = tokenize(text);
  const definitions = findDefinitions(text, tokens);
  const listed = retypeTeams(tokens, matchGazetteer(text, tokens, gazetteer), gazetteer.countryNames);
  const ruled = applyRules(text, tokens, listed, gazetteer.words);
  const linked = linkShortForms(text, tokens, definitions, [...listed, ...ruled], gazetteer.words);
  const resolved = resolveOverlaps(text.length, [...linked, ...listed, ...ruled]);
  const named = linkPartialNames(text, tokens, oneSensePerDocument(resolved), gazetteer.words);
  const entities = groupEntities(named);
  return withContext(text, withTypes(entities, options.types), options.context);
}
