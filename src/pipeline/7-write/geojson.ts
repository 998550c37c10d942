// --format geojson: the places as an RFC 7946 FeatureCollection, streamed: one Point feature per place
// entity per document (its point from the gazetteer), or with --summary one per place over the batch.
// Other entities are not features. The points come with the entities only when asked (Entity.geo).
import type { DocumentResult, Entity, EntitySummary, PlaceFacts } from '../../types.js';
import type { Writer, WriteOptions } from './writer.js';

// RFC 7946 §3.3. The collection is opened here and closed by close(), the features in between: a
// batch of 10,000 articles is written as it goes, as JSON output is.
const OPEN = '{"type":"FeatureCollection","features":[\n';
const CLOSE = '\n]}\n';
const BETWEEN = ',\n';

/** RFC 7946 §3.2: a place no list gives a point keeps its feature, with a null geometry. */
interface Feature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [longitude: number, latitude: number] } | null;
  properties: Record<string, string | number | null>;
}

function geometryOf(geo: PlaceFacts | undefined): Feature['geometry'] {
  return geo?.coordinates ? { type: 'Point', coordinates: geo.coordinates } : null;
}

/**
 * Properties have the same keys on every feature (null where a value is unknown): QGIS and kepler.gl
 * make their attribute table's columns from the features they read.
 */
export function documentFeature(entity: Entity, path: string): Feature {
  const properties = { name: entity.name, id: entity.id ?? null, country: entity.geo?.country ?? null, path, mentions: entity.count };
  return { type: 'Feature', geometry: geometryOf(entity.geo), properties };
}

export function summaryFeature(row: EntitySummary): Feature {
  const properties = { name: row.name, id: row.id ?? null, country: row.geo?.country ?? null, documents: row.documents, mentions: row.mentions, first_path: row.first_path };
  return { type: 'Feature', geometry: geometryOf(row.geo), properties };
}

function formatFeatures(features: readonly Feature[], isPretty: boolean): string {
  return features.map((feature) => (isPretty ? JSON.stringify(feature, null, 2).replace(/^/gm, '  ') : JSON.stringify(feature))).join(BETWEEN);
}

/** A document with no place adds nothing, not even a separator (the CLI skips empty chunks). */
export function createGeoJsonWriter(options: WriteOptions): Writer {
  const isPretty = options.pretty === true;
  return {
    open: () => OPEN,
    document: (result: DocumentResult) => formatFeatures(result.entities.filter((e) => e.type === 'place').map((e) => documentFeature(e, result.path)), isPretty),
    separator: BETWEEN,
    close: () => CLOSE,
  };
}

/** --summary --format geojson, in chunks of features. */
export function* formatSummaryGeoJson(rows: readonly EntitySummary[], isPretty: boolean, perChunk: number): Generator<string> {
  const places = rows.filter((row) => row.type === 'place');
  yield OPEN;
  for (let i = 0; i < places.length; i += perChunk) yield (i > 0 ? BETWEEN : '') + formatFeatures(places.slice(i, i + perChunk).map(summaryFeature), isPretty);
  yield CLOSE;
}
