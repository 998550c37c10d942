// spaCy EntityRuler patterns (JSONL, one {"label","pattern","id"?} a line, as EntityRuler.to_disk
// writes them) → gazetteer entries. A pattern is a phrase or a list of token patterns keyed LOWER,
// ORTH or TEXT; other token attributes (POS, OP, IN sets …) have no phrase to match and are refused.
import type { GazetteerEntry } from '../../../types.js';
import { HYPHENS, NAME_CONNECTORS } from '../fold.js';
import { DataFileError } from '../tsv.js';
import { describeBadLabel, typeOfLabel } from './labels.js';
import { entriesOfRows, type ListRow } from './rows.js';

// Token attributes that name a phrase. LOWER matches any case; ORTH and TEXT as written. Our matcher
// keeps one rule for all names (any case where the words are capitalised, short forms as written),
// so these differ only in how the canonical name is spelt (see phraseOfTokens).
const TOKEN_ATTRIBUTES = ['LOWER', 'ORTH', 'TEXT'] as const;
type TokenAttribute = (typeof TOKEN_ATTRIBUTES)[number];

interface TokenPattern {
  attribute: TokenAttribute;
  value: string;
}

interface Pattern {
  type: string;
  phrase: string;
  id: string | undefined;
}

/** Rows sharing an id (and a label) are one entity: the first pattern names it, the rest are aliases. */
export function readEntityRulerPatterns(fileName: string, content: string): GazetteerEntry[] {
  return entriesOfRows(patternRows(fileName, content));
}

function* patternRows(fileName: string, content: string): Generator<ListRow> {
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    if (lines[index]!.trim() === '') continue;
    const { phrase, type, id } = readPattern(fileName, index + 1, lines[index]!);
    yield { name: phrase, type, aliases: [], id, line: index + 1 };
  }
}

function readPattern(fileName: string, line: number, text: string): Pattern {
  const fail = (reason: string) => new DataFileError(fileName, line, reason);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw fail(`not JSON (${(error as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw fail('expected one pattern object a line: {"label": …, "pattern": …}');
  const { label, pattern, id } = value as Record<string, unknown>;
  if (typeof label !== 'string') throw fail('"label" must be a string');
  const type = typeOfLabel(label);
  if (type === undefined) throw fail(`label ${describeBadLabel(label)}`);
  if (id !== undefined && typeof id !== 'string' && typeof id !== 'number') throw fail('"id" must be a string or a number');
  let phrase: string;
  if (typeof pattern === 'string') phrase = pattern.trim();
  else if (Array.isArray(pattern)) phrase = phraseOfTokens(pattern.map((token, i) => readToken(token, i + 1, fail)));
  else throw fail('"pattern" must be a phrase or a list of token patterns');
  if (phrase === '') throw fail('the pattern is empty');
  return { type, phrase, id: id === undefined ? undefined : String(id) };
}

function readToken(token: unknown, position: number, fail: (reason: string) => Error): TokenPattern {
  if (typeof token !== 'object' || token === null || Array.isArray(token)) throw fail(`token ${position}: expected an object like {"LOWER": "word"}`);
  const keys = Object.keys(token);
  if (keys.length !== 1) throw fail(`token ${position}: expected one attribute (LOWER, ORTH or TEXT), found ${keys.length === 0 ? 'none' : keys.join(', ')}`);
  const key = keys[0]!;
  // spaCy reads attribute names in any case ("lower" is LOWER).
  const attribute = TOKEN_ATTRIBUTES.find((a) => a === key.toUpperCase());
  if (!attribute) throw fail(`token ${position}: attribute "${key}" is not supported (only LOWER, ORTH and TEXT: a phrase to match)`);
  const value = (token as Record<string, unknown>)[key];
  if (typeof value !== 'string' || value.trim() === '') throw fail(`token ${position}: ${attribute} must be a non-empty string (sets such as {"IN": […]} are not supported)`);
  return { attribute, value: value.trim() };
}

/**
 * Token patterns → the phrase they spell. spaCy splits "Jaish-e-Mohammed" into Jaish - e - Mohammed,
 * so a hyphen token joins its neighbours without spaces; LOWER words are capitalised, connectors
 * ("e", "of", "al") apart, since the phrase is also the entity's name when no "id" names it.
 */
export function phraseOfTokens(tokens: readonly TokenPattern[]): string {
  let phrase = '';
  let isGlued = true;
  for (const { attribute, value } of tokens) {
    if (HYPHENS.has(value)) {
      phrase += value;
      isGlued = true;
      continue;
    }
    const word = attribute === 'LOWER' && !NAME_CONNECTORS.has(value) ? capitalise(value) : value;
    phrase += (isGlued ? '' : ' ') + word;
    isGlued = false;
  }
  return phrase;
}

function capitalise(word: string): string {
  const [first = '', ...rest] = word;
  return first.toUpperCase() + rest.join('');
}
