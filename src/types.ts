// The contracts between the pipeline's stages: each stage takes and returns these, nothing else.

/** The types the engine gives by itself. */
export type BuiltInEntityType = 'person' | 'organization' | 'place' | 'acronym';
/**
 * A built-in type, or a label from a user's gazetteer, lower-cased ("weapon", "norp"). `string & {}`
 * keeps the built-in names known to the editor while any other string is allowed.
 */
export type EntityType = BuiltInEntityType | (string & {});
export const ENTITY_TYPES: readonly BuiltInEntityType[] = ['person', 'organization', 'place', 'acronym'];

export function isBuiltInType(type: EntityType): type is BuiltInEntityType {
  return (ENTITY_TYPES as readonly string[]).includes(type);
}

/** Offsets are UTF-16 code units into Doc.text: text === doc.text.slice(start, end). */
export interface Span {
  start: number;
  end: number;
}

/** One decoded input: `path` as the user gave it ("<stdin>" for stdin), `text` without any BOM. */
export interface Doc {
  path: string;
  text: string;
}

export type InputErrorReason = 'missing' | 'unreadable' | 'is-directory' | 'binary' | 'too-large' | 'no-match' | 'internal-error';

/** A per-input failure, kept as a value so the run can go on with the other inputs. */
export interface InputError {
  path: string;
  reason: InputErrorReason;
  message: string;
}

export type TokenKind = 'word' | 'number' | 'punct';
export type TokenShape = 'upper' | 'title' | 'lower' | 'mixed' | 'none';

/** Token.keyIndex and textIndex before the gazetteer is first asked about the token. */
export const NOT_LOOKED_UP = -2;

export interface Token extends Span {
  text: string;
  /** The folded form lists are keyed by (see 2-tokenize/fold-word.ts). */
  key: string;
  kind: TokenKind;
  shape: TokenShape;
  /** First word of a sentence, a line or a quotation: its capital letter says nothing. */
  isSentenceStart: boolean;
  /** A line break stands between this token and the one before: names do not run across it. */
  isAfterLineBreak: boolean;
  /** Inside a line written in capitals (a headline or dateline): capitals say nothing either. */
  isInCapsLine: boolean;
  /**
   * Where the run's gazetteer keeps this token's key, and its text as written, in its word tables
   * (3-gazetteer/gazetteer.ts): NOT_LOOKED_UP until first asked, then the index or -1. The stages
   * ask about one token a dozen times, and a look-up by string costs a hash table's probe each time.
   */
  keyIndex: number;
  textIndex: number;
}

export type MentionSource = 'gazetteer' | 'acronym' | 'rule' | 'compromise';

export interface Mention extends Span {
  text: string;
  type: EntityType;
  source: MentionSource;
  /** The name this mention resolves to (a gazetteer entry's canonical name, or a defined long form). */
  canonical?: string;
  /** The mention is written as a short form (ISI, LeT, US). */
  isShortForm?: boolean;
  /** Typed by default, with no word for its type: other evidence about the same name overrides it. */
  isGuess?: boolean;
  /** The words around it settle its type whatever the name is elsewhere in the text (a dateline, "at
   * Wigan" where Wigan is a team): one sense per document leaves it as it is. */
  isTypedByContext?: boolean;
  /** What decided it, as a short stable string (pipeline/evidence.ts): "list:places-cities", "rule:context said". */
  evidence: string;
  /** The gazetteer entry the mention was matched to, for its identity. It counts only while the
   * mention keeps the entry's type (6-resolve/merge.ts groupEntities). */
  listed?: ListedName;
}

/** Where a listed place is: WGS 84 degrees, longitude first (as GeoJSON orders them), and the ISO
 * 3166-1 alpha-2 code of its country. Either may be unknown (a curated list gives neither). */
export interface PlaceFacts {
  coordinates?: [longitude: number, latitude: number];
  country?: string;
}

/** A gazetteer entry as a match sees it: made once per process and shared by all its mentions. */
export interface ListedName {
  name: string;
  type: EntityType;
  /** Stable across runs: the list's own id (`geonames:1176615`, a user's `id` column), else
   * `<list>:<name>` (`organizations-militant:Lashkar-e-Taiba`, `user:groups.csv:Zarbeh`). */
  id: string;
  /** The list that holds it, as --explain names it: "list:places-cities", "user:groups.csv:4". */
  evidence: string;
  geo?: PlaceFacts;
}

/** "Inter-Services Intelligence (ISI)": a long form and its short form, both as written. */
export interface Definition {
  longForm: Span & { text: string };
  shortForm: Span & { text: string };
}

export interface EntityMention extends Span {
  text: string;
  /** What decided the mention (ExtractOptions.explain): "list:places-cities", "rule:head-word Army". */
  evidence?: string;
  context?: string;
  /** Index of the sentence the mention starts in (0 first), when asked for (ExtractOptions.sentences). */
  sentence?: number;
}

export interface Entity {
  name: string;
  type: EntityType;
  /** The listed entry's id (ListedName.id); absent for a name only rules or a definition found. */
  id?: string;
  acronym?: string;
  count: number;
  mentions: EntityMention[];
  /** A listed place's point and country, when asked for (ExtractOptions.geo). */
  geo?: PlaceFacts;
}

export interface DocumentResult {
  path: string;
  entities: Entity[];
}

export interface GazetteerEntry {
  name: string;
  type: EntityType;
  aliases: readonly string[];
  /** A user's list: the 1-based line of the name, then of each alias (--explain names them). */
  lines?: readonly number[];
  /** The list's own id for it; absent, the entry is known as `<list>:<name>`. */
  id?: string;
  geo?: PlaceFacts;
}

/** A word list as the rules ask it: is this (folded) word on it? */
export interface WordSet {
  has(word: string): boolean;
  /** has(token.key), with the token's look-up kept on it. */
  hasKeyOf(token: Token): boolean;
}

/** Word lists the rules take as evidence; every key is a folded word or phrase (2-tokenize/fold-word.ts). */
export interface WordLists {
  givenNames: WordSet;
  surnames: WordSet;
  /** Honorifics, titles and ranks (Gen, Lt Gen, Maulana, Prime Minister). */
  titles: WordSet;
  /** Every word that occurs in some title ("lt", "gen", "prime", "minister"): a cheap first test. */
  titleWords: WordSet;
  /** Pakistani, Afghans, American: never entities on their own. */
  demonyms: WordSet;
  /** Capitalised words that are never names on their own: religions, months, page furniture. */
  stopWords: WordSet;
  /** Common English words, by folded key: a name may share one's key ("Leeds", "lids"). */
  commonWords: WordSet;
  /** Common words, stop words and demonyms as spelt (plainWord: lower case, no diacritics or apostrophes). */
  ordinarySpellings: WordSet;
  /** On any of the common-word, stop-word, title or demonym lists: a word that, capitalised, is still no name. */
  ordinaryWords: WordSet;
  /** Last words that make a capitalised phrase an organization's name (…Army, …Network, …Party). */
  organizationHeads: WordSet;
  /** First words that do (Tehreek…, Lashkar…, Ministry…). */
  organizationStarts: WordSet;
  /** Last words that make it a place's name (…Province, …Valley, …Airport). */
  placeHeads: WordSet;
  /** First words that do (Mount…, Lake…, Camp…, Fort…). */
  placeStarts: WordSet;
  /** Last words that make a capitalised phrase none of our types (…Time, …Agreement, …Summit). */
  noEntityHeads: WordSet;
  /** First words that do (Operation…, Exercise…). */
  noEntityStarts: WordSet;
  /** Sports clubs' nicknames, the plural their listed names end with ("cubs", "blue jays"), by folded words. */
  teamNicknames: WordSet;
  /** Towns no entity list holds, keyed by their words folded ("tal afar"): evidence, not names. */
  towns: WordSet;
  /** The transliteration skeletons of every listed place and town (3-gazetteer/fold.ts). */
  placeSkeletons: WordSet;
}

export interface ExtractOptions {
  /** Keep only these types; all when absent. */
  types?: readonly EntityType[];
  /** Characters of text either side of each mention, for review. */
  context?: number;
  /** Number each mention's sentence (EntityMention.sentence), for co-occurrence by sentence. */
  sentences?: boolean;
  /** Give each listed place its point and country (Entity.geo), for a map. */
  geo?: boolean;
  /**
   * Ask compromise's tagger about the names the rules could only guess at. Off by default: measured,
   * it adds 0.002 strict F1 on CoNLL-2003 and nothing on the dev set, at 3.6× the time.
   */
  tagger?: boolean;
  /** Each mention carries `evidence`: the list, definition or rule that decided it. */
  explain?: boolean;
}

// The rows of --summary and --edges. Their fields are named as their CSV columns, so the JSON and the
// CSV of a report carry the same names.

/** One entity across a batch: the same type and canonical name (any case) is the same entity. */
export interface EntitySummary {
  name: string;
  type: EntityType;
  acronym?: string;
  /** Documents it appears in. */
  documents: number;
  /** Mentions over all documents. */
  mentions: number;
  /** The first document, in input order, it appears in. */
  first_path: string;
  /** Rows are grouped by it where the entity has one; the name is then the first one seen. */
  id?: string;
  /** A listed place's point and country, where the entities carry them (ExtractOptions.geo). */
  geo?: PlaceFacts;
}

export type CoOccurrenceScope = 'document' | 'sentence';

/** Two entities seen together; undirected, `source` sorting before `target`. */
export interface CoOccurrence {
  source: string;
  source_type: EntityType;
  target: string;
  target_type: EntityType;
  /** Documents they appear together in (for the sentence scope: in one sentence of it). */
  documents: number;
  /** Times they appear together: documents for the document scope, sentences for the sentence scope. */
  weight: number;
  /** Nodes are grouped by id where the entity has one (EntitySummary.id). */
  source_id?: string;
  target_id?: string;
}
