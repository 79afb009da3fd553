// `wipe`: delete the universe through the schema's cascades, keeping accounts, characters and
// everything else. Asks first on a terminal; elsewhere it needs --yes.
import type { Command } from 'commander';
import { RuntimeError, UsageError } from '../../errors.js';
import { connect } from '../../db/connect.js';
import { wipeDatabase } from '../../db/replace.js';
import { createOutput, formatCount } from '../output.js';
import { confirm } from '../confirm.js';
import { addCommonOptions, addDatabaseOptions, databaseTarget, type CommonOptions, type DatabaseOptions } from '../options.js';

interface WipeCommandOptions extends DatabaseOptions, CommonOptions {
  yes?: boolean;
  detachServers?: boolean;
}

export function registerWipe(program: Command): void {
  const command = program
    .command('wipe')
    .description('delete the universe (cascading), keep accounts, characters, items and everything else')
    .option('--yes', 'do not ask for confirmation (required when not on a terminal)')
    .option('--detach-servers', 'set game servers\' system/region to NULL instead of refusing');
  addDatabaseOptions(command);
  addCommonOptions(command);
  command.addHelpText(
    'after',
    `
Examples:
  $ echoes-universe wipe                                      asks before deleting
  $ echoes-universe wipe --yes --detach-servers --database-url postgres://localhost/echoes`,
  );
  command.action(async (options: WipeCommandOptions) => {
    const output = createOutput(options);
    if (!options.yes) {
      if (!(output.interactive && process.stdin.isTTY)) throw new UsageError('wipe deletes the whole universe; pass --yes to confirm when not on a terminal');
      if (!(await confirm('Delete the whole universe? Characters, items and accounts are kept.'))) {
        throw new RuntimeError('wipe cancelled; nothing was changed');
      }
    }
    const db = await connect(databaseTarget(options));
    try {
      const summary = await wipeDatabase(db, {
        detachServers: options.detachServers,
        onWaitingForLock: () => output.info('another echoes-universe is writing this database; waiting for it to finish…'),
      });
      if (options.json) {
        output.data(JSON.stringify({ target: db.description, ...summary }) + '\n');
        return;
      }
      const lines = [`${output.color.green('✔')} wiped the universe in ${db.description} (${formatCount(summary.regionsDeleted, 'region')})`];
      if (summary.serversDetached.length > 0) lines.push(`  detached game servers: ${summary.serversDetached.join(', ')}`);
      if (summary.homelessCharacters > 0) {
        const pilots = formatCount(summary.homelessCharacters, 'pilot');
        lines.push(`  ${pilots} ${summary.homelessCharacters === 1 ? 'has' : 'have'} no location now; the next generate docks them at the starter station`);
      }
      if (summary.strandedAssets > 0) lines.push(`  ${formatCount(summary.strandedAssets, 'asset')} ${summary.strandedAssets === 1 ? 'sits' : 'sit'} in stations that no longer exist; the next generate moves them too`);
      output.info(lines.join('\n'));
    } finally {
      await db.close();
    }
  });
}
