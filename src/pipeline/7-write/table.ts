// A table for people at a terminal: per document, its entities grouped by type, most mentioned
// first, coloured when colour is on, and cut to fit the width (80 columns unless told otherwise).
import { Chalk, type ChalkInstance } from 'chalk';
import { eastAsianWidth } from 'get-east-asian-width';
import type { BuiltInEntityType, DocumentResult, Entity, EntityType } from '../../types.js';
import { ENTITY_TYPES, isBuiltInType } from '../../types.js';
import { evidenceOfEntity } from './explain.js';
import { compareText } from './summary.js';
import type { Writer, WriteOptions } from './writer.js';

const DEFAULT_WIDTH = 80;
const MIN_WIDTH = 40;
const TYPE_LABELS: Record<BuiltInEntityType, string> = { person: 'People', organization: 'Organizations', place: 'Places', acronym: 'Acronyms' };

export function createTableWriter(options: WriteOptions): Writer {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  // A terminal that reports no size says 0 columns.
  const width = Math.max(MIN_WIDTH, options.width || DEFAULT_WIDTH);
  return {
    open: () => '',
    document: (result) => formatDocument(result, chalk, width, options.explain === true),
    separator: '\n',
    close: () => '',
  };
}

const TYPE_COLOURS: Record<BuiltInEntityType, (chalk: ChalkInstance) => ChalkInstance> = {
  person: (c) => c.cyan,
  organization: (c) => c.magenta,
  place: (c) => c.green,
  acronym: (c) => c.yellow,
};

/** A type's colour: the built-in ones their own, a user list's labels blue. */
export function colourOf(type: EntityType, chalk: ChalkInstance): ChalkInstance {
  return isBuiltInType(type) ? TYPE_COLOURS[type](chalk) : chalk.blue;
}

/** The built-in types in their order, then the labels of users' lists alphabetically. */
function typesIn(result: DocumentResult): EntityType[] {
  const others = new Set(result.entities.map((e) => e.type).filter((type) => !isBuiltInType(type)));
  return [...ENTITY_TYPES, ...[...others].sort()];
}

function formatDocument(result: DocumentResult, chalk: ChalkInstance, width: number, explain: boolean): string {
  const mentions = result.entities.reduce((sum, e) => sum + e.count, 0);
  const lines = [`${chalk.bold(fit(result.path, width - 30))}  ${chalk.dim(`${result.entities.length} entities, ${mentions} mentions`)}`];
  if (result.entities.length === 0) lines.push(chalk.dim('  (no entities)'));
  for (const type of typesIn(result)) {
    const entities = result.entities.filter((e) => e.type === type).sort(byCountThenName);
    if (entities.length === 0) continue;
    lines.push(`  ${colourOf(type, chalk).bold(isBuiltInType(type) ? TYPE_LABELS[type] : type)}`);
    for (const entity of entities) {
      lines.push(formatEntity(entity, chalk, width));
      // --explain: what decided its mentions, on a line of its own under it, dimmed.
      if (explain) lines.push(`      ${chalk.dim(fit(evidenceOfEntity(entity), width - 6))}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

// Names compare case-blind by code point: localeCompare's first call loads ICU's collator, 5 ms of a
// 150 ms start-up budget, for an order no reader of a table would tell apart.
function byCountThenName(a: Entity, b: Entity): number {
  return b.count - a.count || compareText(a.name.toLowerCase(), b.name.toLowerCase());
}

function formatEntity(entity: Entity, chalk: ChalkInstance, width: number): string {
  const count = `×${entity.count}`;
  const acronym = entity.acronym ? ` (${entity.acronym})` : '';
  const room = width - 4 - count.length - 2;
  const label = fit(`${entity.name}${acronym}`, room);
  return `    ${label}${' '.repeat(Math.max(2, room - displayWidth(label) + 2))}${chalk.dim(count)}`;
}

/** Cuts a label to `room` terminal columns (wide CJK characters count two) with an ellipsis, on one line. */
export function fit(label: string, room: number): string {
  const flat = label.replace(/\s+/g, ' ');
  if (displayWidth(flat) <= room) return flat;
  let cut = '';
  for (const character of flat) {
    if (displayWidth(cut + character) > room - 1) break;
    cut += character;
  }
  return `${cut}…`;
}

const ZERO_WIDTH = /[\p{M}\p{Cc}\p{Cf}]/u;

/** Terminal columns a string takes: wide East Asian characters two, combining marks none. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) {
    if (ZERO_WIDTH.test(character)) continue;
    width += eastAsianWidth(character.codePointAt(0)!);
  }
  return width;
}
