// `migrate` and the API's migrateDatabase: apply pending schema migrations and the reference rows.
import { migrate } from '../db/migrate.js';
import { withTarget, type TargetOptions } from './target.js';

export interface MigrateResult {
  target: string;
  /** Migrations applied now (empty when the schema was up to date). */
  applied: string[];
  referenceRowsInserted: number;
}

export async function migrateTarget(target: TargetOptions): Promise<MigrateResult> {
  return withTarget(target, async (db) => ({ target: db.description, ...(await migrate(db)) }));
}
