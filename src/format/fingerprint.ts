// The universe fingerprint: a sha256 that changes when any row of any universe table changes.
// Rows are hashed as their COPY text lines (exactly what the database holds), one running hash per
// table in generation order, so it can be computed while rows stream past — no table is held.
// fingerprint = sha256 over "<table>:<row count>:<sha256 of its lines>\n" for the ten tables in
// parent-first order.
import { createHash, type Hash } from 'node:crypto';
import { assertCoversUniverse, UNIVERSE_TABLES } from '../db/schema/registry.js';
import type { UniversePlan } from '../universe/generate.js';
import type { RowBatch, UniverseTable } from '../universe/rows.js';
import { copyTextOf } from './copy-text.js';

export type TableCounts = Record<UniverseTable, number>;

/** Rows of every table together. */
export function totalRows(counts: TableCounts): number {
  return Object.values(counts).reduce((sum, count) => sum + count, 0);
}

export class FingerprintBuilder {
  private readonly hashes = new Map<UniverseTable, Hash>();
  readonly counts: TableCounts;

  constructor() {
    this.counts = Object.fromEntries(UNIVERSE_TABLES.map((table) => [table, 0])) as TableCounts;
    for (const table of UNIVERSE_TABLES) this.hashes.set(table, createHash('sha256'));
  }

  /** Adds a block of COPY text holding `rowCount` rows of `table`. */
  add(table: UniverseTable, copyText: string, rowCount: number): void {
    (this.hashes.get(table) as Hash).update(copyText);
    this.counts[table] += rowCount;
  }

  private digested: string | undefined;

  /** Adds rows of `table` as COPY text; returns that text (the loader sends the same lines). */
  addRows(table: UniverseTable, rows: readonly object[]): string {
    const text = copyTextOf(table, rows);
    this.add(table, text, rows.length);
    return text;
  }

  /** The fingerprint of everything added so far (once asked, the builder is finished). */
  digest(): string {
    if (this.digested !== undefined) return this.digested;
    const summary = UNIVERSE_TABLES.map(
      (table) => `${table}:${this.counts[table]}:${(this.hashes.get(table) as Hash).digest('hex')}\n`,
    ).join('');
    this.digested = createHash('sha256').update(summary).digest('hex');
    return this.digested;
  }
}

/** A batch as it streams past a sink: its rows and their COPY text (already fingerprinted). */
export interface FingerprintedBatch {
  batch: RowBatch;
  copyText: string;
}

/**
 * The one walk over a plan that every sink takes (dry-run JSON, COPY loader, in-memory API):
 * each batch is fingerprinted as it passes. It first checks that the generator's steps cover
 * every table of the schema's registry, so a table declared and never generated fails loudly
 * instead of loading empty under a fingerprint that looks fine.
 */
export function* fingerprintedBatches(plan: Pick<UniversePlan, 'tables' | 'batches'>, fingerprint: FingerprintBuilder): Generator<FingerprintedBatch> {
  assertCoversUniverse('the generator', plan.tables);
  for (const batch of plan.batches()) {
    yield { batch, copyText: fingerprint.addRows(batch.table, batch.rows) };
  }
}
