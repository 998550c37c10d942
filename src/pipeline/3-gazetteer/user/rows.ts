// The rows of a user's list → gazetteer entries. Rows that share an id (and a type) are one entity,
// as spaCy's EntityRuler and lists with an "id" column mean them: the first such row names it, and
// the other rows' names and aliases become its aliases, and the id is the entity's id.
import type { EntityType, GazetteerEntry } from '../../../types.js';

export interface ListRow {
  name: string;
  type: EntityType;
  aliases: readonly string[];
  /** Undefined for a row that is an entity of its own. */
  id: string | undefined;
  /** The 1-based line the row starts on. */
  line: number;
}

export function entriesOfRows(rows: Iterable<ListRow>): GazetteerEntry[] {
  const entries: { name: string; type: EntityType; aliases: string[]; lines: number[]; id?: string }[] = [];
  const byId = new Map<string, (typeof entries)[number]>();
  for (const { name, type, aliases, id, line } of rows) {
    const key = id === undefined ? undefined : `${type}\t${id}`;
    const group = key === undefined ? undefined : byId.get(key);
    if (group) {
      group.aliases.push(name, ...aliases);
      group.lines.push(line, ...aliases.map(() => line));
      continue;
    }
    // The list's own id is the entity's id in the output, as the analyst's other tools know it.
    const entry = { name, type, aliases: [...aliases], lines: [line, ...aliases.map(() => line)], ...(id !== undefined ? { id } : {}) };
    entries.push(entry);
    if (key !== undefined) byId.set(key, entry);
  }
  return entries;
}
