// Build step: compiles src/data/gazetteers/*.tsv into dist/gazetteer.json, the form the engine loads
// at start-up: phrase keys already folded, sorted and packed into a few long strings (see
// src/pipeline/3-gazetteer/packed.ts), so loading is one JSON.parse of a handful of values.
import { readFileSync, readdirSync, writeFileSync, renameSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileGazetteer } from '../dist/pipeline/3-gazetteer/compile.js';
import { packGazetteer } from '../dist/pipeline/3-gazetteer/packed.js';
import { precedenceOf } from './gazetteers/precedence.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dataDir = `${root}src/data/gazetteers/`;

const files = readdirSync(dataDir)
  .filter((f) => f.endsWith('.tsv'))
  .sort((a, b) => precedenceOf(a) - precedenceOf(b) || a.localeCompare(b))
  .map((fileName) => ({ fileName, content: readFileSync(dataDir + fileName, 'utf8') }));

const compiled = compileGazetteer(files);
// The place evidence goes to a file of its own, read by the engine only when a text asks for it
// (src/pipeline/3-gazetteer/load.ts).
const { placeWords, placeFlags, ...packed } = packGazetteer(compiled);
writeAtomically(`${root}dist/gazetteer.json`, JSON.stringify(packed));
writeAtomically(`${root}dist/places.json`, JSON.stringify({ placeWords, placeFlags }));

function writeAtomically(target, content) {
  writeFileSync(`${target}.tmp`, content);
  renameSync(`${target}.tmp`, target);
}
console.error(`gazetteer: ${files.length} files, ${compiled.entries.length} entries, ${compiled.phrases.length} phrases`);
