// Ctrl-C (SIGINT) and SIGTERM during a write to the database: the work in progress stops at its
// next safe point (between row batches or phases), the transaction rolls back, the connection is
// closed, and the CLI prints one line and exits 130 (SIGINT) or 143 (SIGTERM). Should the work
// not reach a safe point soon (a long statement on the server), the process exits anyway with
// the same line: an uncommitted transaction is rolled back by the server when the connection
// drops, and the embedded database discards uncommitted work when reopened.

export const INTERRUPTED_MESSAGE = 'interrupted: the transaction was rolled back; the database is unchanged';

/** How long the work may take to reach a safe point before the process exits without it. */
const GRACE_MS = 5000;

const EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;
type HandledSignal = keyof typeof EXIT_CODES;

/** Thrown at a safe point once a signal has arrived; the CLI reports it (main.ts). */
export class InterruptedError extends Error {
  readonly exitCode: number;
  readonly key = 'interrupted';
  constructor(readonly signal: HandledSignal) {
    super(INTERRUPTED_MESSAGE);
    this.name = 'InterruptedError';
    this.exitCode = EXIT_CODES[signal];
  }
}

export interface Interruption {
  /** Throws InterruptedError if a signal has arrived (call at every safe point). */
  check(): void;
  /** Stop listening (the write is over, committed or not). */
  release(): void;
}

/**
 * Listens for SIGINT/SIGTERM until release(). `onForcedExit` runs (synchronously) just before a
 * forced exit, to clear a progress line; `onSignal` is told at once (e.g. to abort the work's
 * AbortSignal, whose reason is then the InterruptedError).
 */
export function listenForInterrupts(onForcedExit: () => void = () => undefined, onSignal: (reason: InterruptedError) => void = () => undefined): Interruption {
  let received: HandledSignal | null = null;
  let timer: NodeJS.Timeout | null = null;
  const handler = (signal: HandledSignal): void => {
    if (received !== null) return;
    received = signal;
    onSignal(new InterruptedError(signal));
    timer = setTimeout(() => {
      onForcedExit();
      process.stderr.write(`${INTERRUPTED_MESSAGE}\n`);
      process.exit(EXIT_CODES[signal]);
    }, GRACE_MS);
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return {
    check() {
      if (received !== null) throw new InterruptedError(received);
    },
    release() {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
      if (timer) clearTimeout(timer);
    },
  };
}
