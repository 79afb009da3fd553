// Progress on stderr while rows stream: a cli-progress bar over regions when stderr is a TTY,
// a plain line every few seconds otherwise, nothing with --quiet.
import cliProgress from 'cli-progress';
import type { UniverseTable } from '../universe/rows.js';
import type { Output } from './output.js';

export interface Progress {
  /** Called after each batch of rows. */
  batch(table: UniverseTable, rowCount: number): void;
  stop(): void;
  readonly rows: number;
}

const PLAIN_INTERVAL_MS = 2000;

/**
 * `regionCount` sizes the bar: the detail arrives region by region, each region starting with
 * its planets, so a planets batch marks one more region under way.
 */
export function createProgress(output: Output, verb: string, regionCount: number): Progress {
  let rows = 0;
  let regions = 0;
  if (output.quiet) {
    return {
      batch: (_table, count) => {
        rows += count;
      },
      stop: () => undefined,
      get rows() {
        return rows;
      },
    };
  }
  if (output.interactive) {
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
      batch(table, count) {
        rows += count;
        if (table === 'planets') regions = Math.min(regionCount, regions + 1);
        bar.update(regions, { rows: rows.toLocaleString('en-US') });
      },
      stop() {
        bar.update(regionCount, { rows: rows.toLocaleString('en-US') });
        bar.stop();
      },
      get rows() {
        return rows;
      },
    };
  }
  // Plain lines for logs and pipes; timing only decides when to print, never what is generated.
  let lastPrintMs = performance.now();
  return {
    batch(table, count) {
      rows += count;
      if (table === 'planets') regions = Math.min(regionCount, regions + 1);
      const nowMs = performance.now();
      if (nowMs - lastPrintMs >= PLAIN_INTERVAL_MS) {
        lastPrintMs = nowMs;
        output.info(`${verb}: ${regions}/${regionCount} regions, ${rows.toLocaleString('en-US')} rows`);
      }
    },
    stop: () => undefined,
    get rows() {
      return rows;
    },
  };
}
