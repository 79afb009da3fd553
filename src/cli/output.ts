// Terminal output, kept apart from logic: stdout carries data only (JSON, --json summaries,
// route output); messages, progress and colour go to stderr. NO_COLOR and non-TTY stderr turn
// colour off; --quiet silences messages (errors still print).
import { Chalk, type ChalkInstance } from 'chalk';

export interface Output {
  /** Colour functions, plain when colour is off. */
  readonly color: ChalkInstance;
  readonly colorEnabled: boolean;
  /** stderr is a terminal (progress bars, confirmation prompts). */
  readonly interactive: boolean;
  readonly quiet: boolean;
  readonly verbose: boolean;
  /** A message line on stderr (suppressed by --quiet). */
  info(message: string): void;
  /** A warning on stderr (shown even with --quiet). */
  warn(message: string): void;
  /** Data on stdout. */
  data(text: string): void;
}

export interface OutputOptions {
  quiet?: boolean;
  verbose?: boolean;
}

/** "1 jump", "2 jumps", "5,400 systems": a count with thousands separators and its noun, singular or plural. */
export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? singular : plural}`;
}

export function colorWanted(stream: NodeJS.WriteStream): boolean {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}

export function createOutput(options: OutputOptions = {}): Output {
  const colorEnabled = colorWanted(process.stderr);
  const color = new Chalk({ level: colorEnabled ? 1 : 0 });
  const quiet = options.quiet === true;
  return {
    color,
    colorEnabled,
    interactive: process.stderr.isTTY === true,
    quiet,
    verbose: options.verbose === true,
    info(message) {
      if (!quiet) process.stderr.write(message + '\n');
    },
    warn(message) {
      process.stderr.write(color.yellow(message) + '\n');
    },
    data(text) {
      process.stdout.write(text);
    },
  };
}
