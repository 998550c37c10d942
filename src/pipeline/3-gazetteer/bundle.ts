// Plain data with typed arrays in it ↔ one block of bytes: a JSON header for the plain part, then each
// typed array's bytes, aligned, which decoding views where they lie instead of copying. So a file of
// tables loads with one read and a small JSON.parse, and a SharedArrayBuffer of it serves every thread.

const MAGIC = 0x47544e45; // "ENTG"
const ALIGN = 8;

type ArrayKind = 'i32' | 'u16' | 'u8';
type Typed = Int32Array | Uint16Array | Uint8Array;
interface ArrayRef {
  $array: ArrayKind;
  offset: number;
  length: number;
}

const CONSTRUCTORS = { i32: Int32Array, u16: Uint16Array, u8: Uint8Array } as const;

function kindOf(value: unknown): ArrayKind | undefined {
  if (value instanceof Int32Array) return 'i32';
  if (value instanceof Uint16Array) return 'u16';
  if (value instanceof Uint8Array) return 'u8';
  return undefined;
}

export function encodeBundle(data: object): Uint8Array {
  const arrays: Typed[] = [];
  let offset = 0;
  const header = JSON.stringify(data, (_key, value: unknown) => {
    const kind = kindOf(value);
    if (!kind) return value;
    const typed = value as Typed;
    const ref: ArrayRef = { $array: kind, offset, length: typed.length };
    arrays.push(typed);
    offset = aligned(offset + typed.byteLength);
    return ref;
  });
  const headerBytes = new TextEncoder().encode(header);
  const dataStart = aligned(8 + headerBytes.length);
  const bytes = new Uint8Array(dataStart + offset);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, headerBytes.length, true);
  bytes.set(headerBytes, 8);
  let at = dataStart;
  for (const typed of arrays) {
    bytes.set(new Uint8Array(typed.buffer, typed.byteOffset, typed.byteLength), at);
    at = aligned(at + typed.byteLength);
  }
  return bytes;
}

/** The data back, its typed arrays views into `bytes` (which must start at an aligned offset). */
export function decodeBundle<T>(bytes: Uint8Array): T {
  if (bytes.byteOffset % ALIGN !== 0) bytes = bytes.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 8 || view.getUint32(0, true) !== MAGIC) throw new Error('not a bundle of compiled tables (rebuild with npm run build)');
  const headerLength = view.getUint32(4, true);
  const header = new TextDecoder().decode(bytes.subarray(8, 8 + headerLength));
  const dataStart = bytes.byteOffset + aligned(8 + headerLength);
  return JSON.parse(header, (_key, value: unknown) => {
    if (value === null || typeof value !== 'object' || !('$array' in value)) return value;
    const ref = value as ArrayRef;
    // A SharedArrayBuffer views as an ArrayBuffer does.
    return new CONSTRUCTORS[ref.$array](bytes.buffer as ArrayBuffer, dataStart + ref.offset, ref.length);
  }) as T;
}

function aligned(n: number): number {
  return Math.ceil(n / ALIGN) * ALIGN;
}
