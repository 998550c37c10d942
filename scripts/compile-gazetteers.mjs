// Build step: compiles src/data/gazetteers/*.tsv into dist/gazetteer.json, the form the engine loads
// at start-up (phrase keys already folded, so loading is one JSON.parse and a few Map inserts).
import { readFileSync, readdirSync, writeFileSync, renameSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileGazetteer } from '../dist/pipeline/3-gazetteer/gazetteer.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dataDir = `${root}src/data/gazetteers/`;

// Earlier lists win a name two lists claim: curated lists before generated ones, specific before broad.
const PRECEDENCE = [
  'organizations-militant', 'organizations-agencies', 'organizations-international', 'organizations-media',
  'organizations-parties', 'people-notable', 'places-countries', 'places-regions', 'places-districts',
  'places-divisions', 'organizations-companies', 'places-cities',
];
const rank = (file) => {
  const index = PRECEDENCE.indexOf(file.replace(/\.tsv$/, ''));
  return index < 0 ? PRECEDENCE.length : index;
};

const files = readdirSync(dataDir)
  .filter((f) => f.endsWith('.tsv'))
  .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
  .map((fileName) => ({ fileName, content: readFileSync(dataDir + fileName, 'utf8') }));

const compiled = compileGazetteer(files);
const target = `${root}dist/gazetteer.json`;
writeFileSync(`${target}.tmp`, JSON.stringify(compiled));
renameSync(`${target}.tmp`, target);
console.error(`gazetteer: ${files.length} files, ${compiled.entries.length} entries, ${compiled.phrases.length} phrases`);
