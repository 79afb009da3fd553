// `stats`: counts and distributions of a universe, with EVE Online's k-space figures beside ours.
import type { Command } from 'commander';
import { createOutput } from '../output.js';
import { addCommonOptions } from '../options.js';
import { addSourceOptions, readUniverseSource, type SourceOptions } from '../universe-source.js';
import type { CommonOptions } from '../options.js';
import { UsageError } from '../../errors.js';

/** What `--compare` can measure a universe against. */
const COMPARE_TARGETS = ['eve'] as const;

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
    const output = createOutput(options);
    if (options.compare !== undefined && !(COMPARE_TARGETS as readonly string[]).includes(options.compare)) {
      throw new UsageError(`--compare "${options.compare}" is not known; compare with: ${COMPARE_TARGETS.join(', ')}`);
    }
    const source = await readUniverseSource(options);
    const { computeStats, formatStats } = await import('../../inspect/stats.js');
    const stats = computeStats(source.tables);
    const color = output.colorEnabled && process.stdout.isTTY === true;
    const comparison = options.compare === undefined ? undefined : (await import('../../inspect/compare-eve.js')).compareWithEve(source.tables);
    if (options.json) output.data(JSON.stringify(comparison ? { ...stats, compare: comparison } : stats, null, 2) + '\n');
    else {
      const compared = comparison ? `\n\n${(await import('../../inspect/compare-eve.js')).formatComparison(comparison, { color })}` : '';
      output.data(formatStats(stats, { color }) + compared + '\n');
    }
  });
}
