// One line per failure on stderr, `entities: <path>: <reason>`, with control characters in the path
// escaped so a hostile file name cannot rewrite the terminal.
export function formatInputError(path: string, message: string): string {
  return `entities: ${escapeControlCharacters(path)}: ${message}\n`;
}

/** One line, so a batch log keeps one line per problem; the hint rides on it. */
export function formatUsageError(message: string): string {
  return `entities: ${message.replace(/^error: /, '')} (see entities --help)\n`;
}

export function escapeControlCharacters(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
