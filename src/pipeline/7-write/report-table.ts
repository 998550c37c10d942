// A report (--summary, --edges) as an aligned table for a terminal: a header, numbers right-aligned,
// the widest text columns cut with an ellipsis until the table fits the width.
import { Chalk } from 'chalk';
import type { Report } from './report.js';
import { cellsOf } from './report.js';
import { colourOf, displayWidth, fit } from './table.js';
import type { WriteOptions } from './writer.js';

const DEFAULT_WIDTH = 80;
const MIN_WIDTH = 40;
const GAP = 2;
// A text column is not cut below this, nor below its heading: "Inter-Se…" still says something.
const MIN_COLUMN = 8;

export function formatReportTable<Row extends object>(report: Report<Row>, options: WriteOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const width = Math.max(MIN_WIDTH, options.width || DEFAULT_WIDTH);
  const rows = report.rows.map((row) => cellsOf(row, report.columns));
  const isNumeric = report.columns.map((_, i) => rows.length > 0 && rows.every((cells) => typeof cells[i] === 'number'));
  const texts = rows.map((cells) => cells.map((cell) => String(cell).replace(/\s+/g, ' ')));
  const widths = report.columns.map((column, i) => Math.max(displayWidth(column), ...texts.map((cells) => displayWidth(cells[i]!))));
  const minimums = report.columns.map((column, i) => (isNumeric[i] ? widths[i]! : Math.max(MIN_COLUMN, displayWidth(column))));
  shrinkToFit(widths, minimums, width);
  const isType = report.columns.map((column) => column === 'type' || column.endsWith('_type'));
  const line = (cells: readonly string[], style: (text: string, i: number) => string) =>
    cells
      .map((cell, i) => {
        const text = fit(cell, widths[i]!);
        const padding = ' '.repeat(Math.max(0, widths[i]! - displayWidth(text)));
        return isNumeric[i] ? padding + style(text, i) : i === cells.length - 1 ? style(text, i) : style(text, i) + padding;
      })
      .join(' '.repeat(GAP))
      .trimEnd();
  const header = line(report.columns, (text) => chalk.bold(text));
  const body = texts.map((cells) => line(cells, (text, i) => (isType[i] ? colourOf(cells[i]!, chalk)(text) : text)));
  if (body.length === 0) body.push(chalk.dim('(none)'));
  return `${[header, ...body].join('\n')}\n`;
}

/** Narrows the widest column above its minimum, a column at a time, until the row fits `width`. */
function shrinkToFit(widths: number[], minimums: readonly number[], width: number): void {
  const total = () => widths.reduce((sum, w) => sum + w, 0) + GAP * (widths.length - 1);
  while (total() > width) {
    let widest = -1;
    widths.forEach((w, i) => {
      if (w > minimums[i]! && (widest < 0 || w > widths[widest]!)) widest = i;
    });
    if (widest < 0) return;
    widths[widest] = widths[widest]! - 1;
  }
}
