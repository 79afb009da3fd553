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

/** Recorded 2026-12-04 (seed "42", epoch 2026-01-01T00:00:00Z), when seedrandom's Alea replaced sfc32 (0.2.0). */
const GOLDEN: Record<string, { fingerprint: string; systems: number; rows: number }> = {
  tiny: { fingerprint: '26fde9ebec108da9a688bd0d4da68bd8f6b43eb613787fac6752b789132e9cae', systems: 12, rows: 1_077 },
  standard: { fingerprint: 'b125e05b4ab339e0f7904df3cbc017a353e7a1a7d76571884aa3f056a6799554', systems: 600, rows: 40_034 },
  eve: { fingerprint: '204988bc3182382b6430ae23505302d944608357166eedf8cdb03bd2ba8d83bf', systems: 5_400, rows: 348_070 },
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
