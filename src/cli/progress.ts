// Progress on stderr, phase by phase: on a terminal, one status line that always moves (a
// spinner, and a bar over regions while rows stream) and a ✔ line with its time for each finished
// phase; in logs and pipes, a line when a phase starts and a plain line every few seconds while
// rows stream; nothing with --quiet. A phase that fails is marked ✖ where it stopped: the bar
// never jumps to 100 % for work that was not done.
import type { UniverseTable } from '../universe/rows.js';
import { formatInteger, type Output } from './output.js';

export interface Progress {
  /** A new phase begins (the previous one, if any, is finished). */
  phase(name: string): void;
  /** A batch of rows was generated (and sent); counts toward the bar of the current phase. */
  batch(table: UniverseTable, rowCount: number): void;
  /** A message line (shown with --quiet off), printed above the status line without tearing it. */
  note(message: string): void;
  /** Everything finished: the last phase is marked done. */
  stop(): void;
  /** Something failed or was interrupted: the current phase is marked as where it stopped. */
  fail(): void;
}

const PLAIN_INTERVAL_MS = 2000;
const FRAME_INTERVAL_MS = 100;
const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const BAR_WIDTH = 30;

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** Rows and regions streamed so far: the detail arrives region by region, each starting with its planets. */
class StreamCount {
  rows = 0;
  regions = 0;
  regionCount = 0;
  /** A total not known yet (a plan still being made) is filled in when it is. */
  constructor(regionCount: number | Promise<number>) {
    if (typeof regionCount === 'number') this.regionCount = regionCount;
    else regionCount.then((count) => (this.regionCount = count)).catch(() => undefined);
  }
  add(table: UniverseTable, count: number): void {
    this.rows += count;
    if (table === 'planets') this.regions = Math.min(this.regionCount, this.regions + 1);
  }
  describe(): string {
    return `${this.regions}/${this.regionCount} regions | ${formatInteger(this.rows)} rows`;
  }
}

/**
 * Phases whose work is the row stream show a bar; the others a spinner and the time so far.
 * `streamPhase` names the stream's phase ("generating" for a dry run, "generate and copy" for a load).
 */
function terminalProgress(output: Output, regionCount: number | Promise<number>, streamPhase: string): Progress {
  const stream = new StreamCount(regionCount);
  let current: { name: string; startedMs: number } | null = null;
  let frame = 0;
  const render = (): void => {
    if (!current) return;
    const elapsed = seconds(performance.now() - current.startedMs);
    let line: string;
    if (current.name === streamPhase) {
      const filled = Math.round((stream.regions / Math.max(1, stream.regionCount)) * BAR_WIDTH);
      line = `${current.name} |${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}| ${stream.describe()} | ${elapsed}`;
    } else {
      line = `${SPINNER[frame % SPINNER.length]} ${current.name}… ${elapsed}`;
    }
    process.stderr.write(`\r\u001b[2K${line}`);
  };
  const timer = setInterval(() => {
    frame += 1;
    render();
  }, FRAME_INTERVAL_MS);
  timer.unref();
  const finish = (mark: string): void => {
    if (!current) return;
    const detail = current.name === streamPhase ? ` (${stream.describe()})` : '';
    process.stderr.write(`\r\u001b[2K${mark} ${current.name}${detail} ${output.color.dim(seconds(performance.now() - current.startedMs))}\n`);
    current = null;
  };
  return {
    phase(name) {
      finish(output.color.green('✔'));
      current = { name, startedMs: performance.now() };
      render();
    },
    batch(table, count) {
      stream.add(table, count);
    },
    note(message) {
      process.stderr.write(`\r\u001b[2K${message}\n`);
      render();
    },
    stop() {
      clearInterval(timer);
      finish(output.color.green('✔'));
    },
    fail() {
      clearInterval(timer);
      finish(output.color.red('✖'));
    },
  };
}

/** Plain lines for logs and pipes; timing only decides when to print, never what is generated. */
function lineProgress(output: Output, regionCount: number | Promise<number>, streamPhase: string): Progress {
  const stream = new StreamCount(regionCount);
  let lastPrintMs = performance.now();
  let current: string | null = null;
  return {
    phase(name) {
      current = name;
      output.info(`${name}…`);
    },
    batch(table, count) {
      stream.add(table, count);
      const nowMs = performance.now();
      if (nowMs - lastPrintMs < PLAIN_INTERVAL_MS) return;
      lastPrintMs = nowMs;
      output.info(`${current ?? streamPhase}: ${stream.describe().replace(' | ', ', ')}`);
    },
    note: (message) => output.info(message),
    stop: () => undefined,
    fail: () => undefined,
  };
}

/**
 * `regionCount` sizes the bar of `streamPhase`, the phase in which rows stream. Other phases are
 * announced with phase(); a run with a single phase may call batch() without naming it.
 */
export function createProgress(output: Output, streamPhase: string, regionCount: number | Promise<number>): Progress {
  if (output.quiet) return { phase: () => undefined, batch: () => undefined, note: () => undefined, stop: () => undefined, fail: () => undefined };
  return output.interactive ? terminalProgress(output, regionCount, streamPhase) : lineProgress(output, regionCount, streamPhase);
}
