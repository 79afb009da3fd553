// Seeded streams and ids named by their place in the universe. `stream(seed, "planets/s42")`
// is the random stream of the planet stage of system 42; `uuidFor(seed, "s42/p3")` is the id
// of that system's third planet. A place's draws and id depend only on (seed, path), so a
// stage can change without moving anything drawn by another stage (PRODUCT.md R3).

import { hash128, keyFor, type Hash128 } from './hash.js';
import { Rng } from './rng.js';

const HEX_DIGITS = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));
const DASH = 45;
/** Character codes of one UUID, reused: the string is then made flat in one step (cheap to keep). */
const uuidCodes: number[] = new Array<number>(36).fill(DASH);
/** Where the 32 hex digits go in "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx". */
const DIGIT_SLOTS = Array.from({ length: 36 }, (_, i) => i).filter((i) => i !== 8 && i !== 13 && i !== 18 && i !== 23);

/** Formats 128 bits as an RFC 4122 UUID string (version nibble 4, variant bits 10). */
export function formatUuid(bits: Readonly<Hash128>): string {
  const words = [bits[0], ((bits[1] & 0xffff0fff) | 0x00004000) >>> 0, ((bits[2] & 0x3fffffff) | 0x80000000) >>> 0, bits[3]];
  for (let w = 0; w < 4; w++) {
    for (let d = 0; d < 8; d++) uuidCodes[DIGIT_SLOTS[w * 8 + d]] = HEX_DIGITS[(words[w] >>> (28 - 4 * d)) & 15];
  }
  return String.fromCharCode.apply(null, uuidCodes);
}

/** The keys of one seed: hashing the seed once makes every stream and id after it cheap. */
export class SeedSpace {
  private readonly streamKey: Hash128;
  private readonly uuidKey: Hash128;

  constructor(readonly seed: string) {
    this.streamKey = keyFor(seed, 'echoes-universe/stream');
    this.uuidKey = keyFor(seed, 'echoes-universe/uuid');
  }

  /** The random stream at `path`. */
  stream(path: string): Rng {
    return new Rng(hash128(this.streamKey, path));
  }

  /** The deterministic UUID of the entity at `path`. */
  uuid(path: string): string {
    return formatUuid(hash128(this.uuidKey, path));
  }
}

// A few recently used seeds, so the free functions below hash a seed once, not per call.
const recentSpaces = new Map<string, SeedSpace>();

/** The SeedSpace of `seed` (memoised; pure). */
export function seedSpace(seed: string): SeedSpace {
  let space = recentSpaces.get(seed);
  if (space === undefined) {
    if (recentSpaces.size >= 8) recentSpaces.delete(recentSpaces.keys().next().value as string);
    space = new SeedSpace(seed);
    recentSpaces.set(seed, space);
  }
  return space;
}

/** The random stream of the place `path` in the universe of `seed`. */
export function stream(seed: string, path: string): Rng {
  return seedSpace(seed).stream(path);
}

/** The deterministic RFC 4122-shaped UUID of the place `path` in the universe of `seed`. */
export function uuidFor(seed: string, path: string): string {
  return seedSpace(seed).uuid(path);
}

export { Rng };
