// A worker thread of parallel-copy-text.ts: it makes the detail rows of its share of the regions
// and sends them back as COPY text, one message per region. It gets a copy of the plan's skeleton
// (plain data) and the seed, so its rows are the ones plan.batches() makes for those regions
// (generation is pure in seed, skeleton and place path).
//
// It runs at most `lookaheadRegions` regions ahead of what the main thread has consumed (a shared
// counter it waits on), so a universe of any size holds only a few regions of text in memory.
import { parentPort, workerData } from 'node:worker_threads';
import { regionBatches, skeletonOf } from '../universe/generate.js';
import { encodeBatch, type RegionCopyText, type WorkerTask } from './parallel-copy-text.js';

const task = workerData as WorkerTask;
const skeleton = skeletonOf(task, task.skeleton);
const space = skeleton.space;
const consumed = new Int32Array(task.consumedRegions);

/** Blocks this thread (never the main one) until region `regionIndex` is close enough to the consumer. */
function waitForRoom(regionIndex: number): void {
  for (;;) {
    const done = Atomics.load(consumed, 0);
    if (regionIndex - done < task.lookaheadRegions) return;
    Atomics.wait(consumed, 0, done);
  }
}

for (const regionIndex of task.regionIndices) {
  waitForRoom(regionIndex);
  const message: RegionCopyText = { regionIndex, batches: [] };
  const transfer: ArrayBuffer[] = [];
  for (const batch of regionBatches(skeleton, regionIndex, space, task.epochMs)) {
    const encoded = encodeBatch(batch.table, batch.rows, task.encoding);
    // Binary tuples move to the main thread without a copy (their buffers are never pooled).
    if (encoded.binary) transfer.push(encoded.binary.buffer as ArrayBuffer);
    message.batches.push(encoded);
  }
  parentPort!.postMessage(message, transfer);
}
