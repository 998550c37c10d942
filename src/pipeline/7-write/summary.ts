// --summary: document results → one row per entity over the whole batch. Holds one row per distinct
// entity, never the mentions, so memory follows the vocabulary, not the corpus.
import type { DocumentResult, Entity, EntitySummary, EntityType } from '../../types.js';

// The id last, as in the per-document CSV: the columns read by position keep their places.
export const SUMMARY_COLUMNS = ['name', 'type', 'acronym', 'documents', 'mentions', 'first_path', 'id'] as const;

export interface Summary {
  /** Adds one document's entities; documents are added in input order. */
  add(result: DocumentResult): void;
  /** Most documents first, then most mentions, then by name. */
  rows(): EntitySummary[];
}

/** The same name across documents: the same type and canonical name, in any case and spacing. */
export function entityKey(type: EntityType, name: string): string {
  return `${type}\t${name.normalize('NFC').replace(/\s+/g, ' ').toLowerCase()}`;
}

/**
 * The same entity across documents: the same listed id (two spellings of one place are one), or
 * for a name no list holds, the same entityKey. The type stays in the key: a user's list may give
 * one id to rows of two types, which are two entities (3-gazetteer/user/rows.ts).
 */
export function identityOf(entity: Pick<Entity, 'name' | 'type' | 'id'>): string {
  return entity.id === undefined ? entityKey(entity.type, entity.name) : `${entity.type}\u0000${entity.id}`;
}

export function createSummary(): Summary {
  const rows = new Map<string, EntitySummary & { lastDocument: number }>();
  let documents = 0;
  return {
    add(result) {
      documents++;
      for (const entity of result.entities) {
        const key = identityOf(entity);
        const row = rows.get(key);
        if (!row) {
          rows.set(key, {
            name: entity.name,
            type: entity.type,
            ...(entity.acronym !== undefined ? { acronym: entity.acronym } : {}),
            documents: 1,
            mentions: entity.count,
            first_path: result.path,
            ...(entity.id !== undefined ? { id: entity.id } : {}),
            ...(entity.geo !== undefined ? { geo: entity.geo } : {}),
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
        .sort((a, b) => b.documents - a.documents || b.mentions - a.mentions || compareText(a.name, b.name) || compareText(a.type, b.type) || compareText(a.id ?? '', b.id ?? ''));
    },
  };
}

/** Code-unit order, as `sort` in the C locale: the same on every machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
