// The town a story was filed from, as news copy writes it at the top of a line: "LAHORE —",
// "MASON, Ohio", "GREENVILLE, S.C. (AP) —". The acronym stage, the rules and the teams rule each ask
// about it; the shape is decided here once.
import type { Token } from '../types.js';

/** Tokens [from, to) open a line, and every word among them is written in capitals. */
export function isCapitalsOpeningLine(tokens: readonly Token[], from: number, to: number): boolean {
  const first = tokens[from];
  if (first === undefined || to <= from || (from > 0 && !first.isAfterLineBreak)) return false;
  for (let i = from; i < to; i++) if (tokens[i]!.kind === 'word' && tokens[i]!.shape !== 'upper') return false;
  return true;
}

/**
 * "GREENVILLE, S.C.": when tokens [from, to) are capitals opening a line and a comma follows them,
 * the token after the comma. The caller asks whether a place starts there.
 */
export function tokenAfterDatelineComma(tokens: readonly Token[], from: number, to: number): Token | undefined {
  if (!isCapitalsOpeningLine(tokens, from, to) || tokens[to]?.text !== ',') return undefined;
  return tokens[to + 1];
}
