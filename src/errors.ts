// Typed errors: handlers throw them, and only the CLI entry point turns them into exit codes
// (2 for usage or input errors, 1 for runtime failures). Messages are one sentence saying what
// was wrong and what to do; they never contain a password.

/** Bad flag, bad config, bad seed, unreadable input file: exit code 2. */
export class UsageError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Database unreachable, verification failed, refused operation: exit code 1. */
export class RuntimeError extends Error {
  readonly exitCode = 1;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RuntimeError';
  }
}
