// Every mention made in one shape. V8 gives each object layout a hidden class, and code that meets
// many (optional fields, set or left out, made nine layouts of mentions) turns megamorphic: slower
// at every property read, and optimized again and again as new layouts turn up, which was much of
// a thread's warm-up. Made here, with every field in one order, all mentions share one class.
import type { Mention } from '../types.js';

export type MentionFields = Pick<Mention, 'start' | 'end' | 'text' | 'type' | 'source' | 'evidence'> & Partial<Pick<Mention, 'canonical' | 'isShortForm' | 'isGuess' | 'isTypedByContext' | 'listed'>>;

export function makeMention(fields: MentionFields): Mention {
  return {
    start: fields.start,
    end: fields.end,
    text: fields.text,
    type: fields.type,
    source: fields.source,
    canonical: fields.canonical,
    isShortForm: fields.isShortForm,
    isGuess: fields.isGuess,
    isTypedByContext: fields.isTypedByContext,
    evidence: fields.evidence,
    listed: fields.listed,
  };
}

/** A mention with some fields changed, in the same shape. */
export function changeMention(mention: Mention, changes: Partial<MentionFields>): Mention {
  return makeMention({ ...mention, ...changes });
}
