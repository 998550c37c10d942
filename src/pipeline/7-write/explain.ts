// --explain in the formats that show an entity rather than each mention (CSV/TSV without --mentions,
// the table): what decided its mentions, each distinct evidence once, in text order.
import type { Entity } from '../../types.js';

// Not "; ", which joins the steps of one mention's evidence ("rule:context said; vote:organization").
export const EVIDENCE_SEPARATOR = ' | ';

export function evidenceOfEntity(entity: Entity): string {
  const seen = new Set<string>();
  for (const m of entity.mentions) if (m.evidence !== undefined) seen.add(m.evidence);
  return [...seen].join(EVIDENCE_SEPARATOR);
}
