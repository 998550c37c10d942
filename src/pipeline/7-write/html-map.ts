// An article's places on a small world map, inline SVG: the country outlines once a page (a <path>
// in the page's <defs>, drawn at build time by scripts/build-world-map.mjs), and per article a <use>
// of them and a dot per place with a point, sized by its mentions, named on hover. Nothing is
// fetched: the policy needs no permission for SVG in the page itself.
import { readFileSync } from 'node:fs';
import { packageFile } from '../../package-files.js';
import type { DocumentResult, Entity } from '../../types.js';
import { escapeHtml } from './html-document.js';

interface WorldMap {
  width: number;
  height: number;
  /** The outlines, projected as `project` does. */
  path: string;
}

const WORLD_MAP_PATH = packageFile('dist', 'world-map.json');
const OUTLINES_ID = 'world';

let worldMap: WorldMap | undefined;

function loadWorldMap(): WorldMap {
  worldMap ??= JSON.parse(readFileSync(WORLD_MAP_PATH, 'utf8')) as WorldMap;
  return worldMap;
}

/**
 * The equirectangular projection the outlines were drawn with (d3-geo's geoEquirectangular at one
 * unit a degree, see the build script): a formula this simple is written out here rather than
 * loading d3-geo at every run.
 */
export function project(longitude: number, latitude: number): [x: number, y: number] {
  return [round(longitude + 180), round(90 - latitude)];
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The outlines, once a page, for every article's map to <use>; the <svg> itself takes no room. */
export function mapDefinitions(): string {
  return `<svg class="defs" aria-hidden="true"><defs><path id="${OUTLINES_ID}" d="${loadWorldMap().path}"/></defs></svg>\n`;
}

// A dot's radius, in degrees: one mention is a small dot, and the area grows with the mentions.
const MIN_RADIUS = 2.2;
const RADIUS_PER_ROOT_MENTION = 1.3;

/** `key`: the entity's index in the result, as its marks and table row carry it (clicking selects). */
function dotOf(entity: Entity, key: number): string {
  const [x, y] = project(...entity.geo!.coordinates!);
  const radius = round(MIN_RADIUS + RADIUS_PER_ROOT_MENTION * (Math.sqrt(entity.count) - 1));
  const mentions = `${entity.count} mention${entity.count === 1 ? '' : 's'}`;
  return `<circle class="dot" cx="${x}" cy="${y}" r="${radius}" data-entity="${key}" data-type="place"><title>${escapeHtml(entity.name)} (${mentions})</title></circle>`;
}

/** The article's map, or nothing when no place it names has a point. */
export function placeMap(result: DocumentResult): string {
  const placed = result.entities.map((entity, key) => ({ entity, key })).filter(({ entity }) => entity.type === 'place' && entity.geo?.coordinates);
  if (placed.length === 0) return '';
  // The most named drawn first, so a smaller dot on top of a larger one can still be pointed at.
  placed.sort((a, b) => b.entity.count - a.entity.count || a.key - b.key);
  const { width, height } = loadWorldMap();
  const names = placed.map(({ entity }) => entity.name).join(', ');
  return (
    `<svg class="map" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(`Places named: ${names}`)}">` +
    `<use href="#${OUTLINES_ID}" class="land"/>${placed.map(({ entity, key }) => dotOf(entity, key)).join('')}</svg>\n`
  );
}
