// --format geojson from the command line: an RFC 7946 FeatureCollection of the places named, points
// longitude first, that parses whole whatever the inputs (articles with no place, worker threads).
import { describe, expect, it, vi } from 'vitest';
import { CORPUS, EMPTY, ISI_LET, runCli, runJson, WORLD } from './helpers.js';

vi.setConfig({ testTimeout: 30_000 });

const SEED = 'seeds/000_7896003b2d4fef40.txt';

interface Feature {
  type: string;
  geometry: { type: string; coordinates: [number, number] } | null;
  properties: Record<string, string | number | null>;
}

async function collection(args: readonly string[]): Promise<Feature[]> {
  const result = await runCli([...args, '-f', 'geojson']);
  expect(result.status).toBe(0);
  const parsed = JSON.parse(result.stdout) as { type: string; features: Feature[] };
  expect(parsed.type).toBe('FeatureCollection');
  return parsed.features;
}

/** RFC 7946 §3.1.1, §4: a position is [longitude, latitude] in WGS 84 degrees. */
function expectPoint(feature: Feature): [number, number] {
  expect(feature.type).toBe('Feature');
  expect(feature.geometry?.type).toBe('Point');
  const [longitude, latitude] = feature.geometry!.coordinates;
  expect(Math.abs(longitude)).toBeLessThanOrEqual(180);
  expect(Math.abs(latitude)).toBeLessThanOrEqual(90);
  return [longitude, latitude];
}

describe.concurrent('--format geojson', () => {
  it('gives each place of the seed article a point, longitude first: Islamabad at 73.0 E, 33.7 N', async () => {
    const features = await collection([SEED]);
    const { documents } = await runJson([SEED]);
    const places = documents[0]!.entities.filter((e) => e.type === 'place');
    expect(features.map((f) => f.properties.name)).toEqual(places.map((e) => e.name));
    for (const feature of features) expectPoint(feature);
    const islamabad = features.find((f) => f.properties.name === 'Islamabad')!;
    const [longitude, latitude] = expectPoint(islamabad);
    expect(Math.abs(longitude - 73.0)).toBeLessThan(0.2);
    expect(Math.abs(latitude - 33.7)).toBeLessThan(0.2);
    expect(islamabad.properties).toEqual({ name: 'Islamabad', id: places.find((e) => e.name === 'Islamabad')!.id, country: 'PK', path: SEED, mentions: 1 });
  });

  it('stays one valid collection over articles with no place and over worker threads', async () => {
    const inputs = [EMPTY, ISI_LET, EMPTY, CORPUS, WORLD, EMPTY];
    const one = await runCli([...inputs, '-f', 'geojson', '--jobs', '1']);
    const three = await runCli([...inputs, '-f', 'geojson', '--jobs', '3']);
    expect(three.stdout).toBe(one.stdout);
    const features = (JSON.parse(one.stdout) as { features: Feature[] }).features;
    expect(features.length).toBeGreaterThan(5);
    expect((await collection([EMPTY])).length).toBe(0);
  });

  it('keeps a place no list gives a point with a null geometry, and leaves other entities out', async () => {
    const list = 'fixtures/analyst/groups.csv';
    const features = await collection(['fixtures/analyst/articles/a-kupwara.txt', '--gazetteer', list, '--types', 'place,district,organization']);
    expect(features.some((f) => f.properties.name === 'Crimson Lotus Brigade')).toBe(false);
    const text = await runCli(['-', '-f', 'geojson'], { input: 'Fighting spread to the village of Zargaran and to Kabul.' });
    const byName = new Map((JSON.parse(text.stdout) as { features: Feature[] }).features.map((f) => [f.properties.name, f]));
    expect(byName.get('Zargaran')).toMatchObject({ type: 'Feature', geometry: null, properties: { id: null, country: null, mentions: 1 } });
    expectPoint(byName.get('Kabul')!);
  });

  it('with --summary, gives one feature per place over all inputs, with documents, mentions and first_path', async () => {
    const features = await collection([SEED, CORPUS, ISI_LET, '--summary']);
    const pakistan = features.find((f) => f.properties.name === 'Pakistan')!;
    expectPoint(pakistan);
    expect(pakistan.properties).toMatchObject({ id: 'places-countries:PK', country: 'PK', first_path: SEED });
    expect(Number(pakistan.properties.documents)).toBeGreaterThan(1);
    expect(Object.keys(pakistan.properties)).toEqual(['name', 'id', 'country', 'documents', 'mentions', 'first_path']);
  });

  it('refuses --edges: pairs are no places', async () => {
    const result = await runCli([SEED, '--edges', '-f', 'geojson']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^entities: --edges cannot be used with --format geojson/);
  });
});
