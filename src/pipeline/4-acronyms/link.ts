// Definitions → mentions: the long form and every use of its short form, in any spelling that differs
// only by hyphens or dots (IS-KP ~ ISKP), before or after the definition, become one entity's mentions.
// Short forms the text never defines are typed by the gazetteer, or as `acronym` when nothing is known.
import type { Definition, EntityType, Mention, Token, WordLists } from '../../types.js';
import { isJoiningHyphen } from '../3-gazetteer/fold.js';

const compact = (form: string) => form.replace(/[^\p{L}\p{N}]/gu, '');
// An undefined short form typed `acronym` (guidelines: last resort) has 2–6 capitals, as acronyms do.
const UNKNOWN_ACRONYM = /^\p{Lu}[\p{Lu}\p{N}]{1,5}$/u;
const ROMAN_NUMERAL = /^[IVXLCDM]+$/;

interface ShortFormUse {
  start: number;
  end: number;
  compactForm: string;
  /** The whole hyphen-joined run (IS-KP), not its first word alone (IS). */
  isWholeRun: boolean;
  isInCapsLine: boolean;
}

export function linkShortForms(
  text: string,
  tokens: readonly Token[],
  definitions: readonly Definition[],
  known: readonly Mention[],
  words: WordLists,
): Mention[] {
  const mentions: Mention[] = [];
  const byShortForm = new Map<string, { definition: Definition; type: EntityType }>();
  const notNames = new Set<string>();
  for (const definition of definitions) {
    const key = compact(definition.shortForm.text);
    if (!/^\p{Lu}/u.test(definition.longForm.text)) {
      // "improvised explosive device (IED)": a term, not a name.
      notNames.add(key);
      continue;
    }
    if (byShortForm.has(key)) continue;
    const longForm = widenToListedName(text, definition.longForm, known);
    const type = typeOfLongForm(definition, known);
    byShortForm.set(key, { definition: { ...definition, longForm }, type });
    mentions.push({ ...longForm, type, source: 'acronym', canonical: longForm.text });
  }
  let linkedUntil = 0;
  for (const use of shortFormUses(tokens)) {
    if (use.start < linkedUntil) continue;
    const linked = byShortForm.get(use.compactForm);
    const written = text.slice(use.start, use.end);
    if (linked) {
      mentions.push({ start: use.start, end: use.end, text: written, type: linked.type, source: 'acronym', canonical: linked.definition.longForm.text, isShortForm: true });
    } else if (use.isWholeRun && !use.isInCapsLine && isUnknownAcronym(written, use, known, notNames, words)) {
      mentions.push({ start: use.start, end: use.end, text: written, type: 'acronym', source: 'acronym', isShortForm: true });
    } else continue;
    linkedUntil = use.end;
  }
  return mentions;
}

/** "US Central Command (CENTCOM)": the letters stop at Central, the listed name starts at US. */
function widenToListedName(text: string, longForm: Definition['longForm'], known: readonly Mention[]): Definition['longForm'] {
  const listed = known.find((m) => m.source === 'gazetteer' && m.end === longForm.end && m.start < longForm.start);
  return listed ? { start: listed.start, end: listed.end, text: text.slice(listed.start, listed.end) } : longForm;
}

function typeOfLongForm(definition: Definition, known: readonly Mention[]): EntityType {
  const { longForm, shortForm } = definition;
  // A default guess about the words of the long form says less than the fact that it has a short form.
  const evidence = known.filter((m) => m.type !== 'acronym' && !m.isGuess);
  const covering = evidence.find((m) => m.start <= longForm.start && m.end >= longForm.end);
  if (covering) return covering.type;
  const ending = evidence.find((m) => m.end === longForm.end && m.start > longForm.start);
  if (ending) return ending.type;
  const listedShortForm = known.find((m) => m.start === shortForm.start && m.end === shortForm.end && m.source === 'gazetteer');
  return listedShortForm?.type ?? 'organization';
}

/** Every word, and every run of words joined by hyphens (IS-KP), as a possible short form. */
function shortFormUses(tokens: readonly Token[]): ShortFormUse[] {
  const uses: ShortFormUse[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // Every short form starts with a capital (isShortFormCandidate, UNKNOWN_ACRONYM): others need no look.
    if (token.kind !== 'word' || token.shape === 'lower' || token.shape === 'none' || isJoiningHyphen(tokens, i - 1)) continue;
    let last = i;
    while (isJoiningHyphen(tokens, last + 1) && tokens[last + 2]?.kind === 'word') last += 2;
    const run = tokens.slice(i, last + 1).map((t) => t.text).join('');
    uses.push({ start: token.start, end: tokens[last]!.end, compactForm: compact(run), isWholeRun: true, isInCapsLine: token.isInCapsLine });
    if (last > i) uses.push({ start: token.start, end: token.end, compactForm: compact(token.text), isWholeRun: false, isInCapsLine: token.isInCapsLine });
  }
  return uses;
}

function isUnknownAcronym(written: string, use: ShortFormUse, known: readonly Mention[], notNames: ReadonlySet<string>, words: WordLists): boolean {
  if (!UNKNOWN_ACRONYM.test(written) || ROMAN_NUMERAL.test(written) || notNames.has(use.compactForm)) return false;
  const lower = written.toLowerCase();
  if (words.commonWords.has(lower) || words.stopWords.has(lower) || words.titles.has(lower) || words.demonyms.has(lower)) return false;
  return !known.some((m) => m.start < use.end && use.start < m.end);
}
