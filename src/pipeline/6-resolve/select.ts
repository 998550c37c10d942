// What the caller asked for: only some types, the text around each mention, the sentence it is in.
import type { Entity, EntityType } from '../../types.js';
import { sentenceIndexAt, sentenceStarts } from './sentences.js';

export function withTypes(entities: readonly Entity[], types: readonly EntityType[] | undefined): Entity[] {
  return types ? entities.filter((e) => types.includes(e.type)) : [...entities];
}

// The next two add a field to each mention in place: the entities were just made for this result
// and nothing else holds them, and on a 50 MB text a copy of each mention was 1.4 million objects
// more.

/** Each mention with the text around it, `width` characters either side. */
export function withContext(text: string, entities: Entity[], width: number | undefined): Entity[] {
  if (width) for (const e of entities) for (const m of e.mentions) m.context = text.slice(Math.max(0, m.start - width), m.end + width);
  return entities;
}

/** Each mention with the index of the sentence it starts in. */
export function withSentences(text: string, entities: Entity[], isWanted: boolean | undefined): Entity[] {
  if (!isWanted || entities.length === 0) return entities;
  const starts = sentenceStarts(text);
  for (const e of entities) for (const m of e.mentions) m.sentence = sentenceIndexAt(starts, m.start);
  return entities;
}
