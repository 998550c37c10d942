// The type of a character, by its Unicode properties, as the tokenizer needs it: letters by case,
// marks, digits, white space and the rest. Looked up in a table for the Basic Multilingual Plane,
// each entry worked out the first time its character is seen.

// Ordered so that ranges read as classes: up to OtherLetter is a letter, up to Number a word character.
export const CharacterType = { Upper: 1, Lower: 2, OtherLetter: 3, Mark: 4, Number: 5, Space: 6, Other: 7 } as const;
export type CharacterType = (typeof CharacterType)[keyof typeof CharacterType];

const UPPER = /^\p{Lu}$/u;
const LOWER = /^\p{Ll}$/u;
const LETTER = /^\p{L}$/u;
const MARK = /^\p{M}$/u;
const NUMBER = /^\p{N}$/u;
const SPACE = /^\s$/u;

// 0 until the character is first seen.
const bmpTypes = new Uint8Array(0x10000);

export function characterType(code: number): CharacterType {
  if (code > 0xffff) return typeByProperty(code);
  let type = bmpTypes[code]!;
  if (type === 0) bmpTypes[code] = type = typeByProperty(code);
  return type as CharacterType;
}

function typeByProperty(code: number): CharacterType {
  const character = String.fromCodePoint(code);
  if (UPPER.test(character)) return CharacterType.Upper;
  if (LOWER.test(character)) return CharacterType.Lower;
  if (LETTER.test(character)) return CharacterType.OtherLetter;
  if (MARK.test(character)) return CharacterType.Mark;
  if (NUMBER.test(character)) return CharacterType.Number;
  return SPACE.test(character) ? CharacterType.Space : CharacterType.Other;
}

/** A letter, mark or digit at i: a character words are made of. */
export function isWordCharacterAt(text: string, i: number): boolean {
  return i < text.length && characterType(text.codePointAt(i)!) <= CharacterType.Number;
}

export function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}
