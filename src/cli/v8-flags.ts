// V8 tuned for a run of this CLI; the library (extract()) leaves V8 as its host set it. Both flags
// are read by V8 as it works (at each compilation, at each young-generation collection), so setting
// them at run time, before any work, is safe; they hold for the worker threads too.
import { setFlagsFromString } from 'node:v8';

// A run is short: most of its hot functions are compiled while the first megabyte of a batch goes
// by, and at --jobs 2 each thread compiles its own on the same two cores. V8's default inlining
// budget made those compilations cost about a second of CPU; a smaller one compiles faster for code
// nearly as fast. Measured 2026-12-01 on the real-text corpus (npm run bench), median of 3–4 runs:
// 5 MB --jobs 1 1.05 → 0.93 s, --jobs 2 1.22 → 1.05 s; 20 MB --jobs 1 2.86 → 2.80 s, --jobs 2
// 2.5 → 2.3 s; 10,000 generated articles unchanged within noise.
const INLINED_BYTECODE_BUDGET = 100;

// Allocation-site pretenuring: where most objects from one place in the code survive a young
// collection, V8 allocates that place's objects in the old generation from then on. One document's
// objects live no longer than the document, so the bet loses here: when an early collection fell
// mid-document, the run allocated its garbage in the old generation at up to 50 MB/s, and the
// 100,000-article batch peaked anywhere from 115 to 215 MB of RSS. Without it, five runs out of
// five peaked at 115–116 MB, and as fast (31–33 s against 32–37).
const PRETENURING = '--no-allocation-site-pretenuring';

export function tuneV8(): void {
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINED_BYTECODE_BUDGET}`);
  setFlagsFromString(PRETENURING);
}
