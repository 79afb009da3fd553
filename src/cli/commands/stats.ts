// `stats`: counts and distributions of a universe, with EVE Online's k-space figures beside ours.
import type { Command } from 'commander';
import { createOutput } from '../output.js';
import { addCommonOptions } from '../options.js';
import { addSourceOptions, readUniverseSource, type SourceOptions } from '../universe-source.js';
import type { CommonOptions } from '../options.js';
import { UsageError } from '../../errors.js';
import type { CompareTarget } from '../../app/inspect.js';

interface StatsOptions extends SourceOptions, CommonOptions {
  compare?: string;
}

export function registerStats(program: Command): void {
  const command = program.command('stats').description('counts and distributions of the universe in a database, a dry-run file or a seed');
  addSourceOptions(command);
  command.option('--compare <target>', "also print the network's structure (routes, hubs, pipes, triangles, security borders) beside EVE's k-space; target: eve");
  addCommonOptions(command);
  command.addHelpText(
    'after',
    `
Examples:
  $ echoes-universe stats                                     the embedded database
  $ echoes-universe stats --input universe.json --json
  $ echoes-universe stats --seed 42 --preset eve              preview without any database
  $ echoes-universe stats --seed 42 --preset eve --compare eve    how it plays against EVE's k-space`,
  );
  command.action(async (options: StatsOptions) => {
    const output = await createOutput(options);
    const { COMPARE_TARGETS, statsOf } = await import('../../app/inspect.js');
    if (options.compare !== undefined && !(COMPARE_TARGETS as readonly string[]).includes(options.compare)) {
      throw new UsageError(`--compare "${options.compare}" is not known; compare with: ${COMPARE_TARGETS.join(', ')}`);
    }
    const source = await readUniverseSource(options);
    const { compare, ...stats } = await statsOf(source, { compare: options.compare as CompareTarget | undefined });
    if (options.json) {
      output.data(JSON.stringify(compare ? { ...stats, compare } : stats, null, 2) + '\n');
      return;
    }
    const color = output.colorEnabled && process.stdout.isTTY === true;
    const { formatStats } = await import('../../inspect/stats.js');
    const compared = compare ? `\n\n${(await import('../../inspect/compare-eve.js')).formatComparison(compare, { color })}` : '';
    output.data(formatStats(stats, { color }) + compared + '\n');
  });
}
