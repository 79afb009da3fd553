// `migrate`: apply pending schema migrations and the reference rows to the target database.
import type { Command } from 'commander';
import { createOutput } from '../output.js';
import { addCommonOptions, addDatabaseOptions, databaseTarget, type CommonOptions, type DatabaseOptions } from '../options.js';

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
    const applied = result.applied.length > 0 ? `applied ${result.applied.join(', ')}` : 'schema already up to date';
    output.info(`${output.color.green('✔')} ${result.target}: ${applied}; ${result.referenceRowsInserted} reference rows inserted`);
  });
}
