// A token predicate two stages share: an ordinal number, as units are numbered ("3rd Battalion",
// "321st Field Artillery Regiment", "507th ARW"), whose number is part of the unit's name.
import type { Token } from '../../types.js';

const ORDINAL = /^\d{1,4}(?:st|nd|rd|th)$/;

export function isOrdinal(token: Token | undefined): boolean {
  return token !== undefined && token.shape === 'lower' && ORDINAL.test(token.text);
}
