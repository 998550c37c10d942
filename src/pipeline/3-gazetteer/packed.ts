// Strings packed one a line into one long string, read by index without splitting it: the entries'
// names, ids and place facts stay so in memory, and a name is cut out only when a text asks for it.
import type { PlaceFacts } from '../../types.js';

/**
 * A list of strings joined by a separator (a line break unless told), read by index without
 * splitting it.
 */
export class PackedStrings {
  private readonly starts: Int32Array;

  constructor(
    private readonly joined: string,
    readonly length: number,
    separator = '\n',
  ) {
    this.starts = new Int32Array(length + 1);
    let start = 0;
    for (let i = 0; i < length; i++) {
      this.starts[i] = start;
      const end = joined.indexOf(separator, start);
      start = end < 0 ? joined.length + 1 : end + 1;
    }
    this.starts[length] = joined.length + 1;
  }

  at(i: number): string {
    return this.joined.slice(this.starts[i]!, this.starts[i + 1]! - 1);
  }
}

/** A name or id is one line: a line break inside one (a quoted CSV cell) is a space here. */
export function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}

/** "73.04329 33.72148 PK": longitude, latitude, country, any of them empty; "" for no facts at all. */
export function packPlace(geo: PlaceFacts | undefined): string {
  if (!geo) return '';
  const [longitude = '', latitude = ''] = geo.coordinates ?? [];
  return `${longitude} ${latitude} ${geo.country ?? ''}`;
}

export function unpackPlace(line: string): PlaceFacts | undefined {
  if (line === '') return undefined;
  const [longitude = '', latitude = '', country = ''] = line.split(' ');
  return {
    ...(longitude !== '' && latitude !== '' ? { coordinates: [Number(longitude), Number(latitude)] as [number, number] } : {}),
    ...(country !== '' ? { country } : {}),
  };
}

