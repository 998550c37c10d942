// --edges: document results → pairs of entities seen in the same document (or the same sentence),
// undirected, counted over the batch. Holds the entities and the pairs, never the mentions.
import type { CoOccurrence, CoOccurrenceScope, DocumentResult, Entity, EntityType } from '../../types.js';
import { compareText, identityOf } from './summary.js';

// The ids last, as in the other CSVs: a graph tool's edge import finds its columns where it did.
export const CO_OCCURRENCE_COLUMNS = ['source', 'source_type', 'target', 'target_type', 'documents', 'weight', 'source_id', 'target_id'] as const;

export interface CoOccurrences {
  /** Adds one document; for the sentence scope its mentions must carry `sentence` (extract with { sentences: true }). */
  add(result: DocumentResult): void;
  /** Heaviest first, then most documents, then by source and target. */
  rows(): CoOccurrence[];
}

interface Node {
  name: string;
  type: EntityType;
  id: string | undefined;
}

interface Edge {
  documents: number;
  weight: number;
  lastDocument: number;
}

export function createCoOccurrences(scope: CoOccurrenceScope): CoOccurrences {
  const ids = new Map<string, number>();
  const nodes: Node[] = [];
  // edges.get(a).get(b) with a < b, ids in order of first appearance.
  const edges = new Map<number, Map<number, Edge>>();
  let documents = 0;

  const idOf = (entity: Entity): number => {
    const key = identityOf(entity);
    let id = ids.get(key);
    if (id === undefined) {
      id = nodes.length;
      ids.set(key, id);
      nodes.push({ name: entity.name, type: entity.type, id: entity.id });
    }
    return id;
  };
  const count = (group: ReadonlySet<number>) => {
    const members = [...group].sort((a, b) => a - b);
    for (let i = 0; i < members.length; i++) {
      let row = edges.get(members[i]!);
      if (!row) edges.set(members[i]!, (row = new Map()));
      for (let j = i + 1; j < members.length; j++) {
        let edge = row.get(members[j]!);
        if (!edge) row.set(members[j]!, (edge = { documents: 0, weight: 0, lastDocument: 0 }));
        edge.weight++;
        if (edge.lastDocument !== documents) {
          edge.documents++;
          edge.lastDocument = documents;
        }
      }
    }
  };

  return {
    add(result) {
      documents++;
      for (const group of scope === 'document' ? [documentGroup(result, idOf)] : sentenceGroups(result, idOf)) count(group);
    },
    rows() {
      const rows: CoOccurrence[] = [];
      for (const [a, row] of edges) {
        for (const [b, edge] of row) rows.push(rowOf(nodes[a]!, nodes[b]!, edge));
      }
      return rows.sort((x, y) => y.weight - x.weight || y.documents - x.documents || compareText(x.source, y.source) || compareText(x.target, y.target) || compareText(x.source_type, y.source_type) || compareText(x.target_type, y.target_type) || compareText(x.source_id ?? '', y.source_id ?? '') || compareText(x.target_id ?? '', y.target_id ?? ''));
    },
  };
}

function documentGroup(result: DocumentResult, idOf: (entity: Entity) => number): Set<number> {
  return new Set(result.entities.map(idOf));
}

function sentenceGroups(result: DocumentResult, idOf: (entity: Entity) => number): Iterable<Set<number>> {
  const bySentence = new Map<number, Set<number>>();
  for (const entity of result.entities) {
    const id = idOf(entity);
    for (const mention of entity.mentions) {
      if (mention.sentence === undefined) throw new Error('co-occurrence by sentence needs mentions numbered by sentence (extract with { sentences: true })');
      let group = bySentence.get(mention.sentence);
      if (!group) bySentence.set(mention.sentence, (group = new Set()));
      group.add(id);
    }
  }
  return bySentence.values();
}

/** Undirected: the pair is written with the name that sorts first as the source. */
function rowOf(a: Node, b: Node, edge: Edge): CoOccurrence {
  const [source, target] = (compareText(a.name, b.name) || compareText(a.type, b.type) || compareText(a.id ?? '', b.id ?? '')) <= 0 ? [a, b] : [b, a];
  return {
    source: source.name,
    source_type: source.type,
    target: target.name,
    target_type: target.type,
    documents: edge.documents,
    weight: edge.weight,
    ...(source.id !== undefined ? { source_id: source.id } : {}),
    ...(target.id !== undefined ? { target_id: target.id } : {}),
  };
}
