// `wipe`: delete the universe through the schema's cascades, keeping accounts, characters and
// everything else. Asks first on a terminal; elsewhere it needs --yes.
import type { Command } from 'commander';
import { RuntimeError, UsageError } from '../../errors.js';
import { connect } from '../../db/connect.js';
import { wipeDatabase } from '../../db/replace.js';
import { createOutput, formatCount } from '../output.js';
import { confirm } from '../confirm.js';
import { createProgress } from '../progress.js';
import { formatPlan, wipePrompt } from '../operation-report.js';
import { planOperation } from '../../app/plan.js';
import { describeUniverseInDatabase } from '../../db/universe-label.js';
import { lockMessages } from '../lock-messages.js';
import { addCommonOptions, addDatabaseOptions, databaseTarget, type CommonOptions, type DatabaseOptions } from '../options.js';

interface WipeCommandOptions extends DatabaseOptions, CommonOptions {
  yes?: boolean;
  detachServers?: boolean;
  plan?: boolean;
}

export function registerWipe(program: Command): void {
  const command = program
    .command('wipe')
    .description('delete the universe (cascading), keep accounts, characters, items and everything else')
    .option('--yes', 'do not ask for confirmation (required when not on a terminal)')
    .option('--detach-servers', 'set game servers\' system/region to NULL instead of refusing')
    .option('--plan', 'print what the wipe would do (rows, pilots, items, servers) and change nothing');
  addDatabaseOptions(command);
  addCommonOptions(command);
  command.addHelpText(
    'after',
    `
Examples:
  $ echoes-universe wipe                                      asks before deleting
  $ echoes-universe wipe --plan                               what would be deleted?
  $ echoes-universe wipe --yes --detach-servers --database-url postgres://localhost/echoes`,
  );
  command.action(async (options: WipeCommandOptions) => {
    const output = createOutput(options);
    const canAsk = output.interactive && !output.quiet && process.stdin.isTTY === true;
    if (!options.yes && !options.plan && !canAsk) {
      throw new UsageError('wipe deletes the whole universe; pass --yes to confirm when not on a terminal (or --plan to see what it would do)');
    }
    const db = await connect(databaseTarget(options));
    const progress = createProgress(output, 'wipe', 0);
    try {
      if (options.plan) {
        const report = await planOperation(db, null, { detachServers: options.detachServers });
        if (options.json) output.data(JSON.stringify(report) + '\n');
        else output.info(formatPlan(report, 'none'));
        return;
      }
      if (!options.yes) {
        const current = await describeUniverseInDatabase(db).catch(() => null);
        const question = current ? wipePrompt(db.description, current) : `Delete the universe in ${db.description}? Accounts, characters and items are kept.`;
        if (!(await confirm(question))) throw new RuntimeError('wipe cancelled; nothing was changed');
      }
      progress.phase('wipe');
      const summary = await wipeDatabase(db, {
        detachServers: options.detachServers,
        ...lockMessages((line) => progress.note(line)),
      });
      progress.stop();
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
      if (summary.strandedAssets > 0) {
        lines.push(`  ${formatCount(summary.strandedAssets, 'item')} ${summary.strandedAssets === 1 ? 'sits' : 'sit'} in stations that no longer exist; the next generate moves them too`);
      }
      output.info(lines.join('\n'));
    } catch (error) {
      progress.fail();
      throw error;
    } finally {
      await db.close();
    }
  });
}
