// The command-line entry point: assembles the commands and turns thrown errors into exit codes
// (0 success, 1 runtime failure, 2 usage or input error). The only place that decides an exit code.
import { Command, CommanderError } from 'commander';
import { RuntimeError, UsageError } from '../errors.js';
import { packageVersion } from '../version.js';
import { registerGenerate } from './commands/generate.js';
import { registerMigrate } from './commands/migrate.js';
import { registerWipe } from './commands/wipe.js';
import { registerStats } from './commands/stats.js';
import { registerVerify } from './commands/verify.js';
import { registerMap } from './commands/map.js';
import { registerRoute } from './commands/route.js';
import { colorWanted } from './output.js';

export function buildProgram(): Command {
  const program = new Command('echoes-universe')
    .description('Generate the universe of Echoes of Imperial from a seed and load it into its PostgreSQL database.')
    .version(packageVersion(), '-V, --version', 'print the version')
    .showSuggestionAfterError(true)
    .addHelpText(
      'after',
      `
Examples:
  $ echoes-universe generate --seed 42                      load into ./.echoes/pgdata (embedded)
  $ echoes-universe generate --seed 42 --dry-run --out u.json
  $ DATABASE_URL=postgres://localhost/echoes echoes-universe generate --seed 42 --replace
  $ echoes-universe map --seed 42 --out galaxy.svg
  $ echoes-universe route "Genesis Prime" Fenren --seed 42`,
    );
  registerGenerate(program);
  registerMigrate(program);
  registerWipe(program);
  registerStats(program);
  registerVerify(program);
  registerMap(program);
  registerRoute(program);
  return program;
}

/** Commander reports usage problems through CommanderError; everything routes to exit codes here. */
function configureErrors(command: Command): void {
  command.exitOverride();
  command.configureOutput({
    writeErr: (text) => process.stderr.write(text),
    outputError: () => undefined, // printed once by main() below, in our format
  });
  for (const sub of command.commands) configureErrors(sub);
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  configureErrors(program);
  const verbose = argv.includes('--verbose');
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    return reportError(error, verbose);
  }
}

function reportError(error: unknown, verbose: boolean): number {
  const red = (text: string): string => (colorWanted(process.stderr) ? `\u001b[31m${text}\u001b[39m` : text);
  if (error instanceof CommanderError) {
    // --help and --version end through here too, successfully.
    if (error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return 0;
    // No command at all: commander has printed the help on stderr already.
    if (error.code === 'commander.help') return 2;
    // One line: commander's "(Did you mean …?)" hint joins the message.
    const message = error.message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ').trim();
    process.stderr.write(red(`error: ${message}`) + '\n' + '(run with --help for usage)\n');
    return 2;
  }
  if (error instanceof UsageError || error instanceof RuntimeError) {
    process.stderr.write(red(`error: ${error.message}`) + '\n');
    if (verbose && error.cause instanceof Error && error.cause.stack) process.stderr.write(error.cause.stack + '\n');
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(red(`error: unexpected failure: ${message}`) + (verbose ? '' : ' (run with --verbose for details)') + '\n');
  if (verbose && error instanceof Error && error.stack) process.stderr.write(error.stack + '\n');
  return 1;
}
