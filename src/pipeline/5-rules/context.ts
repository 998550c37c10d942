// The words around a chunk that type it: "said" after a person, "district" after a place, "news
// agency" before an organization, "in" before a place, "alias" before a person.
import type { EntityType, Token, WordLists } from '../../types.js';
import { isJoiningHyphen, transliterationSkeleton, wordsKey } from '../3-gazetteer/fold.js';
import { type RuleName, ruleEvidence } from '../evidence.js';
import { countWords, isCapitalisedWord, lower, type TitledChunk, wordsOf } from './chunks.js';

// Words after a name that only a person does ("Pandya said", "Khan told reporters").
const PERSON_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'added', 'wrote', 'stated', 'claimed', 'alleged', 'tweeted', 'explained', 'noted', 'asked', 'insisted', 'died', 'resigned']);
// Words before a name that introduce a person ("alias Shahab al-Muhajir").
const PERSON_CUES: ReadonlySet<string> = new Set(['alias', 'aka', 'mr', 'mrs', 'ms']);
// Lower-case nouns before a name that make it an organization's ("news agency Tanjug", "the militant
// group Jaish", "the carrier Emirates").
const ORGANIZATION_NOUNS: ReadonlySet<string> = new Set([
  'agency', 'company', 'firm', 'group', 'outfit', 'organisation', 'organization', 'newspaper', 'daily', 'weekly', 'broadcaster',
  'channel', 'bank', 'carrier', 'airline', 'party', 'militia', 'insurer', 'lender', 'conglomerate', 'club', 'side', 'team',
  // Business desks name a firm by its trade or its place in a group: "aerospace arm Dasa", "automaker Stellantis".
  'arm', 'unit', 'subsidiary', 'maker', 'manufacturer', 'automaker', 'carmaker', 'chipmaker', 'drugmaker', 'retailer', 'miner',
  'homebuilder', 'brewer', 'regulator', 'watchdog', 'startup',
]);
// Staff named by their employer: "analysts at Piper Sandler", "economists at Nomura", "shares of Krontex".
const STAFF_AT: ReadonlySet<string> = new Set(['analysts', 'analyst', 'economists', 'economist', 'strategists', 'strategist', 'bankers', 'traders', 'employees', 'staffers', 'executives']);
// Plural nouns before "of" that only a body has ("officials of Nahdlatul Ulama", "members of Hamas"); a town there is the place's.
const MEMBERS_OF: ReadonlySet<string> = new Set(['members', 'officials', 'leaders', 'activists', 'cadres', 'militants', 'fighters', 'founders', 'shareholders', 'employees']);
// Lower-case words after a name that only a company or body has ("Cofinec CEO", "Magna shares",
// "Pirelli chairman", "Comelf 's output").
const ORGANIZATION_AFTER: ReadonlySet<string> = new Set([
  'ceo', 'chairman', 'chairwoman', 'shares', 'stock', 'subsidiary', 'subsidiaries', 'shareholders', 'executives', 'unit', 'output',
  'profit', 'profits', 'revenue', 'revenues', 'earnings', 'bonds', 'workforce', 'headquarters',
]);
const OWNERS_BEFORE: ReadonlySet<string> = new Set(['its', 'their', 'our']);
// Lower-case words right after a newspaper's name ("Zycie Warszawy daily", "Liberte newspaper"); after
// a possessive they name its owner instead ("Hen Vipheak's newspaper").
// A pollster's name takes its poll the same way ("a Datafolha poll", "the latest Gallup survey").
const NEWSPAPER_AFTER: ReadonlySet<string> = new Set(['daily', 'newspaper', 'weekly', 'magazine', 'tabloid', 'poll', 'polls', 'survey']);

// Words before a single unknown name that make it a place ("in Kunar", "near Jalalabad").
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'near', 'at', 'from', 'to', 'outside', 'inside', 'across', 'into', 'towards', 'toward', 'via']);
// Lower-case nouns that make the name before them a place whatever its first word ("Cal Miskaad
// mountains", "Hiiraan region", "Charles de Gaulle airport"): a person's name is not followed by them
// unless the place is named after the person. Checked before a given name.
// Sites and buildings: "the Sharara field", "the Lumwana mine", "the Erez crossing", "the Nile
// Ritz-Carlton hotel" (a camp follows a person too: "the Trump camp").
const FACILITY_NOUNS_AFTER: ReadonlySet<string> = new Set([
  'airport', 'checkpoint', 'field', 'fields', 'oilfield', 'oilfields', 'mine', 'mines', 'basin', 'basins', 'refinery', 'crossing',
  'hotel', 'hospital', 'stadium', 'palace', 'museum', 'bridge', 'tunnel',
]);
const PLACE_NOUNS_AFTER: ReadonlySet<string> = new Set([
  'district', 'village', 'province', 'region', 'valley', 'tehsil', 'county', 'township', 'governorate', 'oblast', 'municipality',
  'prefecture', 'mountains', 'hills', 'river', 'desert', 'peninsula', 'archipelago', 'plateau', 'oasis', 'kibbutz', 'moshav',
  'commune', 'canton', 'parish', 'borough', 'subdistrict', 'hamlet', 'enclave', 'delta', 'lagoon', 'gorge', 'glacier', 'corridor',
  'airfield', 'airbase', 'dam', 'barrage', 'reservoir', 'square', 'park', ...FACILITY_NOUNS_AFTER,
]);
// Lower-case nouns that make the name before them ("Kupwara district") or after "X of" ("village of
// Beighpora") a place, where nothing says otherwise: some follow a person too ("the Trump camp").
const PLACE_NOUNS: ReadonlySet<string> = new Set([
  ...PLACE_NOUNS_AFTER,
  'area', 'town', 'city', 'sector', 'state', 'neighbourhood', 'neighborhood', 'suburb', 'island', 'port', 'jail', 'prison', 'airport',
  'camp', 'border', 'crossing', 'mosque',
]);
// "al-Logari", "el-Sisi": a name led by an Arabic particle and no list's entry is a person's.
export const PERSON_PARTICLES: ReadonlySet<string> = new Set(['al', 'el']);

/** "the Nile Ritz-Carlton hotel": a site's or a building's noun after the name makes all of it one place, whatever its words. */
export function isBeforeFacilityNoun(tokens: readonly Token[], to: number): boolean {
  const next = tokens[to];
  return next?.shape === 'lower' && FACILITY_NOUNS_AFTER.has(next.text);
}

/** A type and the evidence that gave it. */
export interface Typed {
  type: EntityType;
  evidence: string;
}

const typed = (type: EntityType, rule: RuleName, cue?: string): Typed => ({ type, evidence: ruleEvidence(rule, cue) });

/** The type the words around the chunk give it, if any. */
export function typeByContext(tokens: readonly Token[], chunk: TitledChunk, words: WordLists): Typed | undefined {
  const first = tokens[chunk.from]!;
  const before = tokens[chunk.from - 1];
  const beforeWord = lower(before);
  const next = tokens[chunk.to];
  const nextWord = lower(next);
  if (before?.shape === 'lower' && ORGANIZATION_NOUNS.has(beforeWord) && !chunk.hasTitle) return typed('organization', 'context', before.text);
  if (isEmployerOfStaff(tokens, chunk.from) && !chunk.hasTitle) return typed('organization', 'context', tokens[chunk.from - 2]!.text);
  if (!chunk.hasTitle && isBodyOfMembers(tokens, chunk, words)) return typed('organization', 'organization-cue', tokens[chunk.from - 2]!.text);
  // "Toronto-based Magna", "Lahore-based Minhaj ul Quran": what is based somewhere, named right after, is a body.
  // A person's name there has its noun before it ("Kabul-based journalist Bilal Sarwary").
  if (beforeWord === 'based' && tokens[chunk.from - 2]?.text === '-' && isJoiningHyphen(tokens, chunk.from - 2) && !chunk.hasTitle && !(words.givenNames.hasKeyOf(first) && countWords(tokens, chunk) > 1)) {
    return typed('organization', 'organization-cue', 'based');
  }
  if (chunk.hasTitle) return typed('person', 'title', chunk.title);
  if (PERSON_CUES.has(beforeWord)) return typed('person', 'context', before!.text);
  if (isInitial(tokens, chunk.from) && !isOrdinaryWordAfterInitial(tokens, chunk.from, words)) return typed('person', 'initial');
  const hasPossessive = nextWord === "'s" || nextWord === '’s';
  const afterPossessive = hasPossessive ? lower(tokens[chunk.to + 1]) : nextWord;
  if (ORGANIZATION_AFTER.has(afterPossessive) && !words.givenNames.hasKeyOf(first)) {
    // "its Cupertino headquarters", "their Tianjin unit": the owner is named already; the name says where.
    if (!hasPossessive && OWNERS_BEFORE.has(beforeWord)) return typed('place', 'context', before!.text);
    return typed('organization', 'organization-cue', tokens[hasPossessive ? chunk.to + 1 : chunk.to]!.text);
  }
  if (next?.shape === 'lower' && NEWSPAPER_AFTER.has(nextWord) && !words.givenNames.hasKeyOf(first)) return typed('organization', 'organization-cue', next.text);
  // "the village of Oke-Ogun", "the town of Kibera": said before a given name or a verb is asked.
  if (isAfterPlaceNounOf(tokens, chunk.from)) return typed('place', 'context', tokens[chunk.from - 2]!.text);
  // "Residents of Kibera said": the verb's subject is the plural before "of".
  // A person's name takes no article: "The Gazzetta dello Sport said" is a paper's.
  if (PERSON_VERBS.has(nextWord) && !isAfterPluralOf(tokens, chunk.from) && beforeWord !== 'the') return typed('person', 'context', next!.text);
  if (next?.shape === 'lower' && PLACE_NOUNS_AFTER.has(nextWord)) return typed('place', 'context', next.text);
  // A name led by a given name is a person's more often than a town's, unless a preposition says
  // place; the towns are asked only after these cheap tests.
  const isGivenName = words.givenNames.hasKeyOf(first);
  // "in Djibo and Kaya": a town listed after another, a place's preposition before both, is a town even where it is a name too.
  const isListedWithTown = (isGivenName || words.surnames.hasKeyOf(first)) && isListedAfterPlacePreposition(tokens, chunk.from) && words.towns.has(tokens[chunk.from - 2]!.key);
  const place = PLACE_PREPOSITIONS.has(beforeWord) || isListedWithTown || !isGivenName ? knownPlace(tokens, chunk, words, isListedWithTown) : undefined;
  if (place) return typed('place', place, wordsOf(tokens, chunk.from, chunk.to));
  if (isGivenName) {
    return isBuildingAfterArticle(tokens, chunk) ? typed('place', 'context', tokens[chunk.from - 1]!.text) : typed('person', 'given-name', tokens[chunk.from]!.text);
  }
  return typeByWordsAround(tokens, chunk);
}

/**
 * "at the Santiago Bernabeu", "at the Paul Robeson": a person's name takes no article, so a name led
 * by a given name after a place's preposition and "the" is a building or a ground named after one,
 * when it heads its phrase. A lower-case word after it makes it a qualifier ("in the Obama years").
 */
export function isBuildingAfterArticle(tokens: readonly Token[], chunk: TitledChunk): boolean {
  const article = tokens[chunk.from - 1];
  const next = tokens[chunk.to];
  if (article?.text !== 'the' || !PLACE_PREPOSITIONS.has(lower(tokens[chunk.from - 2]))) return false;
  return next === undefined || next.kind === 'punct' || WORDS_AFTER_BUILDING.has(next.text);
}

// Words after a building's name that leave it the head of its phrase: "at the Emirates on Sunday".
const WORDS_AFTER_BUILDING: ReadonlySet<string> = new Set(['in', 'on', 'at', 'near', 'for', 'against', 'with', 'last', 'this', 'when', 'where', 'after', 'before', 'and']);

const LIST_JOINERS: ReadonlySet<string> = new Set([',', 'and', 'or']);
// How far back a list of names may run to its preposition: "in Gao, Kidal, Menaka and Kaya".
const MAX_LIST_TOKENS = 12;

/** "in Djibo and Kaya", "near Gao, Kidal or Kaya": the last names of a list a place's preposition opens. */
function isListedAfterPlacePreposition(tokens: readonly Token[], from: number): boolean {
  if (!LIST_JOINERS.has(lower(tokens[from - 1]))) return false;
  for (let i = from - 2; i >= 0 && i >= from - 1 - MAX_LIST_TOKENS; i--) {
    const token = tokens[i]!;
    if (isCapitalisedWord(token) && !token.isSentenceStart) continue;
    if (LIST_JOINERS.has(token.text) && isCapitalisedWord(tokens[i + 1]!)) continue;
    return token.shape === 'lower' && PLACE_PREPOSITIONS.has(token.text) && i < from - 2;
  }
  return false;
}

/** "analysts at X", "shares of X": the employer of the staff named, or the firm whose shares trade. */
function isEmployerOfStaff(tokens: readonly Token[], from: number): boolean {
  const link = lower(tokens[from - 1]);
  const noun = tokens[from - 2];
  if (noun === undefined || (noun.shape !== 'lower' && !noun.isSentenceStart)) return false;
  const word = noun.text.toLowerCase();
  return (link === 'at' && STAFF_AT.has(word)) || (link === 'of' && word === 'shares');
}

/** "officials of Nahdlatul Ulama", "members of Muhammadiyah": a body's people before the name, which no list holds as a town. */
function isBodyOfMembers(tokens: readonly Token[], chunk: TitledChunk, words: WordLists): boolean {
  const noun = tokens[chunk.from - 2];
  if (lower(tokens[chunk.from - 1]) !== 'of' || noun === undefined || noun.shape !== 'lower' || !MEMBERS_OF.has(noun.text)) return false;
  // "leaders of Kuriga village": a place's noun after the name says town.
  const next = tokens[chunk.to];
  if (next?.shape === 'lower' && (PLACE_NOUNS.has(next.text) || PLACE_NOUNS_AFTER.has(next.text))) return false;
  return knownPlace(tokens, chunk, words) === undefined;
}

/** The last, weakest cues: an Arabic particle, a place noun, a preposition before a single word. */
function typeByWordsAround(tokens: readonly Token[], chunk: TitledChunk): Typed | undefined {
  const before = tokens[chunk.from - 1];
  const beforeWord = lower(before);
  const next = tokens[chunk.to];
  const nextWord = lower(next);
  // "al-Baghdadi", "el-Sisi" are people; "Al Hawijah", "Al Anbar", written apart, as often places.
  if (PERSON_PARTICLES.has(lower(tokens[chunk.from])) && isJoiningHyphen(tokens, chunk.from + 1)) return typed('person', 'particle', tokens[chunk.from]!.text);
  if (next?.shape === 'lower' && PLACE_NOUNS.has(nextWord)) return typed('place', 'context', next.text);
  if (PLACE_PREPOSITIONS.has(beforeWord) && countWords(tokens, chunk) === 1) return typed('place', 'context', before!.text);
  return undefined;
}

/** A place's noun and "of" before the chunk: "the village of …"; not "camp", which a person's followers have too ("the camp of Ahmad Massoud"). */
export function isAfterPlaceNounOf(tokens: readonly Token[], from: number): boolean {
  const noun = tokens[from - 2];
  return lower(tokens[from - 1]) === 'of' && noun !== undefined && noun.shape === 'lower' && noun.text !== 'camp' && PLACE_NOUNS.has(noun.text);
}

/** "residents of", "Officials of" opening a sentence: a plural noun and "of" right before the chunk. */
function isAfterPluralOf(tokens: readonly Token[], from: number): boolean {
  const noun = tokens[from - 2];
  const isCommonNoun = noun !== undefined && (noun.shape === 'lower' || (noun.shape === 'title' && noun.isSentenceStart));
  return lower(tokens[from - 1]) === 'of' && isCommonNoun && noun.text.length > 3 && noun.text.endsWith('s');
}

/**
 * The chunk names a town (any spelling GeoNames gives) or, when it has two words or more, a listed
 * place by its transliteration skeleton. A single word that is also a surname is left to the words
 * around it ("Croft", "Booker") unless the caller has them say town, and a one-word skeleton matches
 * too many names to be evidence.
 */
export function knownPlace(tokens: readonly Token[], chunk: TitledChunk, words: WordLists, isSurnameATown = false): 'town' | 'town-skeleton' | undefined {
  const key = wordsKey(tokens, chunk.from, chunk.to);
  if (!key.includes(' ')) return words.towns.has(key) && (isSurnameATown || !words.surnames.has(key)) ? 'town' : undefined;
  if (words.towns.has(key)) return 'town';
  return words.placeSkeletons.has(transliterationSkeleton(key)) ? 'town-skeleton' : undefined;
}

/** A verb a person is the subject of ("said", "told") stands at `i`. */
export function isPersonVerbAt(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.shape === 'lower' && PERSON_VERBS.has(tokens[i]!.text);
}

/** A preposition of place, or "the", stands at `i`: "in Kerry", "the Kerry". */
export function isPlaceWordAt(tokens: readonly Token[], i: number): boolean {
  const word = lower(tokens[i]);
  return word === 'the' || word === 'of' || PLACE_PREPOSITIONS.has(word);
}

/** "on X. Analysts said": a common word's plural after the full stop, and no name, opens a sentence rather than ends a name. */
function isOrdinaryWordAfterInitial(tokens: readonly Token[], i: number, words: WordLists): boolean {
  const word = tokens[i + 2]!;
  return word.text.endsWith('s') && words.commonWords.hasKeyOf(word) && !words.surnames.hasKeyOf(word) && !words.givenNames.hasKeyOf(word);
}

/** "I. Healy", "S. Law": a single capital and a full stop before more of the name. */
function isInitial(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  return token.text.length === 1 && token.shape === 'upper' && tokens[i + 1]?.text === '.' && tokens[i + 2] !== undefined && tokens[i + 2]!.shape !== 'lower';
}
