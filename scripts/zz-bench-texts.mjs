// npm run bench: speed and memory of the built CLI, end to end, on a corpus made here.
//
// The corpus is generated deterministically (a seeded shuffle of the paragraphs of seeds/ and
// fixtures/ texts) into bench-corpus/: 1,000, 10,000 and 100,000 articles of about 2.7 KB, one 50 MB
// file, and pathological texts (a 5 MB single line, a 1 MB token, 100,000 capitalised words in a
// row, 100,000 nested parentheses). Each run spawns bin/entities.js with NDJSON to /dev/null (or to
// a file, where outputs are compared) three times (the 50 MB file once), and reports the median wall time, MB/s,
// articles/s and the highest peak RSS (VmHWM, read from /proc while it runs). In the same run,
// compromise's own people/places/organizations pass over the same 1,000 articles gives the
// reference, beside the library's extract() run the same way. First of all, a real-text corpus (the
// annotated articles beside the checkout, repeated to 5 and 20 MB) is run end to end the same way,
// with compromise on the same articles; `--texts DIR` adds the in-process measures on any folder of
// real articles. The generated corpus's few hundred words flatter every cache; real text does not. Figures are printed,
// never asserted: timing tests only measure the machine.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, closeSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'entities.js');
const corpusDir = join(root, 'bench-corpus');
const ARTICLE_BYTES = 2700;
const BIG_FILE_BYTES = 50 * 1024 * 1024;
const CORPUS_VERSION = '2';

// Deterministic pseudo-random numbers (mulberry32), so every machine benchmarks the same corpus.
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function textFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.name.startsWith('.')) return [];
    if (entry.isDirectory()) return textFiles(path);
    return /\.(txt|md)$/.test(entry.name) ? [path] : [];
  });
}

function paragraphPool() {
  const sources = [...textFiles(join(root, 'seeds')), ...textFiles(join(root, 'fixtures'))].sort();
  const paragraphs = sources
    .map((file) => readFileSync(file))
    .filter((bytes) => !bytes.includes(0) && bytes[0] !== 0xff && bytes[0] !== 0xfe)
    .flatMap((bytes) => bytes.toString('utf8').split(/\r?\n/))
    .map((line) => line.trim())
    .filter((line) => line.length > 40);
  return [...new Set(paragraphs)].sort();
}

function makeArticle(pool, next) {
  const parts = [];
  let size = 0;
  while (size < ARTICLE_BYTES) {
    const paragraph = pool[Math.floor(next() * pool.length)];
    parts.push(paragraph);
    size += paragraph.length + 1;
  }
  return `${parts.join('\n')}\n`;
}

function writeArticles(dir, count, pool, seed) {
  mkdirSync(dir, { recursive: true });
  const next = random(seed);
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `article-${String(i).padStart(5, '0')}.txt`), makeArticle(pool, next));
}

function generateCorpus() {
  const stamp = join(corpusDir, 'VERSION');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === CORPUS_VERSION) return;
  rmSync(corpusDir, { recursive: true, force: true });
  mkdirSync(corpusDir, { recursive: true });
  const pool = paragraphPool();
  process.stderr.write(`bench: generating the corpus from ${pool.length} paragraphs …\n`);
  writeArticles(join(corpusDir, 'articles-1000'), 1000, pool, 1);
  writeArticles(join(corpusDir, 'articles-10000'), 10000, pool, 2);
  writeArticles(join(corpusDir, 'articles-100000'), 100000, pool, 5);
  const next = random(3);
  const big = [];
  let size = 0;
  while (size < BIG_FILE_BYTES) {
    const article = makeArticle(pool, next);
    big.push(article);
    size += Buffer.byteLength(article);
  }
  writeFileSync(join(corpusDir, 'big-50mb.txt'), big.join('\n'));
  const pathological = join(corpusDir, 'pathological');
  mkdirSync(pathological);
  const line = makeArticle(pool, random(4)).replace(/\n/g, ' ');
  writeFileSync(join(pathological, 'long-line-5mb.txt'), line.repeat(Math.ceil((5 * 1024 * 1024) / line.length)));
  writeFileSync(join(pathological, 'token-1mb.txt'), `Before ${'A'.repeat(1024 * 1024)} after Pakistan.\n`);
  const names = ['Kabul', 'Haqqani', 'Lashkar', 'Network', 'Abhinav', 'Pandya', 'Province', 'General'];
  writeFileSync(join(pathological, 'capitalised-100k.txt'), Array.from({ length: 100_000 }, (_, i) => names[i % names.length]).join(' '));
  writeFileSync(join(pathological, 'parentheses-100k.txt'), `${'('.repeat(100_000)}ISI${')'.repeat(100_000)} Inter-Services Intelligence (ISI)\n`);
  writeFileSync(stamp, CORPUS_VERSION);
}

function bytesIn(paths) {
  return paths.reduce((sum, path) => sum + statSync(path).size, 0);
}

function peakRss(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /VmHWM:\s+(\d+) kB/.exec(status);
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * Runs the CLI; resolves with wall seconds, peak RSS in bytes, and a hash of its stdout (or null).
 * Output goes to a file, hashed afterwards: read through a pipe, this process would take CPU from
 * the workers of a --jobs 2 run on a 2-core machine.
 */
function runCli(args, { keepOutput = false } = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const outputFile = join(corpusDir, 'output.ndjson');
    const sink = openSync(keepOutput ? outputFile : '/dev/null', 'w');
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', sink, 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    let peak = 0;
    const poll = setInterval(() => (peak = Math.max(peak, peakRss(child.pid))), 10);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      closeSync(sink);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) return reject(new Error(`entities ${args.slice(0, 3).join(' ')} … exited ${code}: ${stderr.trim().split('\n')[0]}`));
      resolve({ seconds, peak, digest: keepOutput ? createHash('sha256').update(readFileSync(outputFile)).digest('hex') : null });
    });
  });
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const mb = (bytes) => bytes / 1e6;
const fmt = (value, digits = 1) => value.toFixed(digits);
const rows = [];
function report(label, bytes, articles, { seconds, peak }) {
  const row = [label, `${fmt(seconds, 2)} s`, `${fmt(mb(bytes) / seconds, 2)} MB/s`, articles ? `${fmt(articles / seconds, 0)} articles/s` : '', peak ? `${fmt(peak / 1048576, 0)} MB peak RSS` : ''];
  rows.push(row);
  console.log(row.filter(Boolean).join('  '));
}

// Texts each in-process pass first runs over untimed, so both are measured warmed up.
const WARM_UP_TEXTS = 100;

/**
 * `warmUp`: true runs WARM_UP_TEXTS texts untimed first; a number runs texts untimed for that many
 * seconds. A hundred texts are a second of compromise's time but a fortieth of ours, so only the
 * same warm-up time compares the two at the speed each settles to.
 */
function timeInProcess(texts, work, { warmUp = true } = {}) {
  if (warmUp === true) for (const text of texts.slice(0, WARM_UP_TEXTS)) work(text);
  if (typeof warmUp === 'number') {
    const until = performance.now() + warmUp * 1000;
    for (let i = 0; performance.now() < until; i = (i + 1) % texts.length) work(texts[i]);
  }
  const started = process.hrtime.bigint();
  for (const text of texts) work(text);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

async function compromiseReference(texts, options) {
  const { default: nlp } = await import('compromise');
  return timeInProcess(texts, (text) => {
    const doc = nlp(text);
    doc.people().out('array');
    doc.places().out('array');
    doc.organizations().out('array');
  }, options);
}

/** The same texts through the library's extract(), in this process as compromise is: no start-up, no I/O. */
async function entitiesInProcess(texts, options) {
  const { extract, loadBuiltInGazetteer } = await import('../dist/index.js');
  const gazetteer = loadBuiltInGazetteer();
  return timeInProcess(texts, (text) => extract(text, { gazetteer }), options);
}

/** How many different words the texts hold: a corpus of few words flatters every cache. */
function distinctWords(texts) {
  const words = new Set();
  for (const text of texts) for (const word of text.split(/[^\p{L}\p{N}]+/u)) words.add(word);
  return words.size;
}

/**
 * `--texts DIR`: the same measures on a folder of real articles. The generated corpus recombines a
 * few dozen paragraphs, so its vocabulary is a few hundred words; real news text has thousands, and
 * the engine's memos miss far more often on it, and its code meets more paths while it warms up.
 */
async function benchRealTexts(dir, cores) {
  const files = textFiles(dir).filter((file) => file.endsWith('.txt')).sort();
  const texts = files.map((file) => readFileSync(file, 'utf8'));
  const bytes = bytesIn(files);
  console.log(`real texts: ${files.length} files, ${fmt(mb(bytes), 2)} MB, ${distinctWords(texts).toLocaleString('en')} distinct words (${dir})`);
  report('  end to end, --jobs 1', bytes, files.length, await runCliMedian([dir, '--format', 'ndjson', '--jobs', '1']));
  report(`  end to end, --jobs ${cores}`, bytes, files.length, await runCliMedian([dir, '--format', 'ndjson', '--jobs', String(cores)]));
  // Once through, caches and compiled code cold, as a small batch finds them; then a third time
  // through, as a long batch runs once the JIT has compiled its paths (a few MB of text).
  const coldReference = mb(bytes) / (await compromiseReference(texts, { warmUp: false }));
  const coldOurs = mb(bytes) / (await entitiesInProcess(texts, { warmUp: false }));
  console.log(`  in-process, first time through: entities extract() ${fmt(coldOurs, 2)} MB/s, compromise ${fmt(coldReference, 3)} MB/s: ${fmt(coldOurs / coldReference, 0)}×`);
  await compromiseReference(texts, { warmUp: false });
  await entitiesInProcess(texts, { warmUp: false });
  const warmReference = mb(bytes) / (await compromiseReference(texts, { warmUp: false }));
  const warmOurs = mb(bytes) / (await entitiesInProcess(texts, { warmUp: false }));
  console.log(`  in-process, third time through: entities extract() ${fmt(warmOurs, 2)} MB/s, compromise ${fmt(warmReference, 3)} MB/s: ${fmt(warmOurs / warmReference, 0)}×`);
}

// The real-text corpus: the annotated articles beside the checkout (../shared/gold, gold/dev and
// eval/*, or $ENTITIES_SHARED), repeated file by file to these sizes. Real news vocabulary misses the
// engine's memos far more often than the generated corpus's few hundred words do.
const REAL_CORPUS_MB = [5, 20];

function realTextSources() {
  const shared = process.env.ENTITIES_SHARED ?? join(root, '..', 'shared');
  const dirs = [join(shared, 'gold'), join(shared, 'gold', 'dev')];
  const evalDir = join(shared, 'eval');
  if (existsSync(evalDir)) for (const entry of readdirSync(evalDir, { withFileTypes: true })) if (entry.isDirectory()) dirs.push(join(evalDir, entry.name));
  return dirs.filter((dir) => existsSync(dir)).flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f)));
}

/** The sources copied round after round into `dir` until it holds `megabytes`; remade when the sources change. */
function writeRealCorpus(dir, sources, megabytes) {
  const stamp = join(dir, '.sources');
  const signature = `${megabytes} ${sources.length} ${bytesIn(sources)}`;
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === signature) return;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const contents = sources.map((file) => readFileSync(file));
  let size = 0;
  for (let i = 0; size < megabytes * 1024 * 1024; i++) {
    const content = contents[i % contents.length];
    writeFileSync(join(dir, `${String(i).padStart(6, '0')}-${sources[i % sources.length].split('/').pop()}`), content);
    size += content.length;
  }
  writeFileSync(stamp, signature);
}

/** Real articles first: end to end at --jobs 1 and N, the machine's own ceiling, compromise on the same texts. */
async function benchRealCorpus(cores) {
  const sources = realTextSources();
  if (sources.length === 0) {
    console.log('real corpus: no annotated texts beside the checkout (../shared); skipped');
    return;
  }
  const texts = sources.map((file) => readFileSync(file, 'utf8'));
  console.log(`real corpus: ${sources.length} annotated articles (${fmt(mb(bytesIn(sources)), 2)} MB, ${distinctWords(texts).toLocaleString('en')} distinct words) repeated`);
  for (const megabytes of REAL_CORPUS_MB) {
    const dir = join(corpusDir, `real-${megabytes}mb`);
    writeRealCorpus(dir, sources, megabytes);
    const files = textFiles(dir).sort();
    const bytes = bytesIn(files);
    const one = await runCliMedian([dir, '--format', 'ndjson', '--jobs', '1'], { keepOutput: true });
    report(`  ${megabytes} MB real, --jobs 1, cold start`, bytes, files.length, one);
    const many = await runCliMedian([dir, '--format', 'ndjson', '--jobs', String(cores)], { keepOutput: true });
    report(`  ${megabytes} MB real, --jobs ${cores}`, bytes, files.length, many);
    const shares = Array.from({ length: cores }, (_, k) => files.filter((_, i) => i % cores === k));
    const ceiling = cores > 1 ? one.seconds / (await sideBySideSeconds(shares)) : 1;
    console.log(`  ${megabytes} MB real: --jobs ${cores} is ${fmt(one.seconds / many.seconds, 2)}× --jobs 1 (machine ceiling ${fmt(ceiling, 2)}×); output ${one.digest === many.digest ? 'identical' : 'DIFFERENT'}`);
  }
  const reference = mb(bytesIn(sources)) / (await compromiseReference(texts, { warmUp: false }));
  console.log(`  compromise (people/places/organizations, in-process) on the same articles, once through: ${fmt(reference, 3)} MB/s`);
}

// Untimed running before the settled in-process measure: a few MB of text through each tool.
const SETTLE_SECONDS = 2;

/**
 * What the machine itself allows: separate --jobs 1 processes side by side, one per share of the
 * files, the median wall time of RUNS. No thread pool is involved, so this bounds what --jobs can reach.
 */
async function sideBySideSeconds(shares) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const started = process.hrtime.bigint();
    await Promise.all(shares.map((args) => runCli([...args, '--format', 'ndjson', '--jobs', '1'])));
    runs.push(Number(process.hrtime.bigint() - started) / 1e9);
  }
  return median(runs);
}

// Each timed CLI run is repeated and its median reported: one run on a shared VM moves by ±15%.
const RUNS = 3;

async function runCliMedian(args, options) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await runCli(args, options));
  const seconds = median(runs.map((run) => run.seconds));
  return { seconds, peak: Math.max(...runs.map((run) => run.peak)), digest: runs[0].digest };
}

async function main() {
  if (!existsSync(join(root, 'dist', 'gazetteer.bin'))) {
    console.error('bench: build first (npm install, or npm run build)');
    process.exit(2);
  }
  const textsAt = process.argv.indexOf('--texts');
  const realTexts = textsAt > 0 ? process.argv[textsAt + 1] : undefined;
  if (textsAt > 0 && !realTexts) {
    console.error('bench: --texts needs a folder of .txt articles');
    process.exit(2);
  }
  generateCorpus();
  const cores = availableParallelism();
  console.log(`machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cores} cores, ${fmt(totalmem() / 2 ** 30, 0)} GiB, Node ${process.version}`);
  await benchRealCorpus(cores);

  const small = join(root, 'seeds', readdirSync(join(root, 'seeds')).sort()[0]);
  const startups = [];
  const nodeStartups = [];
  for (let i = 0; i < 11; i++) {
    startups.push((await runCli([small, '--format', 'table'])).seconds);
    const started = process.hrtime.bigint();
    spawnSync(process.execPath, ['-e', '0']);
    nodeStartups.push(Number(process.hrtime.bigint() - started) / 1e9);
  }
  console.log(`start-up: one small file, table output ${fmt(median(startups) * 1000, 0)} ms (node -e 0: ${fmt(median(nodeStartups) * 1000, 0)} ms, so ${fmt((median(startups) - median(nodeStartups)) * 1000, 0)} ms of ours), median of 11`);

  const set1k = textFiles(join(corpusDir, 'articles-1000')).sort();
  const set10k = textFiles(join(corpusDir, 'articles-10000')).sort();
  const bytes1k = bytesIn(set1k);
  const bytes10k = bytesIn(set10k);
  const dir1k = join(corpusDir, 'articles-1000');
  const dir10k = join(corpusDir, 'articles-10000');

  const one1k = await runCliMedian([dir1k, '--format', 'ndjson', '--jobs', '1']);
  report('1,000 articles, --jobs 1', bytes1k, set1k.length, one1k);
  const one10k = await runCliMedian([dir10k, '--format', 'ndjson', '--jobs', '1'], { keepOutput: true });
  report('10,000 articles, --jobs 1', bytes10k, set10k.length, one10k);
  const many10k = await runCliMedian([dir10k, '--format', 'ndjson', '--jobs', String(cores)], { keepOutput: true });
  report(`10,000 articles, --jobs ${cores}`, bytes10k, set10k.length, many10k);
  const json10k = await runCliMedian([dir10k, '--format', 'json', '--jobs', '1']);
  report('10,000 articles, --jobs 1, JSON', bytes10k, set10k.length, json10k);
  console.log(`scaling: --jobs ${cores} is ${fmt(one10k.seconds / many10k.seconds, 2)}× --jobs 1; output ${one10k.digest === many10k.digest ? 'identical' : 'DIFFERENT'}`);
  const shares = Array.from({ length: cores }, (_, k) => set10k.filter((_, i) => i % cores === k));
  const sideBySide = await sideBySideSeconds(shares);
  console.log(`  machine ceiling: ${cores} separate --jobs 1 processes side by side, each on 1/${cores} of the files, take ${fmt(sideBySide, 2)} s: ${fmt(one10k.seconds / sideBySide, 2)}×`);
  const perArticle1k = one1k.seconds / set1k.length;
  const perArticle10k = one10k.seconds / set10k.length;
  console.log(`linearity: 10× the articles took ${fmt(one10k.seconds / one1k.seconds, 2)}× the time (per article ${fmt(perArticle10k / perArticle1k, 2)}× as long)`);

  // The full batch: 100,000 articles. Per-thread costs that a 3-second run of 10,000 still feels
  // (each thread's JIT warming up) are spread out here. Three runs each, as elsewhere: one run of
  // each put the scaling anywhere from 1.7× to 2.2× on this shared VM.
  const dir100k = join(corpusDir, 'articles-100000');
  const bytes100k = bytesIn(textFiles(dir100k));
  const one100k = await runCliMedian([dir100k, '--format', 'ndjson', '--jobs', '1']);
  report('100,000 articles, --jobs 1', bytes100k, 100_000, one100k);
  const many100k = await runCliMedian([dir100k, '--format', 'ndjson', '--jobs', String(cores)]);
  report(`100,000 articles, --jobs ${cores}`, bytes100k, 100_000, many100k);
  console.log(`scaling at 100,000: --jobs ${cores} is ${fmt(one100k.seconds / many100k.seconds, 2)}× --jobs 1`);
  if (cores > 1 && 10 % cores === 0) {
    // Shares by the last digit of the name, as quoted patterns the CLI expands: tens of thousands of
    // paths do not fit on a command line.
    const digits = Array.from({ length: cores }, (_, k) => '0123456789'.split('').filter((d) => Number(d) % cores === k).join(''));
    const sideBySide100k = await sideBySideSeconds(digits.map((share) => [join(dir100k, `article-*[${share}].txt`)]));
    console.log(`  machine ceiling: ${cores} separate --jobs 1 processes side by side, each on 1/${cores} of the files, take ${fmt(sideBySide100k, 2)} s: ${fmt(one100k.seconds / sideBySide100k, 2)}×`);
  }

  const big = join(corpusDir, 'big-50mb.txt');
  report('one 50 MB file', statSync(big).size, 0, await runCli([big, '--format', 'ndjson', '--jobs', '1']));

  for (const file of textFiles(join(corpusDir, 'pathological')).sort()) {
    report(`pathological ${file.split('/').pop()}`, statSync(file).size, 0, await runCliMedian([file, '--format', 'ndjson', '--jobs', '1']));
  }

  const texts1k = set1k.map((file) => readFileSync(file, 'utf8'));
  const referenceRate = mb(bytes1k) / (await compromiseReference(texts1k));
  const inProcessRate = mb(bytes1k) / (await entitiesInProcess(texts1k));
  console.log(`compromise (people/places/organizations, in-process, same 1,000 articles): ${fmt(referenceRate, 3)} MB/s`);
  console.log(`  entities extract(), in-process as compromise is, after ${WARM_UP_TEXTS} texts each untimed: ${fmt(inProcessRate, 2)} MB/s, ${fmt(inProcessRate / referenceRate, 0)}× compromise`);
  const settledReference = mb(bytes1k) / (await compromiseReference(texts1k, { warmUp: SETTLE_SECONDS }));
  const settledRate = mb(bytes1k) / (await entitiesInProcess(texts1k, { warmUp: SETTLE_SECONDS }));
  console.log(`  after ${SETTLE_SECONDS} s each untimed: entities ${fmt(settledRate, 2)} MB/s, compromise ${fmt(settledReference, 3)} MB/s: ${fmt(settledRate / settledReference, 0)}×`);
  console.log(`  entities --jobs 1 end to end on those files (start-up and I/O included): ${fmt(mb(bytes1k) / one1k.seconds, 2)} MB/s, ${fmt(mb(bytes1k) / one1k.seconds / referenceRate, 0)}×; at 10,000 articles ${fmt(mb(bytes10k) / one10k.seconds / referenceRate, 0)}×`);
  console.log(`  the generated corpus holds ${distinctWords(texts1k).toLocaleString('en')} distinct words: every figure above is on a small vocabulary${realTexts ? '' : ' (npm run bench -- --texts DIR measures real articles too)'}`);
  if (realTexts) await benchRealTexts(realTexts, cores);
}

for (const dir of process.argv.slice(2)) await benchRealTexts(dir, 2);
