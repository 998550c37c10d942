// Words and names repeat across a text and a batch, so what is worked out from them is worth
// remembering; the memo is emptied when full, so memory stays flat on any input.
const DEFAULT_MAX_SIZE = 100_000;

/** `compute`, remembering its results for up to `maxSize` distinct keys at a time. */
export function boundedMemo<T>(compute: (key: string) => T, maxSize = DEFAULT_MAX_SIZE): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      if (memo.size >= maxSize) memo.clear();
      value = compute(key);
      memo.set(key, value);
    }
    return value;
  };
}
