// Stanford CoreNLP RegexNER mapping files → gazetteer entries: `pattern<TAB>TYPE[<TAB>overwritable
// types[<TAB>priority]]`, one a line. Patterns must be literal phrases; regular expressions are refused
// with the line named, since a matcher of phrases cannot honour them and half-honouring is worse.
import type { GazetteerEntry } from '../../../types.js';
import { DataFileError } from '../tsv.js';
import { describeBadLabel, typeOfLabel } from './labels.js';

// CoreNLP reads each space-separated word of a pattern as a Java regular expression. These characters
// make one a pattern rather than a word. An unescaped "." is let through as itself: "St. Louis" is
// meant literally in practice, and the literal is one of the strings the regex matches anyway.
const REGEX_SYNTAX = new Set(['^', '$', '*', '+', '?', '(', ')', '[', ']', '{', '}', '|']);

// pattern, type, overwritable types, priority (CoreNLP's four; its TokensRegexNER "group" column is not taken).
const MAX_COLUMNS = 4;

interface Rule {
  entry: GazetteerEntry;
  priority: number;
}

/** Entries in priority order (highest first, file order among equals), so a higher priority wins a shared phrase. */
export function readRegexNerMapping(fileName: string, content: string): GazetteerEntry[] {
  const rules: Rule[] = [];
  content.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((text, index) => {
    if (text.trim() === '' || text.startsWith('#')) return;
    rules.push(readRule(fileName, index + 1, text));
  });
  return rules.sort((a, b) => b.priority - a.priority).map((rule) => rule.entry);
}

function readRule(fileName: string, line: number, text: string): Rule {
  const fail = (reason: string) => new DataFileError(fileName, line, reason);
  const cells = text.split('\t').map((cell) => cell.trim());
  if (cells.length < 2 || !cells[1]) throw fail('expected pattern<TAB>TYPE[<TAB>overwritable types<TAB>priority]');
  if (cells.length > MAX_COLUMNS) throw fail(`more than ${MAX_COLUMNS} columns (pattern, type, overwritable types, priority)`);
  const [pattern = '', label = '', , priorityCell = ''] = cells;
  const name = literalOf(pattern, fail);
  if (name === '') throw fail('the pattern is empty');
  const type = typeOfLabel(label);
  if (type === undefined) throw fail(`type ${describeBadLabel(label)}`);
  const priority = priorityCell === '' ? 0 : Number(priorityCell);
  if (!Number.isFinite(priority)) throw fail(`priority "${priorityCell}" is not a number`);
  return { entry: { name, type, aliases: [], lines: [line] }, priority };
}

/** The phrase a pattern spells, escapes undone (`U\.S\.` → "U.S."); regex syntax fails the line. */
export function literalOf(pattern: string, fail: (reason: string) => Error): string {
  let phrase = '';
  for (let i = 0; i < pattern.length; i++) {
    const character = pattern[i]!;
    if (character === '\\') {
      const next = pattern[i + 1];
      // \d, \w, \s, \b … are classes and anchors, not characters.
      if (next === undefined || /[\p{L}\p{N}]/u.test(next)) throw fail(`"\\${next ?? ''}" is regular expression syntax: only literal phrases are supported`);
      phrase += next;
      i++;
    } else if (REGEX_SYNTAX.has(character)) {
      throw fail(`"${character}" is regular expression syntax: only literal phrases are supported (write \\${character} for the character itself)`);
    } else phrase += character;
  }
  return phrase.replace(/\s+/g, ' ').trim();
}
