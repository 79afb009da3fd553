// `wipe`: delete the universe through the schema's cascades, keeping accounts, characters and
// everything else. Asks first on a terminal; elsewhere it needs --yes.
import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import { createOutput, formatCount } from '../output.js';
import { createProgress } from '../progress.js';
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
    const output = await createOutput(options);
    const canAsk = output.interactive && !output.quiet && process.stdin.isTTY === true;
    if (!options.yes && !options.plan && !canAsk) {
      throw new UsageError('wipe deletes the whole universe; pass --yes to confirm when not on a terminal (or --plan to see what it would do)');
    }
    const target = databaseTarget(options);
    const { formatPlan, wipePrompt } = await import('../operation-report.js');
    if (options.plan) {
      const { planOnTarget } = await import('../../app/plan.js');
      const report = await planOnTarget(target, null, { detachServers: options.detachServers });
      if (options.json) output.data(JSON.stringify(report) + '\n');
      else output.info(formatPlan(report, 'none'));
      return;
    }
    const [{ wipeTarget }, { confirm }, { lockMessages }] = await Promise.all([import('../../app/wipe.js'), import('../confirm.js'), import('../lock-messages.js')]);
    const progress = createProgress(output, 'wipe', 0);
    try {
      const summary = await wipeTarget(
        target,
        { detachServers: options.detachServers },
        {
          confirmWipe: options.yes
            ? undefined
            : ({ target: where, current }) =>
                confirm(current ? wipePrompt(where, current) : `Delete the universe in ${where}? Accounts, characters and items are kept.`),
          onWipeStart: () => progress.phase('wipe'),
          ...lockMessages((line) => progress.note(line)),
        },
      );
      progress.stop();
      if (options.json) {
        output.data(JSON.stringify(summary) + '\n');
        return;
      }
      const lines = [`${output.color.green('✔')} wiped the universe in ${summary.target} (${formatCount(summary.regionsDeleted, 'region')})`];
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
    }
  });
}
