// Compiling place lists: a place that wins a name from a generated place of the same name, which is
// then never matched, takes that place's point (see lendPoint).
import type { GazetteerEntry } from '../../types.js';
import type { CompiledGazetteer } from './compile.js';
import { isWrittenAsShortForm, nameKey } from './fold.js';

/** Claims of keys (kind and key, as `${isShortForm}${key}`) → the entry that holds each. */
export type Claims = Map<string, number>;

export function claimOf(name: string): string {
  const isShortForm = isWrittenAsShortForm(name);
  return `${isShortForm ? 1 : 0}${nameKey(name, isShortForm)}`;
}

/**
 * A curated place ("Kabul" of places-districts) has no point, and wins its name from the generated
 * place of the same name ("Kabul" of places-cities, geonames:1138958), which is then never matched:
 * it lends its point and country, so the map shows the place where it is. The id stays the curated
 * entry's. Only between canonical names: an alias may be another place's ("Bombay").
 */
export function lendPoint(compiled: CompiledGazetteer, claimed: Claims, entry: GazetteerEntry): void {
  if (entry.type !== 'place' || !entry.geo?.coordinates) return;
  const claim = claimOf(entry.name);
  const holder = claimed.get(claim);
  const held = holder === undefined ? undefined : compiled.entries[holder];
  if (!held || held[1] !== 'place' || held[4]?.coordinates || claimOf(held[0]) !== claim) return;
  compiled.entries[holder!] = [held[0], held[1], held[2], held[3], { coordinates: entry.geo.coordinates, country: held[4]?.country ?? entry.geo.country }];
}
