// The dry-run JSON writer (PRODUCT.md R2): `meta` first — with the fingerprint and row counts,
// known only once every row has been generated — then one array per universe table in
// parent-first order, one row per line.
//
// The generator yields tables interleaved region by region, so rows are spooled to one temporary
// file per table while the fingerprint is computed, then stitched behind the meta. Memory stays
// bounded by a region whatever the universe size.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { RuntimeError } from '../errors.js';
import { UNIVERSE_TABLES } from '../db/schema/registry.js';
import type { UniverseTable } from '../universe/rows.js';
import type { UniversePlan } from '../universe/generate.js';
import { FingerprintBuilder, fingerprintedBatches } from './fingerprint.js';
import { buildMeta, type UniverseMetaOut } from './meta.js';

export type { UniverseMetaOut } from './meta.js';


export interface JsonWriteResult {
  meta: UniverseMetaOut;
  bytes: number;
}

const SPOOL_FLUSH_CHARS = 1 << 20;

/** Per-table temporary files holding the rows' JSON lines (comma-joined, no brackets). */
class TableSpool {
  private readonly dir = mkdtempSync(join(tmpdir(), 'echoes-universe-'));
  private readonly fds = new Map<UniverseTable, number>();
  private readonly pending = new Map<UniverseTable, string>();
  private readonly started = new Set<UniverseTable>();

  append(table: UniverseTable, rows: readonly object[]): void {
    let text = this.pending.get(table) ?? '';
    for (const row of rows) {
      text += (this.started.has(table) ? ',\n' : '\n') + JSON.stringify(row);
      this.started.add(table);
    }
    if (text.length >= SPOOL_FLUSH_CHARS) {
      this.flush(table, text);
      text = '';
    }
    this.pending.set(table, text);
  }

  private flush(table: UniverseTable, text: string): void {
    let fd = this.fds.get(table);
    if (fd === undefined) {
      fd = openSync(join(this.dir, `${table}.jsonl`), 'w+');
      this.fds.set(table, fd);
    }
    writeSync(fd, text);
  }

  /** Yields the spooled text of `table` piece by piece (then its unflushed tail). */
  *read(table: UniverseTable): Generator<string> {
    const fd = this.fds.get(table);
    if (fd !== undefined) {
      const buffer = Buffer.alloc(SPOOL_FLUSH_CHARS * 2);
      // The decoder carries a multi-byte character split across two reads into the next piece.
      const decoder = new StringDecoder('utf8');
      let position = 0;
      for (;;) {
        const bytesRead = readSync(fd, buffer, 0, buffer.length, position);
        if (bytesRead === 0) break;
        position += bytesRead;
        yield decoder.write(buffer.subarray(0, bytesRead));
      }
      yield decoder.end();
    }
    yield this.pending.get(table) ?? '';
  }

  dispose(): void {
    for (const fd of this.fds.values()) closeSync(fd);
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Writes a string to a stream, waiting for 'drain' so a slow pipe never buffers the universe. */
async function writeAll(destination: Writable, text: string): Promise<void> {
  if (text.length === 0) return;
  if (!destination.write(text)) {
    await new Promise<void>((resume, reject) => {
      const onDrain = (): void => {
        destination.off('error', onError);
        resume();
      };
      const onError = (error: Error): void => {
        destination.off('drain', onDrain);
        reject(error);
      };
      destination.once('drain', onDrain);
      destination.once('error', onError);
    });
  }
}

export interface JsonWriteOptions {
  preset: string;
  /** Called after each batch with the rows generated so far (progress display). */
  onBatch?: (table: UniverseTable, rowCount: number) => void;
}

export async function writeUniverseJson(plan: UniversePlan, destination: Writable, options: JsonWriteOptions): Promise<JsonWriteResult> {
  const spool = new TableSpool();
  // A destination can fail at any moment (disk full, a reader that went away): keep the first
  // error and stop at the next write, instead of an unhandled 'error' event.
  let destinationError: NodeJS.ErrnoException | null = null;
  const recordError = (error: NodeJS.ErrnoException): void => {
    destinationError ??= error;
  };
  destination.on('error', recordError);
  try {
    const fingerprint = new FingerprintBuilder();
    for (const { batch } of fingerprintedBatches(plan, fingerprint)) {
      spool.append(batch.table, batch.rows);
      options.onBatch?.(batch.table, batch.rows.length);
    }
    const { input } = plan;
    const meta = buildMeta(input, options.preset, fingerprint);
    let bytes = 0;
    const writeFailed = (error: NodeJS.ErrnoException): RuntimeError => {
      const reason = error.code === 'EPIPE' ? 'the reader closed the pipe' : error.code ?? error.message;
      return new RuntimeError(`cannot write the universe JSON (${reason})`, { cause: error });
    };
    const emit = async (text: string): Promise<void> => {
      if (destinationError) throw writeFailed(destinationError);
      bytes += Buffer.byteLength(text);
      try {
        await writeAll(destination, text);
      } catch (error) {
        throw writeFailed(error as NodeJS.ErrnoException);
      }
    };
    await emit('{\n"meta": ' + JSON.stringify(meta, null, 2));
    for (const table of UNIVERSE_TABLES) {
      await emit(`,\n"${table}": [`);
      for (const piece of spool.read(table)) await emit(piece);
      await emit(fingerprint.counts[table] > 0 ? '\n]' : ']');
    }
    await emit('\n}\n');
    return { meta, bytes };
  } finally {
    destination.off('error', recordError);
    spool.dispose();
  }
}
