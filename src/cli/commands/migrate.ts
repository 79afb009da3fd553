// `migrate`: apply pending schema migrations and the reference rows to the target database; a new
// embedded database, created already migrated (db/pglite/template.ts), says what it was created with.
import type { Command } from 'commander';
import type { MigrateResult } from '../../app/migrate.js';
import { createOutput } from '../output.js';
import { addCommonOptions, addDatabaseOptions, databaseTarget, type CommonOptions, type DatabaseOptions } from '../options.js';

/** What migrate did, in words: a new embedded database says which migrations it was created with. */
function describeMigration(result: Pick<MigrateResult, 'applied' | 'referenceRowsInserted' | 'fromTemplate'>): string {
  const reference = `${result.referenceRowsInserted} reference rows`;
  if (result.fromTemplate) {
    const appliedNow = result.applied.slice(result.fromTemplate.length);
    const then = appliedNow.length > 0 ? `, then applied ${appliedNow.join(', ')}` : '';
    return `new database, created with migrations ${result.fromTemplate.join(', ') || '(none)'} (pre-migrated template)${then}; ${reference}`;
  }
  const applied = result.applied.length > 0 ? `applied ${result.applied.join(', ')}` : 'schema already up to date';
  return `${applied}; ${reference} inserted`;
}

export function registerMigrate(program: Command): void {
  const command = program.command('migrate').description('apply the schema migrations (drizzle/) and reference rows to the target database');
  addDatabaseOptions(command);
  addCommonOptions(command);
  command.addHelpText(
    'after',
    `
Examples:
  $ echoes-universe migrate                                   the embedded database in ./.echoes/pgdata
  $ echoes-universe migrate --database-url postgres://localhost:5432/echoes`,
  );
  command.action(async (options: DatabaseOptions & CommonOptions) => {
    const output = await createOutput(options);
    const { migrateTarget } = await import('../../app/migrate.js');
    const result = await migrateTarget(databaseTarget(options));
    if (options.json) {
      output.data(JSON.stringify(result) + '\n');
      return;
    }
    output.info(`${output.color.green('✔')} ${result.target}: ${describeMigration(result)}`);
  });
}
