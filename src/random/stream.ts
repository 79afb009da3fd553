// Seeded streams and ids named by their place in the universe. `stream(seed, "planets/s42")`
// is the random stream of the planet stage of system 42; `uuidFor(seed, "s42/p3")` is the id
// of that system's third planet. A place's draws and id depend only on (seed, path), so a
// stage can change without moving anything drawn by another stage (PRODUCT.md R3).

import { hash128, keyFor, type Hash128 } from './hash.js';
import { Rng } from './rng.js';

const HEX: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function hex32(word: number): string {
  return HEX[word >>> 24] + HEX[(word >>> 16) & 255] + HEX[(word >>> 8) & 255] + HEX[word & 255];
}

/** Formats 128 bits as an RFC 4122 UUID string (version nibble 4, variant bits 10). */
export function formatUuid(bits: Readonly<Hash128>): string {
  const w0 = hex32(bits[0]);
  const w1 = hex32(((bits[1] & 0xffff0fff) | 0x00004000) >>> 0);
  const w2 = hex32(((bits[2] & 0x3fffffff) | 0x80000000) >>> 0);
  const w3 = hex32(bits[3]);
  return `${w0}-${w1.slice(0, 4)}-${w1.slice(4)}-${w2.slice(0, 4)}-${w2.slice(4)}${w3}`;
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
