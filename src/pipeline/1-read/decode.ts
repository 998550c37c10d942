// Bytes → text. UTF-8 with or without a BOM; UTF-16 LE/BE by their BOM. Bytes that are not UTF-8:
// where the file has no UTF-8 at all it is taken as Windows-1252 (the Latin-1 superset old archives
// use); where it mixes good UTF-8 with bad bytes, each bad sequence becomes U+FFFD, as in most tools.
// Binary input (NUL bytes, or mostly control characters) is refused.
import { Buffer, isUtf8 } from 'node:buffer';

export type Decoded = { text: string; encoding: string } | { binary: string };

// Share of control characters (other than tab, line ends, form feed, escape) above which a file is binary.
const MAX_CONTROL_SHARE = 0.1;
const SNIFF_BYTES = 64 * 1024;

const utf8Lossy = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  if (body.includes(0)) return { binary: 'binary file (contains NUL bytes)' };
  if (controlShare(body.subarray(0, SNIFF_BYTES)) > MAX_CONTROL_SHARE) return { binary: 'binary file (mostly control characters)' };
  // Checked, then decoded, by Node's own UTF-8 routines: several times faster than a fatal TextDecoder.
  if (isUtf8(body)) return { text: Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8'), encoding: 'utf-8' };
  if (hasBom || hasUtf8Sequence(body)) return { text: utf8Lossy.decode(body), encoding: 'utf-8 (invalid bytes replaced)' };
  return { text: decodeWindows1252(body), encoding: 'windows-1252' };
}

// Windows-1252 is Latin-1 but for 0x80–0x9F. Node 20's TextDecoder('windows-1252') decodes those as
// Latin-1 control characters (nodejs/node#56542), so the 32 code points are mapped here.
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

function controlShare(sample: Uint8Array): number {
  if (sample.length === 0) return 0;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const byte = sample[i]!;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) control++;
  }
  return control / sample.length;
}

/** Whether the bytes hold at least one well-formed multi-byte UTF-8 sequence. */
function hasUtf8Sequence(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i]!;
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) continue;
    let k = 1;
    while (k < length && ((bytes[i + k] ?? 0) & 0xc0) === 0x80) k++;
    if (k === length) return true;
  }
  return false;
}
