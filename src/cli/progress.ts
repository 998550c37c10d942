// A progress line on stderr for batches that run longer than a second: files done of the total, MB/s,
// time left; redrawn in place with \r and cleared at the end. Shown only to a person: stderr a
// terminal, not in CI, not --quiet. Takes a write function and a clock, so it touches no `process`.

export interface ProgressState {
  done: number;
  total: number;
  /** UTF-8 bytes of text done. */
  bytes: number;
  elapsedMs: number;
}

// Quiet for this long: a run that ends sooner never shows a line that would only flicker.
const FIRST_DRAW_MS = 1000;
const REDRAW_MS = 250;
const ERASE_LINE = '\r\u001b[K';

/** Whether a person is watching: stderr is a terminal, no CI runner (the CI variable is set), no --quiet. */
export function wantsProgress(isTerminal: boolean, env: Readonly<Record<string, string | undefined>>, quiet: boolean): boolean {
  return isTerminal && !quiet && (env.CI === undefined || env.CI === '' || env.CI === '0' || env.CI === 'false');
}

/** "12/340 files  2.1 MB/s  1:05 left": time left from the pace of the files done so far. */
export function formatProgress({ done, total, bytes, elapsedMs }: ProgressState): string {
  const seconds = elapsedMs / 1000;
  const parts = [`${done}/${total} files`];
  if (seconds > 0) parts.push(`${(bytes / 1e6 / seconds).toFixed(1)} MB/s`);
  if (done > 0 && done < total) parts.push(`${formatDuration((seconds / done) * (total - done))} left`);
  return parts.join('  ');
}

function formatDuration(seconds: number): string {
  const whole = Math.ceil(seconds);
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = String(whole % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

export interface Progress {
  /** One more input done, with the bytes of text it had (0 for a failed one). */
  advance(bytes: number): void;
  /** Writes a line (an error message) above the progress line. */
  writeAbove(text: string): void;
  /** Erases the line until the next redraw: output is about to go to the same terminal. */
  erase(): void;
  /** Erases the line and stops redrawing. */
  stop(): void;
}

export interface ProgressOptions {
  total: number;
  write: (text: string) => void;
  /** Terminal columns: a longer line would wrap, and \r would redraw only its last part. */
  columns?: number;
  now?: () => number;
}

export function startProgress({ total, write, columns, now = Date.now }: ProgressOptions): Progress {
  const started = now();
  let done = 0;
  let bytes = 0;
  let isShown = false;
  let drawn = started;
  const draw = () => {
    const time = now();
    if (time - started < FIRST_DRAW_MS) return;
    drawn = time;
    const line = formatProgress({ done, total, bytes, elapsedMs: time - started });
    write(`${ERASE_LINE}entities: ${columns ? line.slice(0, Math.max(0, columns - 11)) : line}`);
    isShown = true;
  };
  const erase = () => {
    if (isShown) write(ERASE_LINE);
    isShown = false;
  };
  // The timer redraws while one long input runs; advance() redraws too, as a run in this thread may
  // not let the timer fire between inputs. unref: the timer alone never keeps the process alive.
  const timer = setInterval(draw, REDRAW_MS);
  timer.unref();
  return {
    advance(more) {
      done++;
      bytes += more;
      if (now() - drawn >= REDRAW_MS) draw();
    },
    writeAbove(text) {
      erase();
      write(text);
    },
    erase,
    stop() {
      clearInterval(timer);
      erase();
    },
  };
}

/** For runs nobody watches: the same calls, lines written as they come and no progress line. */
export function withoutProgress(write: (text: string) => void): Progress {
  return { advance: () => {}, writeAbove: write, erase: () => {}, stop: () => {} };
}
