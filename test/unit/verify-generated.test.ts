// The tools on generated universes: tiny and standard seeds (and one EVE-scale seed) pass every
// verify rule, shape checks included from 200 systems; verify stays fast at EVE scale.
import { describe, expect, test } from 'vitest';
import { verifyUniverse } from '../../src/inspect/verify.js';
import { GENERATED_EPOCH, generated } from '../fixtures/generated.js';

describe('verify on generated universes', () => {
  test.each(['1', '42', 'Genesis', 'tiny seed with spaces'])('tiny preset, seed %s: no violations', (seed) => {
    expect(verifyUniverse(generated('tiny', seed), { epoch: GENERATED_EPOCH })).toEqual([]);
  });

  test.each(['42', '7'])('standard preset, seed %s: no violations, shape checks included', (seed) => {
    const tables = generated('standard', seed);
    expect(tables.solar_systems.length).toBeGreaterThanOrEqual(200);
    expect(verifyUniverse(tables, { epoch: GENERATED_EPOCH })).toEqual([]);
  });

  test('eve preset: no violations, and verify of ~350,000 rows takes seconds at most (target ≤ 2 s)', () => {
    const tables = generated('eve', '42');
    const started = performance.now();
    const violations = verifyUniverse(tables, { epoch: GENERATED_EPOCH });
    const elapsedMs = performance.now() - started;
    expect(violations).toEqual([]);
    // Measured ~1.2 s on an idle core; the bound leaves room for a busy shared machine.
    expect(elapsedMs).toBeLessThan(6000);
  }, 60_000);

  test('a defect in a generated universe is caught', () => {
    const tables = structuredClone(generated('standard', '42'));
    tables.stargates.pop();
    const rules = new Set(verifyUniverse(tables).map((v) => v.rule));
    expect(rules.has('gates.twin')).toBe(true);
  });
});
