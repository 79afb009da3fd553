// `stats`: counts and distributions of a universe, with EVE Online's k-space figures beside ours.
import type { Command } from 'commander';
import { createOutput } from '../output.js';
import { addCommonOptions } from '../options.js';
import { addSourceOptions, readUniverseSource, type SourceOptions } from '../universe-source.js';
import type { CommonOptions } from '../options.js';

export function registerStats(program: Command): void {
  const command = program.command('stats').description('counts and distributions of the universe in a database, a dry-run file or a seed');
  addSourceOptions(command);
  addCommonOptions(command);
  command.addHelpText(
    'after',
    `
Examples:
  $ echoes-universe stats                                     the embedded database
  $ echoes-universe stats --input universe.json --json
  $ echoes-universe stats --seed 42 --preset eve              preview without any database`,
  );
  command.action(async (options: SourceOptions & CommonOptions) => {
    const output = createOutput(options);
    const source = await readUniverseSource(options);
    const { computeStats, formatStats } = await import('../../inspect/stats.js');
    const stats = computeStats(source.tables);
    if (options.json) output.data(JSON.stringify(stats, null, 2) + '\n');
    else output.data(formatStats(stats, { color: output.colorEnabled && process.stdout.isTTY === true }) + '\n');
  });
}
