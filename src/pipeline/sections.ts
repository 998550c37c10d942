// A long text → sections of at most `maxChars`, cut after a line break (else after a space), so a
// 50 MB dump is worked a section at a time and memory follows the section, not the file.
import type { Span } from '../types.js';

// A text longer than this (in UTF-16 units) is worked in sections: an article is a few thousand, so
// only dumps are cut, and one section's tokens are what memory holds at a time. The pipeline and the
// sentence numbering cut at the same places, so both see the same tokens.
export const MAX_SECTION_CHARS = 1 << 20;

export function sectionsOf(text: string, maxChars: number): Span[] {
  const sections: Span[] = [];
  let start = 0;
  while (text.length - start > maxChars) {
    const limit = start + maxChars;
    let end = text.lastIndexOf('\n', limit - 1) + 1;
    if (end <= start) end = lastSpaceBefore(text, start, limit) + 1;
    // One token of a million characters: cut it; there is no name in it to lose.
    if (end <= start) end = isLowSurrogate(text.charCodeAt(limit)) ? limit - 1 : limit;
    sections.push({ start, end });
    start = end;
  }
  sections.push({ start, end: text.length });
  return sections;
}

function lastSpaceBefore(text: string, from: number, limit: number): number {
  for (let i = limit - 1; i > from; i--) if (text.charCodeAt(i) === 32) return i;
  return -1;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
