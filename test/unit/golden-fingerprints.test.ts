// R3: golden fingerprints, one per preset, catch any accidental change to the generated
// universe (a different draw, a renamed entity, a changed value or column order). They were
// recorded from this tool's own output on purpose: when a change to the generator is meant to
// change universes, re-record them in the same commit and say so in its message.
//
// The fingerprint (src/format/fingerprint.ts) is the sha256 over every row's COPY text, table by
// table — the same value `generate` prints after a load and a dry run puts in meta.fingerprint.
import { describe, expect, it } from 'vitest';
import { resolveParams } from '../../src/config/params.js';
import { FingerprintBuilder } from '../../src/format/fingerprint.js';
import { planUniverse } from '../../src/universe/generate.js';

const EPOCH = '2026-01-01T00:00:00.000Z';

/**
 * Recorded 2026-12-04 (seed "42", epoch 2026-01-01T00:00:00Z), when seedrandom's Alea replaced sfc32 (0.2.0);
 * standard and eve re-recorded the same day for issue 10's tuned skeleton (constellation re-entries,
 * a pipe target, dead ends spread out, high-sec mended and its border with low-sec lengthened).
 */
const GOLDEN: Record<string, { fingerprint: string; systems: number; rows: number }> = {
  tiny: { fingerprint: '0ff4367ae5cf5b70755f7609843db3b46c5fc8d70aa923a1b2daedfc6e9ba158', systems: 12, rows: 955 },
  standard: { fingerprint: 'f4a580fb0d2b2246bdc5631837983cda46ef10acc773ce27a9d345e3f8c45cc8', systems: 600, rows: 39_782 },
  eve: { fingerprint: 'b75a1ce46bc6ef83d7b58f5ebda611254437ff77fbe37f74b8c2e666baf80b11', systems: 5_400, rows: 350_411 },
};

describe('golden fingerprints', () => {
  it.each(Object.keys(GOLDEN))('%s, seed 42', (preset) => {
    const plan = planUniverse({ seed: '42', params: resolveParams(preset, {}), epoch: EPOCH });
    const fingerprint = new FingerprintBuilder();
    for (const batch of plan.batches()) fingerprint.addRows(batch.table, batch.rows);
    const rows = Object.values(fingerprint.counts).reduce((sum, count) => sum + count, 0);
    expect({ fingerprint: fingerprint.digest(), systems: fingerprint.counts.solar_systems, rows }).toEqual(GOLDEN[preset]);
  });
});
