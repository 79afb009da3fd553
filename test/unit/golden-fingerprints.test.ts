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

/** Recorded 2026-11-25 (seed "42", epoch 2026-01-01T00:00:00Z). */
const GOLDEN: Record<string, { fingerprint: string; systems: number; rows: number }> = {
  tiny: { fingerprint: '6d1f8cd56c11532930a42e2021d2533874b9da3a3a9782637dba47a54cdfd158', systems: 12, rows: 740 },
  standard: { fingerprint: 'e4d927b475256f04a9366aa36b894901e32a0e4e03ca1d99d73e91cb9c00513b', systems: 600, rows: 38_848 },
  eve: { fingerprint: '5d97a97275ff759600c95e60ebb2c5bba89bc8d42d7fa7ace6072c65462cd94a', systems: 5_400, rows: 351_332 },
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
