// What the caller asked for: only some types, the text around each mention, the sentence it is in.
import type { Entity, EntityType } from '../../types.js';
import { sentenceIndexAt, sentenceStarts } from './sentences.js';

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

export function withSentences(text: string, entities: readonly Entity[], isWanted: boolean | undefined): Entity[] {
  if (!isWanted || entities.length === 0) return [...entities];
  const starts = sentenceStarts(text);
  return entities.map((e) => ({ ...e, mentions: e.mentions.map((m) => ({ ...m, sentence: sentenceIndexAt(starts, m.start) })) }));
}
