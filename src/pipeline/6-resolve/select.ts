// What the caller asked for: only some types, and the text around each mention.
import type { Entity, EntityType } from '../../types.js';

export function withTypes(entities: readonly Entity[], types: readonly EntityType[] | undefined): Entity[] {
  return types ? entities.filter((e) => types.includes(e.type)) : [...entities];
}

export function withContext(text: string, entities: readonly Entity[], width: number | undefined): Entity[] {
  if (!width) return [...entities];
  return entities.map((e) => ({
    ...e,
    mentions: e.mentions.map((m) => ({ ...m, context: text.slice(Math.max(0, m.start - width), m.end + width) })),
  }));
}
