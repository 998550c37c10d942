// Build step: the country outlines of the HTML page's world map, projected once here rather than at
// every run: Natural Earth's 1:110m countries (npm world-atlas, public domain), decoded with
// topojson-client and drawn by d3-geo's equirectangular projection into one SVG path string,
// dist/world-map.json. The page puts each place's dot with the same projection
// (src/pipeline/7-write/html-map.ts), written out there since it is x = λ + 180, y = 90 − φ.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { geoEquirectangular, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));

// One unit a degree: the map is 360 wide; the south stops at 60° S (Antarctica, left out, has no
// news places to show), so it is 150 high. 0.1° (about 11 km) is finer than the page draws it.
const WIDTH = 360;
const SOUTH = -60;
const HEIGHT = 90 - SOUTH;
const DIGITS = 1;
const ANTARCTICA = '010'; // ISO 3166-1 numeric, world-atlas's feature id

const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'));
const countries = feature(topology, topology.objects.countries);
countries.features = countries.features.filter((country) => country.id !== ANTARCTICA);

// d3's equirectangular: x = scale·λ + tx, y = ty − scale·φ (radians). Scale 180/π makes it degrees.
const projection = geoEquirectangular().scale(180 / Math.PI).translate([WIDTH / 2, 90]).precision(0.1);
const path = compactPath(geoPath(projection).digits(DIGITS)(countries));

/**
 * d3's absolute "M358.1,107.5L358.4,107.3…Z" → "M358.1,107.5l.3-.2…z": each line relative to the
 * point before, in tenths counted as integers so nothing drifts, the repeated "l" left out (SVG
 * repeats the last command). Half the characters, and the page holds the path once.
 */
function compactPath(absolute) {
  const scale = 10 ** DIGITS;
  const number = (tenths) => String(tenths / scale).replace(/^(-?)0\./, '$1.');
  const pair = (x, y) => `${number(x)}${y < 0 ? '' : ','}${number(y)}`;
  let out = '';
  let at = [0, 0];
  let last = '';
  for (const [, command, x, y] of absolute.matchAll(/([MLZ])(?:(-?[\d.]+),(-?[\d.]+))?/g)) {
    if (command === 'Z') {
      out += 'z';
      last = 'z';
      continue;
    }
    const point = [Math.round(Number(x) * scale), Math.round(Number(y) * scale)];
    if (command === 'M') out += `M${pair(point[0], point[1])}`;
    else out += (last === 'l' ? (point[0] - at[0] < 0 ? '' : ' ') : 'l') + pair(point[0] - at[0], point[1] - at[1]);
    last = command === 'M' ? 'M' : 'l';
    at = point;
  }
  return out;
}

const map = {
  source: `Natural Earth 1:110m countries via npm world-atlas@${require('world-atlas/package.json').version} (public domain)`,
  projection: 'equirectangular: x = longitude + 180, y = 90 - latitude, in degrees',
  width: WIDTH,
  height: HEIGHT,
  path,
};
const target = `${root}dist/world-map.json`;
writeFileSync(`${target}.tmp`, JSON.stringify(map));
renameSync(`${target}.tmp`, target);
console.error(`world map: ${countries.features.length} countries, ${path.length} characters of path`);
