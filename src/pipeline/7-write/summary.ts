// --summary: document results → one row per entity over the whole batch. Holds one row per distinct
// entity, never the mentions, so memory follows the vocabulary, not the corpus.
import type { DocumentResult, EntitySummary, EntityType } from '../../types.js';

export const SUMMARY_COLUMNS = ['name', 'type', 'acronym', 'documents', 'mentions', 'first_path'] as const;

export interface Summary {
  /** Adds one document's entities; documents are added in input order. */
  add(result: DocumentResult): void;
  /** Most documents first, then most mentions, then by name. */
  rows(): EntitySummary[];
}

/** The same entity across documents: the same type and canonical name, in any case and spacing. */
export function entityKey(type: EntityType, name: string): string {
  return `${type}\t${name.normalize('NFC').replace(/\s+/g, ' ').toLowerCase()}`;
}

export function createSummary(): Summary {
  const rows = new Map<string, EntitySummary & { lastDocument: number }>();
  let documents = 0;
  return {
    add(result) {
      documents++;
      for (const entity of result.entities) {
        const key = entityKey(entity.type, entity.name);
        const row = rows.get(key);
        if (!row) {
          rows.set(key, {
            name: entity.name,
            type: entity.type,
            ...(entity.acronym !== undefined ? { acronym: entity.acronym } : {}),
            documents: 1,
            mentions: entity.count,
            first_path: result.path,
            lastDocument: documents,
          });
          continue;
        }
        row.mentions += entity.count;
        if (row.acronym === undefined && entity.acronym !== undefined) row.acronym = entity.acronym;
        if (row.lastDocument !== documents) {
          row.documents++;
          row.lastDocument = documents;
        }
      }
    },
    rows() {
      return [...rows.values()]
        .map(({ lastDocument: _, ...row }) => row)
        .sort((a, b) => b.documents - a.documents || b.mentions - a.mentions || compareText(a.name, b.name) || compareText(a.type, b.type));
    },
  };
}

/** Code-unit order, as `sort` in the C locale: the same on every machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
