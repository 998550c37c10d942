import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode.js';

const text = (decoded: ReturnType<typeof decodeBytes>) => ('text' in decoded ? decoded.text : `binary: ${decoded.binary}`);

describe('decodeBytes', () => {
  it('reads UTF-8 with and without a BOM, the BOM removed', () => {
    expect(text(decodeBytes(Buffer.from('Kābul'))) ).toBe('Kābul');
    expect(text(decodeBytes(Buffer.from('\uFEFFKābul')))).toBe('Kābul');
  });

  it('reads UTF-16 LE and BE by their BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Kābul 😀', 'utf16le')]);
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(text(decodeBytes(le))).toBe('Kābul 😀');
    expect(text(decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), be])))).toBe('Kābul 😀');
  });

  it('takes bytes with no UTF-8 in them as Windows-1252', () => {
    expect(decodeBytes(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x80]))).toEqual({ text: 'café €', encoding: 'windows-1252' });
  });

  it('replaces stray bad bytes in otherwise UTF-8 text with U+FFFD', () => {
    const bytes = Buffer.concat([Buffer.from('Kābul '), Buffer.from([0xff]), Buffer.from(' Pakistan')]);
    expect(text(decodeBytes(bytes))).toBe('Kābul \uFFFD Pakistan');
  });

  it('refuses binary input', () => {
    expect(decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]))).toEqual({ binary: 'binary file (contains NUL bytes)' });
    expect('binary' in decodeBytes(Buffer.from([1, 2, 3, 4, 5, 6, 65]))).toBe(true);
  });
});
