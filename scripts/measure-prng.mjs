// Measures seedrandom's generators for src/random: draws per second from one stream and the
// cost of creating streams the way SeedSpace does (hash128 of a path, then a generator seeded
// from those 128 bits). Run after `npm run build`:  node scripts/measure-prng.mjs
// Prints the median of 7 runs per figure; the choice in src/random/rng.ts cites its output.
import seedrandom from 'seedrandom';
import { hash128, keyFor } from '../dist/random/hash.js';

const DRAWS = 20_000_000;
const STREAMS = 100_000;
const RUNS = 7;
const KINDS = process.argv.length > 2 ? process.argv.slice(2) : ['alea', 'xor128', 'xorwow', 'xorshift7', 'xor4096', 'tychei'];

/** The 128 bits as eight UTF-16 code units: seedrandom's string seeds mix every unit in. */
function seedText(bits) {
  return String.fromCharCode(bits[0] & 0xffff, bits[0] >>> 16, bits[1] & 0xffff, bits[1] >>> 16, bits[2] & 0xffff, bits[2] >>> 16, bits[3] & 0xffff, bits[3] >>> 16);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timeMs(work) {
  const start = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const key = keyFor('42', 'echoes-universe/stream');
let sink = 0;
console.log(`kind       draws/s (${DRAWS / 1e6}M floats)   ms per ${STREAMS / 1000}k streams   (median of ${RUNS})`);
for (const kind of KINDS) {
  const make = seedrandom[kind];
  const drawMs = [];
  const createMs = [];
  for (let run = 0; run < RUNS; run++) {
    const prng = make(seedText(hash128(key, `bench/${run}`)));
    drawMs.push(timeMs(() => {
      for (let i = 0; i < DRAWS; i++) sink += prng();
    }));
    createMs.push(timeMs(() => {
      for (let i = 0; i < STREAMS; i++) sink += make(seedText(hash128(key, `planets/s${i}`)))();
    }));
  }
  const perSecond = DRAWS / (median(drawMs) / 1000);
  console.log(`${kind.padEnd(10)} ${(perSecond / 1e6).toFixed(0).padStart(6)} M/s (${median(drawMs).toFixed(0)} ms)      ${median(createMs).toFixed(0).padStart(6)} ms`);
}
if (sink === 42) console.log('');
