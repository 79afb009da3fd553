// Progress on stderr while rows stream: a cli-progress bar over regions when stderr is a TTY,
// a plain line every few seconds otherwise, nothing with --quiet.
import { createRequire } from 'node:module';
import type cliProgressModule from 'cli-progress';
import type { UniverseTable } from '../universe/rows.js';
import type { Output } from './output.js';

export interface Progress {
  /** Called after each batch of rows. */
  batch(table: UniverseTable, rowCount: number): void;
  stop(): void;
}

const PLAIN_INTERVAL_MS = 2000;

/** How far the stream has got, and how that is shown. */
interface Display {
  update(regions: number, rows: number): void;
  stop(rows: number): void;
}

function barDisplay(verb: string, regionCount: number): Display {
  // Loaded only for a terminal: pipes, logs and --quiet runs never pay its start-up.
  const cliProgress = createRequire(import.meta.url)('cli-progress') as typeof cliProgressModule;
  const bar = new cliProgress.SingleBar(
    {
      format: `${verb} |{bar}| {value}/{total} regions | {rows} rows`,
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(regionCount, 0, { rows: '0' });
  return {
    update: (regions, rows) => bar.update(regions, { rows: rows.toLocaleString('en-US') }),
    stop(rows) {
      bar.update(regionCount, { rows: rows.toLocaleString('en-US') });
      bar.stop();
    },
  };
}

/** Plain lines for logs and pipes; timing only decides when to print, never what is generated. */
function lineDisplay(output: Output, verb: string, regionCount: number): Display {
  let lastPrintMs = performance.now();
  return {
    update(regions, rows) {
      const nowMs = performance.now();
      if (nowMs - lastPrintMs < PLAIN_INTERVAL_MS) return;
      lastPrintMs = nowMs;
      output.info(`${verb}: ${regions}/${regionCount} regions, ${rows.toLocaleString('en-US')} rows`);
    },
    stop: () => undefined,
  };
}

/**
 * `regionCount` sizes the bar: the detail arrives region by region, each region starting with
 * its planets, so a planets batch marks one more region under way.
 */
export function createProgress(output: Output, verb: string, regionCount: number): Progress {
  if (output.quiet) return { batch: () => undefined, stop: () => undefined };
  const display = output.interactive ? barDisplay(verb, regionCount) : lineDisplay(output, verb, regionCount);
  let rows = 0;
  let regions = 0;
  return {
    batch(table, count) {
      rows += count;
      if (table === 'planets') regions = Math.min(regionCount, regions + 1);
      display.update(regions, rows);
    },
    stop: () => display.stop(rows),
  };
}
