// The seed of a universe: any string or integer the user gives. Integers are canonical
// ("042", "+42" and "42" are one seed); other strings are kept as typed, minus surrounding
// whitespace. Empty, control-character or absurdly long seeds are usage errors (R9).

import { UsageError } from '../errors.js';

export const MAX_SEED_LENGTH = 200;

// C0 and C1 control characters, DEL included.
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/u;

/** The canonical form of a seed, or a UsageError saying what is wrong with it. */
export function normalizeSeed(raw: string): string {
  const seed = String(raw).trim();
  if (seed === '') throw new UsageError({ option: 'seed', say: (name) => `seed is empty; give ${name} a string or an integer, e.g. ${name === 'seed' ? 'seed: 42' : `${name} 42`}` });
  if (seed.length > MAX_SEED_LENGTH) {
    throw new UsageError(`seed is ${seed.length} characters long; use at most ${MAX_SEED_LENGTH}`);
  }
  if (CONTROL_CHARACTER.test(raw)) {
    throw new UsageError('seed contains control characters (tab, newline …); use printable text');
  }
  if (/^[+-]?\d+$/.test(seed)) return BigInt(seed).toString();
  return seed;
}
