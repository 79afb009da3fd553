// `route`: the shortest stargate route between two systems, by name — one name per line on
// stdout from origin to destination (--json: an array).
import type { Command } from 'commander';
import { createOutput, formatCount } from '../output.js';
import { addCommonOptions, type CommonOptions } from '../options.js';
import { addSourceOptions, readUniverseSource, type SourceOptions } from '../universe-source.js';

export function registerRoute(program: Command): void {
  const command = program
    .command('route')
    .description('shortest stargate route between two systems, by name')
    .argument('<from>', 'origin system name')
    .argument('<to>', 'destination system name');
  addSourceOptions(command);
  addCommonOptions(command);
  command.addHelpText(
    'after',
    `
Examples:
  $ echoes-universe route "Genesis Prime" Borren --seed 42          a seed previewed in memory
  $ echoes-universe route "Genesis Prime" Borren --input universe.json --json
  $ echoes-universe route "Genesis Prime" Borren --database-url postgres://localhost/echoes`,
  );
  command.action(async (from: string, to: string, options: SourceOptions & CommonOptions) => {
    const output = await createOutput(options);
    const [{ routeIn }, { requireSystems }] = await Promise.all([import('../../app/inspect.js'), import('../../app/read.js')]);
    const source = requireSystems(await readUniverseSource(options));
    const route = await routeIn(source, from, to);
    if (options.json) output.data(JSON.stringify(route) + '\n');
    else output.data(route.map((name) => name + '\n').join(''));
    output.info(formatCount(route.length - 1, 'jump'));
  });
}
