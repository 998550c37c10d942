// A label from an analyst's list (spaCy's ORG, CoreNLP's LOCATION, our own "place") → our type.
// Labels we have no type for stay labels of their own, lower-cased: WEAPON gives "weapon".
import type { BuiltInEntityType, EntityType } from '../../../types.js';

// spaCy's English scheme (OntoNotes 5: PERSON ORG GPE LOC FAC NORP …), CoNLL-2003's (PER ORG LOC
// MISC) and CoreNLP's (PERSON ORGANIZATION LOCATION, and its KBP place types CITY, COUNTRY,
// STATE_OR_PROVINCE). FAC (airports, bridges, buildings) is a place here, as our own rules make
// "…Airport" one. NORP (nationalities, religious and political groups) is not mapped: it stays
// "norp", since a spaCy user who lists NORP patterns asked to see them.
const LABEL_TYPES: Readonly<Record<string, BuiltInEntityType>> = {
  person: 'person',
  per: 'person',
  organization: 'organization',
  organisation: 'organization',
  org: 'organization',
  place: 'place',
  gpe: 'place',
  loc: 'place',
  location: 'place',
  fac: 'place',
  city: 'place',
  country: 'place',
  state_or_province: 'place',
  acronym: 'acronym',
};

// A type ends up in CSV cells, JSON and --types lists: one word of letters, digits, _ . or -.
const LABEL_SHAPE = /^[\p{L}\p{N}][\p{L}\p{N}_.-]*$/u;

/** The type a label stands for, or undefined when it cannot be a type name (empty, spaces). */
export function typeOfLabel(label: string): EntityType | undefined {
  const folded = label.trim().toLowerCase();
  if (!LABEL_SHAPE.test(folded)) return undefined;
  return LABEL_TYPES[folded] ?? folded;
}

export function describeBadLabel(label: string): string {
  return `"${label}" is not a type name (one word of letters, digits, _ . or -)`;
}
