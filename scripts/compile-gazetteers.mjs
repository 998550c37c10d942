// Build step: compiles src/data/gazetteers/*.tsv into the tables the engine loads as they are
// (src/pipeline/3-gazetteer/tables.ts): dist/gazetteer.bin, and the place evidence in
// dist/places.bin, read only when a text first asks about a town.
import { readFileSync, readdirSync, writeFileSync, renameSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { encodeBundle } from '../dist/pipeline/3-gazetteer/bundle.js';
import { compileGazetteer } from '../dist/pipeline/3-gazetteer/compile.js';
import { buildPlaceTables, buildTables } from '../dist/pipeline/3-gazetteer/tables.js';
import { precedenceOf } from './gazetteers/precedence.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dataDir = `${root}src/data/gazetteers/`;

const files = readdirSync(dataDir)
  .filter((f) => f.endsWith('.tsv'))
  .sort((a, b) => precedenceOf(a) - precedenceOf(b) || a.localeCompare(b))
  .map((fileName) => ({ fileName, content: readFileSync(dataDir + fileName, 'utf8') }));

const compiled = compileGazetteer(files);
writeAtomically(`${root}dist/gazetteer.bin`, encodeBundle(buildTables(compiled)));
writeAtomically(`${root}dist/places.bin`, encodeBundle(buildPlaceTables(compiled)));

function writeAtomically(target, content) {
  writeFileSync(`${target}.tmp`, content);
  renameSync(`${target}.tmp`, target);
}
console.error(`gazetteer: ${files.length} files, ${compiled.entries.length} entries, ${compiled.phrases.length} phrases`);
