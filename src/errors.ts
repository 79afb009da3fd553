// Typed errors: handlers throw them, and only the CLI entry point turns them into exit codes
// (2 for usage or input errors, 1 for runtime failures). Messages are one sentence saying what
// was wrong and what to do; they never contain a password.
//
// An error about one option carries the option's key (`epoch`, `dataDir`, …) and a sentence with
// a hole where the option's name goes. Below the CLI nothing knows flag spellings: the API's
// callers read "epoch …" or "pass detachServers: true", and the CLI fills the hole with
// "--epoch" or "--detach-servers" (cli/flags.ts).

/** The options an error can be about: the API's option names. */
export type OptionKey =
  | 'seed'
  | 'preset'
  | 'config'
  | 'scale'
  | 'epoch'
  | 'databaseUrl'
  | 'dataDir'
  | 'replace'
  | 'detachServers'
  | 'rehome'
  | 'region';

/** A sentence about an option, given how the caller names it. */
export interface OptionProblem {
  option: OptionKey;
  say: (name: string) => string;
}

/** Options that are switches read as "replace: true" in the API (the CLI says "--replace"). */
const SWITCHES: ReadonlySet<OptionKey> = new Set(['replace', 'detachServers']);

/** How the programmatic API names an option in a message. */
export function apiOptionName(option: OptionKey): string {
  return SWITCHES.has(option) ? `${option}: true` : option;
}

export interface EchoesErrorOptions {
  cause?: unknown;
  key?: string;
}

abstract class EchoesError extends Error {
  abstract readonly exitCode: number;
  /** The option the error is about, when it is about one. */
  readonly option?: OptionKey;
  /** A stable code for machines (`--json` errors), when the error has one of its own (e.g. 'deadlock'). */
  readonly key?: string;
  private readonly say?: (name: string) => string;

  constructor(problem: string | OptionProblem, options?: EchoesErrorOptions) {
    super(typeof problem === 'string' ? problem : problem.say(apiOptionName(problem.option)), options);
    this.key = options?.key;
    if (typeof problem !== 'string') {
      this.option = problem.option;
      this.say = problem.say;
    }
  }

  /** The message with the option named as `nameOf` names it (the CLI: as a flag). */
  messageNaming(nameOf: (option: OptionKey) => string): string {
    return this.option !== undefined && this.say ? this.say(nameOf(this.option)) : this.message;
  }
}

/** Bad flag, bad config, bad seed, unreadable input file: exit code 2. */
export class UsageError extends EchoesError {
  readonly exitCode = 2;
  constructor(problem: string | OptionProblem, options?: EchoesErrorOptions) {
    super(problem, options);
    this.name = 'UsageError';
  }
}

/** Database unreachable, verification failed, refused operation: exit code 1. */
export class RuntimeError extends EchoesError {
  readonly exitCode = 1;
  constructor(problem: string | OptionProblem, options?: EchoesErrorOptions) {
    super(problem, options);
    this.name = 'RuntimeError';
  }
}
