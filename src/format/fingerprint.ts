// The universe fingerprint: a sha256 that changes when any row of any universe table changes.
// Rows are hashed as their COPY text lines (exactly what the database holds), one running hash per
// table in generation order, so it can be computed while rows stream past — no table is held.
// fingerprint = sha256 over "<table>:<row count>:<sha256 of its lines>\n" for the ten tables in
// parent-first order.
import { createHash, type Hash } from 'node:crypto';
import { UNIVERSE_TABLES, type UniverseTable } from '../universe/rows.js';
import { copyTextOf } from './universe-columns.js';

export type TableCounts = Record<UniverseTable, number>;

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
