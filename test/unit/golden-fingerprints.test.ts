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
 * a pipe target, dead ends spread out, high-sec mended and its border with low-sec lengthened),
 * and all three again for station names (no word twice where corporation and facility meet;
 * the corporation-facility part cut after a whole word, and only when the body's name needs it);
 * standard and eve again for local-only re-entries, a cap on high-sec pieces and the retuned loop keys;
 * standard and eve again for cliffs counted exactly (on every lane a move touches) and the span
 * guard (`gates.loops.diameterKeep`).
 */
const GOLDEN: Record<string, { fingerprint: string; systems: number; rows: number }> = {
  tiny: { fingerprint: '78c77ad541d987bcf23a2e651db96e70e9b8646acaa673908f32270b282db1c4', systems: 12, rows: 955 },
  standard: { fingerprint: 'a4fb72629b9b6955e6dc24a59a94c55e5cf782765bcdec8d63725d6de1e1339b', systems: 600, rows: 39_787 },
  eve: { fingerprint: 'cb8b269ff3556ffcb54d12f55133e840d579d27146aed96daf22c089bcc49a64', systems: 5_400, rows: 350_427 },
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
