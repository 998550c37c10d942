#!/usr/bin/env node
// Validates every src/data/gazetteers/*.tsv, with no dependencies: the header keys, the column shape,
// the type or kind values, duplicate names within a file, and names or aliases that two different
// entries claim across all files. Keys are computed the way the engine computes them
// (src/pipeline/3-gazetteer/fold.ts): short forms ("ISI", "LeT") exactly as written, everything else
// folded (case, diacritics, apostrophes, hyphen-versus-space, ee/oo, doubled letters), so two spellings
// the engine cannot tell apart count as the same name here too.
//
// Errors (exit 1): a broken file (header, columns, type or kind, duplicate row, stray whitespace or
// "|"), a key two different entries of hand-curated files claim, or a stop word or title that a curated
// file lists as a name. A clash that involves a generated file (its header has a "# generated:" line)
// is a warning: build-generated.mjs owns those files, and scripts/compile-gazetteers.mjs settles the
// clash by list precedence, which the report names. Warnings also flag spellings the engine can never
// match as written (a lower-case word inside a name).
//
// Usage: node scripts/gazetteers/check-curated.mjs [--dir <path>] [--verbose]
//   --verbose  also list the notes that need no action here (otherwise only counted): clashes between
//              two generated lists, curated entries that repeat a generated one, spellings a generated
//              file repeats under one key.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { precedenceOf } from './precedence.mjs';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const dirArg = args.indexOf('--dir');
const dataDir = dirArg >= 0 ? args[dirArg + 1] : fileURLToPath(new URL('../../src/data/gazetteers/', import.meta.url));

const rank = precedenceOf;

const REQUIRED_HEADER_KEYS = ['list', 'source', 'licence', 'columns'];
// The generated place lists' columns: an id, a point (WGS 84 degrees) and an ISO 3166-1 alpha-2 code.
const PLACE_COLUMNS = ['name', 'type', 'aliases', 'id', 'longitude', 'latitude', 'country'];

/** The id is unique in its file; a point has both coordinates, in range; a country is two capitals. */
function checkPlaceCells(where, cells, seenIds) {
  const [, , , id = '', longitude = '', latitude = '', country = ''] = cells;
  if (id && seenIds.has(id)) error(where, `id "${id}" is given twice in this file (line ${seenIds.get(id)})`);
  else if (id) seenIds.set(id, where);
  if ((longitude === '') !== (latitude === '')) error(where, 'a point needs both its longitude and its latitude');
  const inRange = (text, limit) => text === '' || (Number.isFinite(Number(text)) && Math.abs(Number(text)) <= limit);
  if (!inRange(longitude, 180) || !inRange(latitude, 90)) error(where, `the point ${longitude}, ${latitude} is not a longitude and a latitude in degrees`);
  if (country && !/^[A-Z]{2}$/.test(country)) error(where, `country "${country}" is not an ISO 3166-1 alpha-2 code`);
}
const ENTITY_TYPES = new Set(['person', 'organization', 'place']);
const ENTITY_FILE = /^(places|organizations|people)-.+\.tsv$/;
// Word lists: the kind each file allows (a function for open-ended ones).
// A file feeds the list its name starts with ("given-names-world.tsv" feeds the given names), as
// src/pipeline/3-gazetteer/compile.ts reads them.
const WORD_LIST_KINDS = {
  'titles': (k) => k === 'title',
  'given-names': (k) => k === 'given',
  'surnames': (k) => k === 'surname',
  'common-words': (k) => k === 'common',
  'head-words': (k) => ['organization', 'organization-first', 'place', 'place-first', 'no-entity', 'no-entity-first'].includes(k),
  'stop-words': (k) => /^[a-z][a-z-]*$/.test(k),
  'demonyms': (k) => k.length > 0,
  'towns': (k) => /^[A-Z]{2}$/.test(k),
};
function wordKindsOf(fileName) {
  const base = fileName.replace(/\.tsv$/, '');
  const prefix = Object.keys(WORD_LIST_KINDS).find((p) => base === p || base.startsWith(`${p}-`));
  return prefix ? WORD_LIST_KINDS[prefix] : undefined;
}

// ---- keys, as in src/pipeline/2-tokenize/tokenize.ts and src/pipeline/3-gazetteer/fold.ts ----
const TOKEN_PATTERN = /[\p{L}\p{M}\p{N}]+(?:['’](?![sS](?![\p{L}\p{M}\p{N}]))[\p{L}\p{M}\p{N}]+)*|['’][sS](?![\p{L}\p{M}\p{N}])|[^\s\p{L}\p{M}\p{N}]/gu;
const HYPHENS = new Set(['-', '‐', '‑', '–']);
const COMBINING_MARKS = /\p{M}+/gu;
const APOSTROPHES = /['’ʼ`]/g;

function foldWord(word) {
  const plain = word.normalize('NFD').replace(COMBINING_MARKS, '').replace(APOSTROPHES, '').toLowerCase();
  if (plain.length < 4) return plain;
  return plain.replace(/ee/g, 'i').replace(/oo/g, 'u').replace(/(\p{L})\1+/gu, '$1');
}

function isWrittenAsShortForm(name) {
  if (/\s/.test(name)) return false;
  const upper = name.match(/\p{Lu}/gu)?.length ?? 0;
  const letters = name.match(/\p{L}/gu)?.length ?? 0;
  return letters > 0 && (upper === letters || (upper >= 2 && upper * 2 >= letters));
}

/** The engine's claim key of a name: "1<exact>" for a short form, "0<folded>" otherwise. */
function nameClaim(name) {
  const tokens = [...name.matchAll(TOKEN_PATTERN)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  const kept = tokens.filter((t, i) => {
    if (!HYPHENS.has(t.text)) return true;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    return !(before && after && before.end === t.start && after.start === t.end);
  });
  const short = isWrittenAsShortForm(name);
  const key = kept.map((t) => (short ? t.text : foldWord(t.text))).join(' ');
  return key ? `${short ? 1 : 0}${key}` : '';
}

// Folded names match only when written as names (src/pipeline/3-gazetteer/match.ts, isCapitalisedName):
// every word capitalised but the connectors. A listed spelling with another lower-case word never matches.
const NAME_CONNECTORS = new Set([
  'of', 'and', 'the', 'for', 'on', 'in', 'at', 'de', 'da', 'do', 'du', 'des', 'del', 'della', 'di', 'la', 'le', 'el', 'al', 'ul', 'ud',
  'ur', 'us', 'e', 'i', 'o', 'a', 'bin', 'ibn', 'bint', 'von', 'van', 'der', 'den', 'y', 'es', 'ut', 'un', 'an', '&', 'dei', 'delle', 'dello', 'degli', 'ez', 'az', 'ad', 'ed', 'as', 'ash', 'ath', 'ar', 'adh', 'wal', 'wa', 'dos', 'das', 'los', 'las', 'am', 'upon', 'sur', 'les', 'lès',
]);
// Prepositions a listed name holds in lower case between capitalised words (match.ts, INNER_PREPOSITIONS).
const INNER_PREPOSITIONS = new Set(['to', 'against', 'without', 'with', 'from', 'by', 'over', 'under', 'into', 'between', 'among', 'after']);
// Returns the offending word and why: "possessive" ('s is a token of its own), "compound" (a lower-case
// part of a hyphenated word: "Pakistan-administered", "Co-operation"), "particle" (a short lower-case
// word the engine does not list as a connector: "wal", "los"), or "word" (an ordinary lower-case
// word: a mistake in the list, as the text will never write the name that way capitalised).
function unmatchableWord(name) {
  if (isWrittenAsShortForm(name)) return null;
  const tokens = [...name.matchAll(TOKEN_PATTERN)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  const joins = (i) => HYPHENS.has(tokens[i]?.text) && tokens[i - 1]?.end === tokens[i].start && tokens[i + 1]?.start === tokens[i].end;
  const last = tokens.length - 1;
  for (let i = 0; i <= last; i++) {
    const text = tokens[i].text;
    if (!/\p{L}/u.test(text)) continue;
    const isConnector = NAME_CONNECTORS.has(text.toLowerCase());
    if (isConnector && i !== last && (i !== 0 || joins(i + 1))) continue;
    if (i !== 0 && i !== last && INNER_PREPOSITIONS.has(text)) continue;
    if (/\p{Lu}/u.test(text) && (/^\p{Lu}/u.test(text) || isConnector)) continue;
    if (/^['’]s$/i.test(text)) return { text, why: 'possessive' };
    if (joins(i - 1) || joins(i + 1)) return { text, why: 'compound' };
    if (text.replace(/['’].*$/, '').length <= 3 || /^\p{Ll}+['’]/u.test(text)) return { text, why: 'particle' };
    return { text, why: 'word' };
  }
  return null;
}

/** Word-list key, as foldPhrase in src/pipeline/3-gazetteer/gazetteer.ts. */
const wordKey = (phrase) => phrase.split(/[\s.]+/).filter(Boolean).map(foldWord).join(' ');

// ---- reading ----
const errors = [];
const warnings = [];
const error = (where, message) => errors.push(`${where}: ${message}`);
const warn = (where, message) => warnings.push(`${where}: ${message}`);
// Notes that need no action here (redundant spellings inside generated files, clashes between two
// generated lists, curated entries repeating generated ones): counted, listed with --verbose.
const generatedNotes = [];
const note = (where, message) => generatedNotes.push(`${where}: ${message}`);

const fileNames = readdirSync(dataDir).filter((f) => f.endsWith('.tsv')).sort();
const files = [];

for (const fileName of fileNames) {
  const bytes = readFileSync(join(dataDir, fileName));
  let content;
  try {
    content = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    error(fileName, 'is not valid UTF-8');
    continue;
  }
  if (content.startsWith('\uFEFF')) warn(fileName, 'starts with a byte-order mark');
  if (content.includes('\r')) warn(fileName, 'has CR line endings');
  const header = new Map();
  const rows = [];
  content.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((text, index) => {
    const line = index + 1;
    if (text.trim() === '') return;
    if (text.startsWith('#')) {
      const m = /^#\s*([a-z]+):\s*(.*)$/.exec(text);
      if (m && rows.length === 0) header.set(m[1], m[2].trim());
      return;
    }
    rows.push({ line, text });
  });
  for (const key of REQUIRED_HEADER_KEYS) {
    if (!header.get(key)) error(`${fileName}:1`, `the header has no "# ${key}:" line`);
  }
  const columns = (header.get('columns') ?? '').split(/\s*<TAB>\s*|\t|\s*,\s*/).filter(Boolean);
  const isEntity = columns[0] === 'name' && columns[1] === 'type';
  const isWords = columns[0] === 'word' && columns[1] === 'kind';
  if (header.get('columns') && !isEntity && !isWords) error(`${fileName}:1`, `unknown columns "${header.get('columns')}"`);
  const hasPlaceColumns = isEntity && columns.join('\t') === PLACE_COLUMNS.join('\t');
  if (isEntity && !hasPlaceColumns && (columns.length !== 3 || columns[2] !== 'aliases')) error(`${fileName}:1`, `entity lists have the columns name<TAB>type<TAB>aliases, or ${PLACE_COLUMNS.join('<TAB>')}`);
  if (isWords && columns.length !== 2) error(`${fileName}:1`, 'word lists have the columns word<TAB>kind');
  if (ENTITY_FILE.test(fileName) && !isEntity) error(fileName, 'a places-/organizations-/people- file must be an entity list (name<TAB>type<TAB>aliases)');
  if (isWords && !wordKindsOf(fileName)) warn(fileName, 'a word list the compiler does not know (scripts/compile-gazetteers.mjs ignores it)');
  files.push({ fileName, generated: header.has('generated'), isEntity, isWords, columnCount: hasPlaceColumns ? PLACE_COLUMNS.length : 3, rows, entries: [], words: [] });
}

// ---- per-file checks ----
for (const file of files) {
  const { fileName } = file;
  const seenNames = new Map();
  const seenIds = new Map();
  const limits = { possessive: [], compound: [], particle: [] };
  let previous = null;
  let unsorted = 0;
  for (const { line, text } of file.rows) {
    const where = `${fileName}:${line}`;
    const cells = text.split('\t');
    // An entity row with no aliases may end in the TAB before its empty third column.
    if (/[ \t]$/.test(text) && !(file.isEntity && cells.length === 3 && cells[2] === '')) error(where, 'trailing whitespace');
    cells.forEach((cell, i) => {
      if (cell !== cell.trim()) error(where, `column ${i + 1} has spaces around it`);
      if (/\s{2,}/.test(cell)) error(where, `column ${i + 1} has a run of spaces`);
    });
    const name = cells[0]?.trim() ?? '';
    if (!name) { error(where, 'the first column is empty'); continue; }
    if (previous !== null && name < previous) unsorted++;
    previous = name;
    if (file.isEntity) {
      if (cells.length < 2 || cells.length > file.columnCount) { error(where, `expected ${file.columnCount} columns, found ${cells.length}`); continue; }
      if (file.columnCount > 3) checkPlaceCells(where, cells, seenIds);
      const type = cells[1].trim();
      if (!ENTITY_TYPES.has(type)) error(where, `unknown type "${type}"`);
      if (seenNames.has(name)) error(where, `"${name}" is listed twice in this file (line ${seenNames.get(name)})`);
      else seenNames.set(name, line);
      const aliasText = (cells[2] ?? '').trim();
      const aliases = aliasText === '' ? [] : aliasText.split('|');
      // A spelling whose lower-case word is not a connector can never match; the possessive 's is a
      // token of its own ("People's"), which the engine's capitalisation test does not let through.
      const checkMatchable = (spelling) => {
        const dead = file.generated ? null : unmatchableWord(spelling);
        if (!dead) return;
        if (dead.why === 'word') warn(where, `"${spelling}" never matches: "${dead.text}" is written in lower case`);
        else limits[dead.why].push(`${line}:${spelling}`);
      };
      checkMatchable(name);
      const claims = new Map([[nameClaim(name), name]]);
      for (const raw of aliases) {
        const alias = raw.trim();
        if (!alias) { error(where, 'an empty alias (doubled or stray "|")'); continue; }
        if (alias !== raw) error(where, `alias "${raw}" has spaces around it`);
        if (alias === name) { (file.generated ? note : warn)(where, `alias "${alias}" repeats the name`); continue; }
        const claim = nameClaim(alias);
        if (!claim) { error(where, `alias "${alias}" has no letters or digits`); continue; }
        checkMatchable(alias);
        if (claims.has(claim)) (file.generated ? note : warn)(where, `alias "${alias}" is the same key as "${claims.get(claim)}" (redundant)`);
        else claims.set(claim, alias);
      }
      file.entries.push({ name, type, line, claims: [...claims.entries()] });
    } else if (file.isWords) {
      if (cells.length !== 2) { error(where, `expected 2 columns, found ${cells.length}`); continue; }
      const kind = cells[1].trim();
      const allowed = wordKindsOf(fileName);
      if (!kind) error(where, 'the kind is empty');
      else if (allowed && !allowed(kind)) error(where, `kind "${kind}" is not allowed in ${fileName}`);
      // A word may carry two kinds in a pair list (head-words: "Jamaat" starts and ends names), not twice the same.
      const id = `${name}\t${kind}`;
      if (seenNames.has(id)) error(where, `"${name}	${kind}" is listed twice in this file (line ${seenNames.get(id)})`);
      else seenNames.set(id, line);
      file.words.push({ word: name, kind, line, key: wordKey(name) });
    }
  }
  // Spellings the engine cannot match yet, though they are right (src/pipeline/3-gazetteer/match.ts,
  // isCapitalisedName): one summary per file and cause, for whoever changes the engine.
  const LIMIT_TEXT = {
    possessive: `a possessive 's ("People's"), a lower-case token of its own`,
    compound: 'a lower-case part of a hyphenated word ("Pakistan-administered")',
    particle: 'a lower-case particle that is not in NAME_CONNECTORS ("wal", "los")',
  };
  for (const [why, list] of Object.entries(limits)) {
    if (!list.length) continue;
    warn(fileName, `${list.length} spelling(s) cannot match until the engine accepts ${LIMIT_TEXT[why]}: ${list.slice(0, 4).join('; ')}${list.length > 4 ? '; …' : ''}`);
  }
  if (unsorted) (file.generated ? note : warn)(fileName, `${unsorted} row(s) out of order (rows are sorted by name, code-point order)`);
}

// ---- clashes across files ----
// Every claim key → the entries (name, type, file) that claim it.
const claimsByKey = new Map();
for (const file of files) {
  for (const entry of file.entries) {
    for (const [claim, written] of entry.claims) {
      let list = claimsByKey.get(claim);
      if (!list) claimsByKey.set(claim, (list = []));
      list.push({ ...entry, written, file });
    }
  }
}

const describe = (c) => `"${c.written}" → ${c.name} (${c.type}, ${c.file.fileName}:${c.line})`;
for (const [claim, list] of claimsByKey) {
  const distinct = new Map();
  for (const c of list) {
    const id = `${c.name}\u0000${c.type}`;
    if (!distinct.has(id)) distinct.set(id, c);
  }
  const curated = list.filter((c) => !c.file.generated);
  if (distinct.size === 1) continue;
  const winner = [...list].sort((a, b) => rank(a.file.fileName) - rank(b.file.fileName) || a.file.fileName.localeCompare(b.file.fileName) || a.line - b.line)[0];
  const key = claim.slice(1);
  const kind = claim[0] === '1' ? 'short form' : 'name';
  const message = `${kind} "${key}" is claimed by ${[...distinct.values()].map(describe).join(' and ')}; ${winner.name} (${winner.file.fileName}) wins`;
  const curatedEntries = new Set(curated.map((c) => `${c.name}\u0000${c.type}`));
  if (curatedEntries.size > 1) error('clash', message);
  else if (curated.length > 0) warn('clash with a generated list', message);
  else note('clash between generated lists', message);
}

// The same entry (name and type) listed in two files: harmless (the earlier list wins), worth knowing
// when a curated file is one of them.
const entryFiles = new Map();
for (const file of files) {
  for (const e of file.entries) {
    const id = `${e.name}\u0000${e.type}`;
    if (!entryFiles.has(id)) entryFiles.set(id, []);
    entryFiles.get(id).push({ file, line: e.line });
  }
}
// A curated list repeating a generated entry to add spellings is expected: counted, listed with --verbose.
let curatedOverGenerated = 0;
for (const [id, where] of entryFiles) {
  if (where.length < 2 || where.every((w) => w.file.generated)) continue;
  const [name, type] = id.split('\u0000');
  const message = `${name} (${type}) is listed in ${where.map((w) => `${w.file.fileName}:${w.line}`).join(' and ')}`;
  if (where.filter((w) => !w.file.generated).length > 1) warn('duplicate', message);
  else {
    curatedOverGenerated++;
    note('duplicate of a generated entry', message);
  }
}

// Stop words and titles are never entities: one that is also a listed name contradicts it.
const entityKeys = new Map();
for (const [claim, list] of claimsByKey) if (claim[0] === '0') entityKeys.set(claim.slice(1), list);
const byFile = (name) => files.find((f) => f.fileName === name);
for (const listName of ['stop-words.tsv', 'titles.tsv']) {
  for (const w of byFile(listName)?.words ?? []) {
    const hits = entityKeys.get(w.key);
    if (!hits) continue;
    const curated = hits.filter((c) => !c.file.generated);
    const message = `"${w.word}" (${listName}:${w.line}) is also the name ${hits.map(describe).join(' and ')}`;
    if (curated.length) error('word list', message);
    else warn('word list', message);
  }
}
// A title that is also a given name swallows the name it should introduce ("Amir Khan").
const given = new Set((byFile('given-names.tsv')?.words ?? []).map((w) => w.key));
for (const w of byFile('titles.tsv')?.words ?? []) {
  if (given.has(w.key)) warn('word list', `title "${w.word}" (titles.tsv:${w.line}) is also in given-names.tsv`);
}
// A stop word of one kind listed twice with two kinds, after folding.
const stopKinds = new Map();
for (const w of byFile('stop-words.tsv')?.words ?? []) {
  const seen = stopKinds.get(w.key);
  if (seen && seen.kind !== w.kind) error(`stop-words.tsv:${w.line}`, `"${w.word}" is ${w.kind} here and ${seen.kind} on line ${seen.line}`);
  else if (!seen) stopKinds.set(w.key, w);
}

// ---- report ----
for (const file of files) {
  const count = file.isEntity ? file.entries.length : file.words.length;
  console.log(`${file.fileName.padEnd(34)} ${String(count).padStart(6)} rows${file.generated ? '  (generated)' : ''}`);
}
if (curatedOverGenerated) console.log(`\n${curatedOverGenerated} curated entries repeat an entry of a generated list (the curated list wins by precedence)`);
if (generatedNotes.length) {
  console.log(`${curatedOverGenerated ? '' : '\n'}${generatedNotes.length} note(s) needing no action here${verbose ? ':' : ' (--verbose lists them)'}`);
  if (verbose) for (const n of generatedNotes) console.log(`  note ${n}`);
}
if (warnings.length) {
  console.log(`\n${warnings.length} warning(s):`);
  for (const w of warnings) console.log(`  warning ${w}`);
}
if (errors.length) {
  console.log(`\n${errors.length} error(s):`);
  for (const e of errors) console.log(`  error ${e}`);
  process.exit(1);
}
console.log(`\nok: ${files.length} files, no errors`);
