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
  tiny: { fingerprint: '0ff4367ae5cf5b70755f7609843db3b46c5fc8d70aa923a1b2daedfc6e9ba158', systems: 12, rows: 955 },
  standard: { fingerprint: '9eb04e74ff6b99bacb282717e2e7fc32ad7ff29ac9b60cf89c5b29da1b610217', systems: 600, rows: 39_778 },
  eve: { fingerprint: 'fb92d52716766349cdf7935f405a58cc4ecaf254bd91677cc291f7b496fcbf1d', systems: 5_400, rows: 350_407 },
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
