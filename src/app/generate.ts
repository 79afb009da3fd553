// A universe without a database: in memory (the API's generateUniverse, `preview`) or as the
// dry-run JSON written to a stream (`generate --dry-run`). Both take the same rows, in the same
// order, as a load.
import type { Writable } from 'node:stream';
import { FingerprintBuilder, fingerprintedBatches } from '../format/fingerprint.js';
import { buildMeta, type UniverseMetaOut } from '../format/meta.js';
import { writeUniverseJson, type JsonWriteResult } from '../format/json-write.js';
import { emptyUniverseTables } from '../db/schema/registry.js';
import { planUniverse, type UniversePlan } from '../universe/generate.js';
import type { UniverseTable, UniverseTables } from '../universe/rows.js';
import type { ResolvedUniverseInput } from './input.js';

export interface GeneratedUniverse {
  meta: UniverseMetaOut;
  tables: UniverseTables;
}

/** Every row of the universe in memory, with the meta a dry run would print. */
export function generateInMemory(input: ResolvedUniverseInput): GeneratedUniverse {
  const tables = emptyUniverseTables();
  const fingerprint = new FingerprintBuilder();
  for (const { batch } of fingerprintedBatches(planUniverse(input), fingerprint)) {
    for (const row of batch.rows) (tables[batch.table] as object[]).push(row);
  }
  return { meta: buildMeta(input, input.preset, fingerprint), tables };
}

export interface DryRunEvents {
  /** Called after each batch of rows (progress display). */
  onBatch?: (table: UniverseTable, rowCount: number) => void;
}

/**
 * Writes the dry-run JSON of the universe to `destination`; resolves with its meta and size.
 * `plan` is the plan of `input` when the caller made it already (for its progress totals).
 */
export async function writeDryRun(input: ResolvedUniverseInput, destination: Writable, events: DryRunEvents = {}, plan: UniversePlan = planUniverse(input)): Promise<JsonWriteResult> {
  return writeUniverseJson(plan, destination, { preset: input.preset, onBatch: events.onBatch });
}
