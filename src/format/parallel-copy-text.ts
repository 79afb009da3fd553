// A plan's rows as COPY text, in the order plan.batches() yields them, made either in this thread
// or with the regions' detail made by worker threads. The loader (db/replace.ts) feeds the text
// to COPY: with PostgreSQL the server parses rows on its own process while this one generates,
// and with the embedded PGlite (which runs on this thread) the worker generates while PGlite
// ingests, so generation no longer adds to the load's time. Measured in the commit that added it.
//
// Workers get a copy of the skeleton (plain data: regions, constellations, systems) and share
// the regions out round-robin; this thread puts their messages back in region order, so the text
// and every fingerprint are the same as in-thread generation. The leading and closing batches
// (skeleton tables, wormholes) are made here: they are small and need the whole skeleton anyway.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { UniverseParams } from '../config/params.js';
import { workerModule } from '../package-root.js';
import { skeletonData, type SkeletonData, type UniversePlan } from '../universe/generate.js';
import type { UniverseTable } from '../universe/rows.js';
import { binaryCopySupported, copyBinaryOf } from './copy-binary.js';
import { copyTextOf } from './copy-text.js';

/** One batch of a table's rows as COPY text (whole lines), and as binary COPY tuples when asked for. */
export interface CopyTextBatch {
  table: UniverseTable;
  rowCount: number;
  text: string;
  /** The same rows in binary COPY format (copy-binary.ts), when binary was asked for and the table has one. */
  binary?: Uint8Array;
}

export interface CopyEncoding {
  /** Also encode each batch in binary COPY format (tables that have one: binaryCopySupported). */
  binary: boolean;
}

/** What a worker sends per region: its batches in DETAIL_STEPS order. */
export interface RegionCopyText {
  regionIndex: number;
  batches: CopyTextBatch[];
}

/** What a worker is given (structured-cloned into it). */
export interface WorkerTask {
  seed: string;
  params: UniverseParams;
  epochMs: number;
  skeleton: SkeletonData;
  regionIndices: number[];
  /** Int32 [regions consumed by the main thread]: workers wait on it to stay close. */
  consumedRegions: SharedArrayBuffer;
  lookaheadRegions: number;
  encoding: CopyEncoding;
}

/**
 * Regions a worker may run ahead of the consumer: enough that a worker keeps generating while the
 * consumer's database ingests a few chunks (an eve region is ≈ 0.8 MB of text), few enough to bound
 * memory. Measured here (eve into PGlite, time the consumer waited for workers): 1.1 s with 2
 * regions, 0.21 s with 4, 0.14 s with 8, 0.12 s with 16.
 */
const LOOKAHEAD_REGIONS_PER_WORKER = 8;

/**
 * A worker's young generation: its rows die young, and V8's default lets garbage pile up first.
 * Measured here (eve into a new embedded data dir, peak RSS of the process, 3 runs each): 415–467 MB
 * by default, 406–415 MB with 12 MB, 381–406 MB with 4 MB (a little slower); time unchanged at 12.
 */
const WORKER_YOUNG_GENERATION_MB = 12;

const WORKER_URL = workerModule('format/copy-text-worker.js');

/** Worker threads worth starting on this machine: one per core beyond this thread's, at most `cap`. */
export function generationWorkersFor(cap: number): number {
  return Math.max(0, Math.min(cap, availableParallelism() - 1));
}

const TEXT_ONLY: CopyEncoding = { binary: false };

/** A consumer waiting for producers that run on their own (worker messages, event-loop turns). */
function wakeup(): { notify(): void; next(): Promise<void> } {
  let wake: (() => void) | null = null;
  return {
    notify() {
      wake?.();
      wake = null;
    },
    next: () => new Promise<void>((resolve) => (wake = resolve)),
  };
}

/** A batch of rows encoded as `encoding` asks. */
export function encodeBatch(table: UniverseTable, rows: readonly object[], encoding: CopyEncoding): CopyTextBatch {
  const batch: CopyTextBatch = { table, rowCount: rows.length, text: copyTextOf(table, rows) };
  if (encoding.binary && binaryCopySupported(table)) batch.binary = copyBinaryOf(table, rows);
  return batch;
}

function* batchesAsText(batches: Iterable<{ table: UniverseTable; rows: readonly object[] }>, encoding: CopyEncoding): Generator<CopyTextBatch> {
  for (const batch of batches) yield encodeBatch(batch.table, batch.rows, encoding);
}

/** The plan's batches as COPY text, made in this thread. */
export function* copyTextInThread(plan: Pick<UniversePlan, 'batches'>, encoding: CopyEncoding = TEXT_ONLY): Generator<CopyTextBatch> {
  yield* batchesAsText(plan.batches(), encoding);
}

/**
 * Characters (or bytes) of made, unconsumed batches at which copyTextInBackground waits for its
 * consumer: a slow server then holds back generation instead of letting every row of a large
 * universe pile up in memory (two 8 MB COPY statements' worth).
 */
export const BACKGROUND_HELD_CHARS = 16 << 20;

/**
 * The plan's batches encoded on this thread in the event loop's idle moments, starting now (one
 * region between two turns of the loop): a small universe's rows are made while the database
 * answers the load's first queries (migrate, locks) instead of after them. Made batches wait for
 * the consumer up to `heldChars` of them; then making waits too. A failure is thrown to the consumer.
 */
export function copyTextInBackground(
  plan: Pick<UniversePlan, 'batches'>,
  encoding: CopyEncoding = TEXT_ONLY,
  heldChars = BACKGROUND_HELD_CHARS,
): AsyncIterable<CopyTextBatch> {
  const made: (CopyTextBatch | undefined)[] = [];
  let held = 0;
  let finished = false;
  let failure: unknown = null;
  const { notify, next: madeMore } = wakeup();
  const { notify: notifyTaken, next: taken } = wakeup();
  const sizeOf = (batch: CopyTextBatch): number => batch.text.length + (batch.binary?.length ?? 0);
  void (async () => {
    try {
      for (const batch of plan.batches()) {
        const encoded = encodeBatch(batch.table, batch.rows, encoding);
        made.push(encoded);
        held += sizeOf(encoded);
        notify();
        await new Promise<void>((resume) => setImmediate(resume));
        while (held >= heldChars) await taken();
      }
    } catch (error) {
      failure = error;
    } finally {
      finished = true;
      notify();
    }
  })();
  return {
    async *[Symbol.asyncIterator](): AsyncGenerator<CopyTextBatch> {
      for (let next = 0; ;) {
        if (next < made.length) {
          const batch = made[next] as CopyTextBatch;
          made[next++] = undefined; // consumed: its text can go
          held -= sizeOf(batch);
          notifyTaken();
          yield batch;
        } else if (failure !== null) {
          throw failure;
        } else if (finished) {
          return;
        } else {
          await madeMore();
        }
      }
    },
  };
}

/**
 * The plan's batches as COPY text, the regions made by `workerCount` worker threads (0: in this
 * thread). Stopping early (return/throw in the consumer) terminates the workers.
 */
export async function* copyTextInWorkers(
  plan: Pick<UniversePlan, 'input' | 'regionCount' | 'parts' | 'batches'>,
  workerCount: number,
  encoding: CopyEncoding = TEXT_ONLY,
): AsyncGenerator<CopyTextBatch> {
  if (workerCount <= 0 || plan.regionCount === 0) {
    yield* copyTextInThread(plan, encoding);
    return;
  }
  const { skeleton, epochMs } = plan.parts;
  const consumedRegions = new SharedArrayBuffer(4);
  const consumed = new Int32Array(consumedRegions);
  const arrived = new Map<number, CopyTextBatch[]>();
  let failure: Error | null = null;
  const { notify, next: arrival } = wakeup();

  const workers: Worker[] = [];
  const count = Math.min(workerCount, plan.regionCount);
  const data = skeletonData(skeleton);
  const regions = Array.from({ length: plan.regionCount }, (_, r) => r);
  for (let k = 0; k < count; k++) {
    const task: WorkerTask = {
      seed: plan.input.seed,
      params: plan.input.params,
      epochMs,
      skeleton: data,
      regionIndices: regions.filter((r) => r % count === k),
      consumedRegions,
      lookaheadRegions: LOOKAHEAD_REGIONS_PER_WORKER * count,
      encoding,
    };
    const worker = new Worker(WORKER_URL, { workerData: task, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
    worker.on('message', (message: RegionCopyText) => {
      arrived.set(message.regionIndex, message.batches);
      notify();
    });
    worker.on('error', (error) => {
      failure ??= error;
      notify();
    });
    worker.on('exit', (code) => {
      if (code !== 0) failure ??= new Error(`a generation worker stopped with exit code ${code}`);
      notify();
    });
    workers.push(worker);
  }

  try {
    yield* batchesAsText(plan.parts.leading(), encoding);
    for (let r = 0; r < plan.regionCount; r++) {
      let batches = arrived.get(r);
      while (batches === undefined) {
        if (failure) throw failure;
        await arrival();
        batches = arrived.get(r);
      }
      arrived.delete(r);
      yield* batches;
      Atomics.store(consumed, 0, r + 1);
      Atomics.notify(consumed, 0);
    }
    yield* batchesAsText(plan.parts.closing(), encoding);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
