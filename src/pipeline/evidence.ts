// What decided a mention, as a short stable string (--explain): `list:<list>`, `user:<file>:<line>`,
// `acronym:<long form> (<short form>)`, `rule:<rule> <cue>`, with `; rule:team`, `; vote:<type>`
// and `; tagger:<Tag>` appended by the stages that change a type afterwards. Every stage writes it
// (a constant or one concatenation a mention); only --explain puts it in the output.
import type { EntityType } from '../types.js';

/** The rules' names, as `rule:<name>` writes them: the README lists each. */
export type RuleName =
  | 'head-word' | 'organization-first' | 'place-first' | 'ampersand' | 'ordinal' | 'region' | 'hyphenated-place'
  | 'title' | 'initial' | 'context' | 'organization-cue' | 'town' | 'town-skeleton' | 'given-name' | 'particle' | 'surname'
  | 'guess' | 'team' | 'partial-name' | 'propagated' | 'listed-with' | 'short-form-prefix' | 'unit-number' | 'generic-alias'
  | 'quoted-nickname';

export const UNKNOWN_ACRONYM_EVIDENCE = 'acronym:unknown';

/** A built-in list by its name; a user's list is named `user:<file>:<line>` already (compile.ts). */
export function listEvidence(list: string): string {
  return list.startsWith('user:') ? list : `list:${list}`;
}

export function acronymEvidence(longForm: string, shortForm: string): string {
  return `acronym:${longForm} (${shortForm})`;
}

/** `rule:head-word Barrage`, or `rule:guess` where no word decided. */
export function ruleEvidence(rule: RuleName, cue?: string): string {
  return cue === undefined ? `rule:${rule}` : `rule:${rule} ${cue}`;
}

/** A later decision after the first: "list:places-cities; rule:team", "rule:context said; vote:organization". */
export function thenEvidence(evidence: string, next: string): string {
  return `${evidence}; ${next}`;
}

export function voteEvidence(type: EntityType): string {
  return `vote:${type}`;
}
