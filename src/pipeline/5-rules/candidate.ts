// A stretch of a chunk the rules typed (or dropped: no type), with the evidence that decided it.
import type { EntityType } from '../../types.js';
import type { Chunk } from './chunks.js';

export interface Candidate extends Chunk {
  type: EntityType | undefined;
  isGuess?: boolean;
  /** What typed it (pipeline/evidence.ts); empty where nothing did. */
  evidence: string;
}

/** The evidence of a stretch named, but of none of our types ("Operation Inherent Resolve", "Paris Agreement"). */
export const NO_ENTITY_NAME = 'no-entity-name';

// Made field by field, not spread from the chunk: this runs for every chunk of a batch.
export function candidate(chunk: Chunk, type: EntityType | undefined, evidence = '', isGuess = false): Candidate {
  return { from: chunk.from, to: chunk.to, type, isGuess, evidence };
}
