// A fast, well-mixed 128-bit hash of a string (MurmurHash3 x86_128 over UTF-16 code units,
// two units per 32-bit word), keyed by four 32-bit words instead of one seed. It turns a
// (seed, path) pair into the state of a random stream or the bits of a UUID; it is not
// cryptographic, only uniform and deterministic on every machine (all arithmetic is 32-bit).

/** Four unsigned 32-bit words. */
export type Hash128 = [number, number, number, number];

const C1 = 0x239b961b;
const C2 = 0xab0e9789;
const C3 = 0x38b34ae5;
const C4 = 0xa1e38b93;

function rotl(x: number, r: number): number {
  return (x << r) | (x >>> (32 - r));
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** One lane of a MurmurHash3 x86_128 block round: mixes word `k` into lane `h`. */
function mixBlock(h: number, k: number, ca: number, cb: number, rotateK: number, rotateH: number, next: number, add: number): number {
  const mixed = Math.imul(rotl(Math.imul(k, ca), rotateK), cb);
  const lane = rotl(h ^ mixed, rotateH) + next;
  return (Math.imul(lane, 5) + add) | 0;
}

/** The 32-bit word made of code units i and i+1 of `text` (0 past the end). */
function word(text: string, i: number): number {
  const lo = i < text.length ? text.charCodeAt(i) : 0;
  const hi = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
  return lo | (hi << 16);
}

/** Hashes `text` with the 128-bit `key`; equal inputs give equal outputs everywhere. */
export function hash128(key: Readonly<Hash128>, text: string): Hash128 {
  let h1 = key[0] | 0;
  let h2 = key[1] | 0;
  let h3 = key[2] | 0;
  let h4 = key[3] | 0;
  const units = text.length;
  // Blocks of 8 code units (16 bytes); the last, partial block is zero-padded and mixed the
  // same way — the length mixed in at the end keeps "a" and "a\0" apart.
  for (let i = 0; i < units; i += 8) {
    h1 = mixBlock(h1, word(text, i), C1, C2, 15, 19, h2, 0x561ccd1b);
    h2 = mixBlock(h2, word(text, i + 2), C2, C3, 16, 17, h3, 0x0bcaa747);
    h3 = mixBlock(h3, word(text, i + 4), C3, C4, 17, 15, h4, 0x96cd1c35);
    h4 = mixBlock(h4, word(text, i + 6), C4, C1, 18, 13, h1, 0x32ac3b17);
  }
  h1 ^= units;
  h2 ^= units;
  h3 ^= units;
  h4 ^= units;
  h1 = (h1 + h2 + h3 + h4) | 0;
  h2 = (h2 + h1) | 0;
  h3 = (h3 + h1) | 0;
  h4 = (h4 + h1) | 0;
  h1 = fmix(h1);
  h2 = fmix(h2);
  h3 = fmix(h3);
  h4 = fmix(h4);
  h1 = (h1 + h2 + h3 + h4) | 0;
  h2 = (h2 + h1) | 0;
  h3 = (h3 + h1) | 0;
  h4 = (h4 + h1) | 0;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

const ZERO_KEY: Readonly<Hash128> = [0x9e3779b9, 0x7f4a7c15, 0x85ebca6b, 0xc2b2ae35];

/** A key derived from a seed for one purpose (`domain`), so streams and UUIDs never share bits. */
export function keyFor(seed: string, domain: string): Hash128 {
  return hash128(hash128(ZERO_KEY, domain), seed);
}
