// Per-character scratch arrays, reused from one document to the next. A fresh typed array per
// document and stage cost about a tenth of a batch (ArrayBuffer allocation, and the collections its
// external memory triggers); a stage borrows one, fills it, and is done with it before it returns.
let flags = new Uint8Array(0);
let indices = new Int32Array(0);

/** A zeroed byte a character; valid until the next call. */
export function borrowFlags(length: number): Uint8Array {
  if (flags.length < length) flags = new Uint8Array(Math.max(length, flags.length * 2));
  const view = flags.subarray(0, length);
  view.fill(0);
  return view;
}

/** An index a character, every one -1; valid until the next call. */
export function borrowIndices(length: number): Int32Array {
  if (indices.length < length) indices = new Int32Array(Math.max(length, indices.length * 2));
  const view = indices.subarray(0, length);
  view.fill(-1);
  return view;
}
