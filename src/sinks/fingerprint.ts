// The universe fingerprint: a sha256 that changes when any row of any universe table changes.
// Rows are hashed as their COPY text lines (exactly what the database holds), one running hash per
// table in generation order, so it can be computed while rows stream past — no table is held.
// fingerprint = sha256 over "<table>:<row count>:<sha256 of its lines>\n" for the ten tables in
// parent-first order.
import { createHash, type Hash } from 'node:crypto';
import { UNIVERSE_TABLES, type UniverseTable } from '../universe/rows.js';

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

  digest(): string {
    const summary = UNIVERSE_TABLES.map(
      (table) => `${table}:${this.counts[table]}:${(this.hashes.get(table) as Hash).digest('hex')}\n`,
    ).join('');
    return createHash('sha256').update(summary).digest('hex');
  }
}
