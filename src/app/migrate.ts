// `migrate` and the API's migrateDatabase: apply pending schema migrations and the reference rows.
import { migrate } from '../db/migrate.js';
import { withTarget, type TargetOptions } from './target.js';

export interface MigrateResult {
  target: string;
  /**
   * Migrations the database gained through this call, oldest first (empty when the schema was up
   * to date); for a new embedded database, the ones it was created with (see fromTemplate) first.
   */
  applied: string[];
  /** Reference rows the database gained through this call (for a new embedded database, all of them). */
  referenceRowsInserted: number;
  /**
   * Only when this call created a new embedded database from the package's pre-migrated template:
   * the leading part of `applied` it was created with (their SQL ran when the package was built).
   */
  fromTemplate?: string[];
}

export async function migrateTarget(target: TargetOptions): Promise<MigrateResult> {
  return withTarget(target, async (db) => ({ target: db.description, ...(await migrate(db)) }));
}
