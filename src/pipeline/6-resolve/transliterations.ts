// Mentions → the same mentions, with a place the rules found by a listed place's transliteration
// skeleton ("Dayr Az Zayr") named as that place ("Deir ez-Zor"): one entity, one id, in every
// spelling the text uses, however many times it uses it.
import type { ListedName, Mention } from '../../types.js';
import { tokenize } from '../2-tokenize/tokenize.js';
import { transliterationSkeleton, wordsKey } from '../3-gazetteer/fold.js';
import { changeMention } from '../mention.js';

const BY_SKELETON = 'rule:town-skeleton';

export function nameTransliterations(mentions: readonly Mention[], placeBySkeleton: (skeleton: string) => ListedName | undefined): Mention[] {
  const placeOf = new Map<string, ListedName>();
  for (const m of mentions) {
    if (m.type !== 'place' || m.listed || !m.evidence.startsWith(BY_SKELETON) || placeOf.has(m.text)) continue;
    const tokens = tokenize(m.text);
    const place = placeBySkeleton(transliterationSkeleton(wordsKey(tokens, 0, tokens.length)));
    if (place?.type === 'place') placeOf.set(m.text, place);
  }
  if (placeOf.size === 0) return [...mentions];
  return mentions.map((m) => {
    const place = m.type === 'place' && !m.listed ? placeOf.get(m.text) : undefined;
    return place ? changeMention(m, { canonical: place.name, listed: place }) : m;
  });
}
