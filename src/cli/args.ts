// argv → options, with commander. Usage errors come back as values for main.ts to report (exit 2).
import { availableParallelism } from 'node:os';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { type CoOccurrenceScope, ENTITY_TYPES, type EntityType, isBuiltInType } from '../types.js';
import { describeBadLabel, typeOfLabel } from '../pipeline/3-gazetteer/user/labels.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../pipeline/7-write/writer.js';

export interface CliOptions {
  paths: string[];
  format: OutputFormat | undefined;
  output: string | undefined;
  types: EntityType[] | undefined;
  ext: string[];
  mentions: boolean;
  pretty: boolean;
  bom: boolean;
  color: boolean | undefined;
  quiet: boolean;
  maxFileSize: number;
  context: number;
  jobs: number;
  tagger: boolean;
  /** Each mention carries the evidence that decided it. */
  explain: boolean;
  /** --gazetteer files, in the order given (earlier ones win a name two of them list). */
  gazetteers: string[];
  summary: boolean;
  edges: CoOccurrenceScope | undefined;
  input: InputKind;
}

export const INPUT_KINDS = ['text', 'ndjson'] as const;
export type InputKind = (typeof INPUT_KINDS)[number];
const CO_OCCURRENCE_SCOPES: readonly CoOccurrenceScope[] = ['document', 'sentence'];

export type ParsedArgs = { kind: 'run'; options: CliOptions } | { kind: 'exit'; code: number; output: string; error: string };

const DEFAULT_EXTENSIONS = 'txt,text,md';
const DEFAULT_MAX_FILE_SIZE_MB = 200;

const EXAMPLES = `
Examples:
  entities seeds/*.txt                          a table per article, at a terminal
  entities seeds/*.txt --format csv -o out.csv  one row per entity, for a spreadsheet
  entities corpus/ --format ndjson > out.ndjson a directory, walked for .txt/.text/.md files
  entities "archive/**/*.txt" --types person,organization
  cat article.txt | entities --format json --pretty
  entities seeds/*.txt --format html -o page.html  each article with its entities marked, one page
  entities corpus/ -f geojson -o places.geojson  the places named, as points for QGIS or geojson.io
  entities corpus/ --gazetteer our-groups.csv   your own names (CSV/TSV, spaCy JSONL, RegexNER) first
  entities corpus/ --summary --format csv       one row per entity over all the files
  entities seeds/*.txt --explain -f csv --mentions  each mention with the list or rule that decided it
  entities corpus/ --edges=sentence -f csv      entities named in one sentence, as weighted pairs
  entities --input ndjson < records.ndjson      {"id","text"} lines in, {"id","entities"} lines out

Exit status: 0 all inputs processed, 1 some input failed (reported on stderr), 2 usage error.`;

export function parseArgs(argv: readonly string[], version: string): ParsedArgs {
  let output = '';
  let error = '';
  const program = new Command('entities')
    .description('Extract people, organizations, places and acronyms from news articles.')
    .argument('[paths...]', 'files, directories or quoted globs; - or nothing (with piped input) reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format (default: table at a terminal, json otherwise)').choices(OUTPUT_FORMATS))
    .option('-o, --output <file>', 'write to FILE (atomically: a temporary file, then a rename)')
    .option('-t, --types <types>', `only these types, comma-separated: ${ENTITY_TYPES.join(',')}`, parseTypes)
    .option('--ext <list>', 'extensions read when walking directories', DEFAULT_EXTENSIONS)
    .addOption(new Option('--mentions', 'CSV/TSV: one row per mention instead of per entity').default(false).conflicts(['summary', 'edges']))
    .option('--context <n>', 'attach N characters of text either side of each mention (CSV/TSV: with --mentions)', parseCount, 0)
    .option('--gazetteer <file>', 'also match the names in FILE, before the built-in lists (repeatable): CSV/TSV with a name,type header, spaCy JSONL patterns, CoreNLP RegexNER', collect)
    .addOption(new Option('--summary', 'one row per entity over all inputs (name, type, documents, mentions) instead of per document').default(false).conflicts('edges'))
    .addOption(new Option('--edges [scope]', 'pairs of entities named in the same document (default) or sentence (--edges=sentence), weighted, instead of per document').choices(CO_OCCURRENCE_SCOPES).preset('document'))
    .addOption(new Option('--input <kind>', 'text: paths are articles; ndjson: each line a {"id","text"} record, answered a line each').choices(INPUT_KINDS).default('text'))
    .option('--explain', 'each mention with the list, acronym definition or rule that decided it (an evidence field or column)', false)
    .option('--pretty', 'indented JSON', false)
    .option('--bom', 'CSV/TSV: start with a UTF-8 byte-order mark (for Excel)', false)
    .option('--color', 'force colour in the table')
    .option('--no-color', 'no colour (NO_COLOR is respected too)')
    .option('--max-file-size <mb>', 'refuse files larger than this many MB', parseCount, DEFAULT_MAX_FILE_SIZE_MB)
    .option('--tagger', 'also ask compromise\'s tagger about names the rules can only guess (slower)', false)
    .option('-j, --jobs <n>', 'threads to extract with: this one, and n - 1 workers once a batch is large enough (about 8 MB) to repay them (default: the number of cores)', parsePositive, availableParallelism())
    .option('-q, --quiet', 'no per-file error messages (the exit code still tells)', false)
    .version(version, '-V, --version')
    .addHelpText('after', EXAMPLES)
    .configureHelp({ optionTerm: (option) => (option.long === EDGES ? `${EDGES}[=scope]` : option.flags) })
    .exitOverride()
    .configureOutput({ writeOut: (s) => (output += s), writeErr: (s) => (error += s), outputError: (s) => (error += s) });
  try {
    program.parse(attachEdgesScope(argv, program.options), { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      const code = e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.exitCode === 0 ? 0 : 2;
      return { kind: 'exit', code, output, error: code === 0 ? '' : error.trim().split('\n')[0] ?? e.message };
    }
    throw e;
  }
  const o = program.opts();
  const conflict = conflictOfInput(o) ?? conflictOfPage(o) ?? conflictOfMap(o);
  if (conflict) return { kind: 'exit', code: 2, output: '', error: conflict };
  return {
    kind: 'run',
    options: {
      paths: program.args,
      format: o.format as OutputFormat | undefined,
      output: o.output as string | undefined,
      types: o.types as EntityType[] | undefined,
      ext: String(o.ext).split(',').map((e) => e.trim().replace(/^\./, '').toLowerCase()).filter(Boolean),
      mentions: Boolean(o.mentions),
      pretty: Boolean(o.pretty),
      bom: Boolean(o.bom),
      color: o.color as boolean | undefined,
      quiet: Boolean(o.quiet),
      maxFileSize: Number(o.maxFileSize) * 1024 * 1024,
      context: Number(o.context),
      jobs: Number(o.jobs),
      tagger: Boolean(o.tagger),
      explain: Boolean(o.explain),
      gazetteers: (o.gazetteer as string[] | undefined) ?? [],
      summary: Boolean(o.summary),
      edges: o.edges as CoOccurrenceScope | undefined,
      input: o.input as InputKind,
    },
  };
}

const EDGES = '--edges';

/**
 * --edges takes its scope attached only (--edges=sentence), as getopt_long's optional arguments and
 * clap's require_equals do: commander would take the next word for it, so `--edges seeds/a.txt`
 * read the path as a scope. A bare --edges becomes --edges=document before commander sees it; the
 * value of an option that needs one (-o --edges) and everything after `--` are left alone.
 */
export function attachEdgesScope(argv: readonly string[], options: readonly Option[]): string[] {
  const takesValue = new Set(options.filter((o) => o.required).flatMap((o) => [o.short, o.long]).filter((flag) => flag !== undefined));
  const out = [...argv];
  for (let i = 0; i < out.length; i++) {
    if (out[i] === '--') break;
    if (takesValue.has(out[i]!)) i++;
    else if (out[i] === EDGES) out[i] = `${EDGES}=document`;
  }
  return out;
}

/**
 * `--edges sentence` (the scope detached, as it was once read) now names a path: when no such path
 * exists, say how to write the scope rather than "no such file". An existing path is read.
 */
export function strayEdgesScope(options: CliOptions, exists: (path: string) => boolean): string | undefined {
  if (!options.edges) return undefined;
  const stray = options.paths.find((path) => (CO_OCCURRENCE_SCOPES as readonly string[]).includes(path) && !exists(path));
  return stray && `no file or folder "${stray}": a scope is written attached, --edges=${stray}`;
}

/** --input ndjson answers each record with one NDJSON line: nothing else can be asked of it. */
function conflictOfInput(o: Record<string, unknown>): string | undefined {
  if (o.input !== 'ndjson') return undefined;
  if (o.format !== undefined && o.format !== 'ndjson') return `--input ndjson writes NDJSON only, not ${String(o.format)}`;
  for (const option of ['summary', 'edges', 'mentions'] as const) {
    if (o[option]) return `--${option} cannot be used with --input ndjson (each record is answered on its own line)`;
  }
  return undefined;
}

/** --format html shows each article with its marks: a batch's rows (--summary, --edges) have no article to show. */
function conflictOfPage(o: Record<string, unknown>): string | undefined {
  if (o.format !== 'html') return undefined;
  for (const option of ['summary', 'edges'] as const) {
    if (o[option]) return `--${option} cannot be used with --format html (the page shows each article and its entities)`;
  }
  return undefined;
}

/** --format geojson draws places: per document, or over the batch with --summary; pairs are no places. */
function conflictOfMap(o: Record<string, unknown>): string | undefined {
  return o.format === 'geojson' && o.edges ? '--edges cannot be used with --format geojson (its features are places: per document, or with --summary over all)' : undefined;
}

/**
 * Built-in types, or labels from users' lists in any of their spellings (ORG is organization, WEAPON
 * is weapon). Whether a label is one the lists bring is known only once they are read: main.ts checks.
 */
function parseTypes(value: string): EntityType[] {
  const labels = value.split(',').map((t) => t.trim()).filter(Boolean);
  if (labels.length === 0) throw new InvalidArgumentError(`no type given; choose from ${ENTITY_TYPES.join(', ')}`);
  return labels.map((label) => {
    const type = typeOfLabel(label);
    if (type === undefined) throw new InvalidArgumentError(`type ${describeBadLabel(label)}`);
    return type;
  });
}

/** Types that are neither built in nor brought by a user's list; empty when all are known. */
export function unknownTypes(types: readonly EntityType[] | undefined, userTypes: ReadonlySet<string>): string[] {
  return (types ?? []).filter((type) => !isBuiltInType(type) && !userTypes.has(type));
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number');
  return n;
}

function parsePositive(value: string): number {
  const n = parseCount(value);
  if (n === 0) throw new InvalidArgumentError('expected a whole number above 0');
  return n;
}
