// `verify`: check every invariant of PRODUCT.md R4 and every schema constraint; exit 1 listing
// each violation, exit 0 when all hold. A dry-run file or a seed is judged by the parameters it
// was generated with (verifyOptionsFromConfig); a database, which keeps none, by the defaults
// or by the --config it was generated with.
import type { Command } from 'commander';
import { RuntimeError } from '../../errors.js';
import { createOutput, formatCount } from '../output.js';
import { addCommonOptions, type CommonOptions } from '../options.js';
import { addSourceOptions, readUniverseSource, type SourceOptions } from '../universe-source.js';

const LISTED_VIOLATIONS = 50;

export function registerVerify(program: Command): void {
  const command = program
    .command('verify')
    .description('check every universe invariant on a database, a dry-run file or a seed; exit 1 on any violation')
    .option('--no-shape', 'skip the statistical shape checks (degree, dead ends, edge and security mix)');
  addSourceOptions(command);
  addCommonOptions(command);
  command.addHelpText(
    'after',
    `
Examples:
  $ echoes-universe verify --database-url postgres://localhost/echoes
  $ echoes-universe verify --config my-galaxy.json              a database loaded with these parameters
  $ echoes-universe verify --input universe.json
  $ echoes-universe verify --seed 42 --preset eve --json`,
  );
  command.action(async (options: SourceOptions & CommonOptions & { shape: boolean }) => {
    const output = await createOutput(options);
    const { verifySource } = await import('../../app/inspect.js');
    const source = await readUniverseSource(options);
    const result = await verifySource(source, { shape: options.shape });
    const { violations } = result;
    if (options.json) output.data(JSON.stringify(result, null, 2) + '\n');
    if (violations.length === 0) {
      if (!options.json) output.info(`${output.color.green('✔')} ${source.description}: every invariant holds`);
      return;
    }
    if (!options.json) {
      for (const violation of violations.slice(0, LISTED_VIOLATIONS)) {
        process.stderr.write(`  ${output.color.red('✖')} [${violation.rule}] ${violation.message}\n`);
      }
      if (violations.length > LISTED_VIOLATIONS) process.stderr.write(`  … and ${violations.length - LISTED_VIOLATIONS} more (use --json for all)\n`);
    }
    // A database keeps no generation parameters: one loaded with --config is judged by the
    // defaults unless the same --config (and --preset, --scale) is given again.
    const fromDatabase = options.input === undefined && options.seed === undefined;
    const hint = fromDatabase && options.config === undefined ? '; if it was loaded with --config, pass the same --config (and --preset) to verify' : '';
    throw new RuntimeError(`${source.description}: ${formatCount(violations.length, 'invariant violation')}${hint}`);
  });
}
