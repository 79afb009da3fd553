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
import { registerPreview } from './commands/preview.js';
import { colorWanted } from './output.js';
import { InterruptedError } from './interrupt.js';
import { redactSecrets } from '../redact.js';
import { flagName } from './flags.js';

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
  $ echoes-universe route "Genesis Prime" Borren --seed 42
  $ echoes-universe preview --seed 42 --config my.json       live map in the browser`,
    );
  registerGenerate(program);
  registerMigrate(program);
  registerWipe(program);
  registerStats(program);
  registerVerify(program);
  registerMap(program);
  registerRoute(program);
  registerPreview(program);
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

/**
 * A reader that goes away early (`… | head`, a closed pipe) is not a failure of this tool: the
 * rest of stdout is dropped instead of crashing on an unhandled EPIPE. A dry run's JSON writer
 * still notices it (its own listener) and says the universe was not written in full.
 */
function ignoreClosedStdout(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

export async function main(argv: string[]): Promise<number> {
  ignoreClosedStdout();
  const program = buildProgram();
  configureErrors(program);
  // Options that shape how an error is reported are read from argv itself: the error may be
  // that the other options did not parse.
  const options = commandLineOf(argv);
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    return reportError(error, options);
  }
}

interface ReportOptions {
  verbose: boolean;
  /** `--json`: the error is a JSON object on stderr, {"error": {"code", "message"}}. */
  json: boolean;
}

/** --verbose and --json as given before a `--` (after it they are arguments, e.g. a system name). */
function commandLineOf(argv: string[]): ReportOptions {
  const end = argv.indexOf('--');
  const flags = end < 0 ? argv : argv.slice(0, end);
  return { verbose: flags.includes('--verbose'), json: flags.includes('--json') };
}

/**
 * What went wrong, in one sentence, its exit code and a stable code for machines: `usage`
 * (exit 2), `runtime` (exit 1) or `unexpected` (exit 1, a bug); an error that carries its own
 * string `key` (a named database failure, say) gives that instead.
 */
interface Failure {
  code: string;
  message: string;
  /** The option the error is about, by its flag (--json errors carry it as "option"). */
  option?: string;
  exitCode: number;
  /** Printed after the message (with its own leading space or newline), in text mode only. */
  hint?: string;
  /** The stack to print with --verbose. */
  stack?: string;
  /** Printed as it is, without "error: " (the interruption line). */
  plain?: boolean;
}

function describeFailure(error: unknown, verbose: boolean): Failure | null {
  const ownKey = (fallback: string): string => {
    const key = (error as { key?: unknown }).key;
    return typeof key === 'string' ? key : fallback;
  };
  if (error instanceof CommanderError) {
    // --help and --version end through here too, successfully.
    if (error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return null;
    // One line: commander's "(Did you mean …?)" hint joins the message.
    const message = error.message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ').trim();
    return { code: 'usage', message, exitCode: 2, hint: '\n(run with --help for usage)' };
  }
  if (error instanceof InterruptedError) {
    return { code: error.key, message: error.message, exitCode: error.exitCode, plain: true };
  }
  if (error instanceof UsageError || error instanceof RuntimeError) {
    const stack = error.cause instanceof Error ? error.cause.stack : undefined;
    // Errors below the CLI name options as the API does; the command line names them by flag.
    const option = error.option === undefined ? undefined : flagName(error.option);
    return { code: ownKey(error instanceof UsageError ? 'usage' : 'runtime'), message: error.messageNaming(flagName), option, exitCode: error.exitCode, stack };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    code: ownKey('unexpected'),
    message: `unexpected failure: ${message}`,
    exitCode: 1,
    hint: verbose ? undefined : ' (run with --verbose for details)',
    stack: error instanceof Error ? error.stack : undefined,
  };
}

function reportError(error: unknown, options: ReportOptions): number {
  // No command at all: commander has printed the help on stderr already.
  if (error instanceof CommanderError && error.code === 'commander.help') return 2;
  const failure = describeFailure(error, options.verbose);
  if (failure === null) return 0;
  // Whatever is printed — our sentence, a driver's message, a stack trace — loses any password.
  const write = (text: string): void => {
    process.stderr.write(redactSecrets(text));
  };
  if (options.json) {
    const option = failure.option === undefined ? {} : { option: failure.option };
    write(JSON.stringify({ error: { code: failure.code, message: failure.message, ...option } }) + '\n');
  } else {
    const red = (text: string): string => (colorWanted(process.stderr) ? `\u001b[31m${text}\u001b[39m` : text);
    write((failure.plain ? failure.message : red(`error: ${failure.message}`)) + (failure.hint ?? '') + '\n');
  }
  if (options.verbose && failure.stack) write(failure.stack + '\n');
  return failure.exitCode;
}
