// Terminal output, kept apart from logic: stdout carries data only (JSON, --json summaries,
// route output); messages, progress and colour go to stderr. NO_COLOR and non-TTY stderr turn
// colour off; --quiet silences messages (errors still print).
// Start-up is most of a small run's time (PRODUCT.md R8): chalk is imported only when colour is
// on, and counts are grouped by hand, since the first toLocaleString initialises ICU (≈ 10 ms).

/** The colours the CLI uses (chalk's, at level 1); plain functions when colour is off. */
export interface Palette {
  green(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

const PLAIN: Palette = { green: plain, red: plain, yellow: plain, dim: plain, bold: plain };

function plain(text: string): string {
  return text;
}

export interface Output {
  /** Colour functions, plain when colour is off. */
  readonly color: Palette;
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

/**
 * An integer with thousands separators, exactly as toLocaleString('en-US') writes it ("5,400",
 * "-1,000"), without initialising ICU; anything but a safe integer (or -0) is left to toLocaleString.
 */
export function formatInteger(value: number): string {
  if (!Number.isSafeInteger(value) || Object.is(value, -0)) return value.toLocaleString('en-US');
  const grouped = String(Math.abs(value)).replace(/\B(?=(\d{3})+$)/g, ',');
  return value < 0 ? `-${grouped}` : grouped;
}

/** "1 jump", "2 jumps", "5,400 systems": a count with thousands separators and its noun, singular or plural. */
export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatInteger(count)} ${count === 1 ? singular : plural}`;
}

export function colorWanted(stream: NodeJS.WriteStream): boolean {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}

export async function createOutput(options: OutputOptions = {}): Promise<Output> {
  const colorEnabled = colorWanted(process.stderr);
  const color: Palette = colorEnabled ? new (await import('chalk')).Chalk({ level: 1 }) : PLAIN;
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
