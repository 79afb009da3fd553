// verify on stargates and the network they form (rule families gates.*, security.smooth).
import { describe, expect, test } from 'vitest';
import type { UniverseTables } from '../../src/universe/rows.js';
import { addLane, id, named, rulesOf, verifyBroken } from '../fixtures/universe.js';

const AU_M = 149_597_870_700;

function gate(tables: UniverseTables, from: string, to: string) {
  const fromId = named(tables.solar_systems, from).id;
  const found = tables.stargates.find((g) => g.solar_system_id === fromId && g.name === `Stargate (${to})`);
  if (!found) throw new Error(`no gate ${from} → ${to}`);
  return found;
}

function removeLane(tables: UniverseTables, a: string, b: string): void {
  const gates = new Set([gate(tables, a, b), gate(tables, b, a)]);
  tables.stargates = tables.stargates.filter((g) => !gates.has(g));
}

describe('verify: stargates', () => {
  test('gates.twin: a gate without its way back', () => {
    const violations = verifyBroken((t) => {
      const oneWay = gate(t, 'Cinder', 'Aurel');
      t.stargates = t.stargates.filter((g) => g !== oneWay);
    });
    expect(rulesOf(violations)).toEqual(['gates.twin']);
    expect(violations[0].message).toBe('stargate Stargate (Cinder) in Aurel has no twin Cinder → Aurel');
  });

  test('gates.duplicate: a second gate for the same pair (its name necessarily repeats too)', () => {
    const violations = verifyBroken((t) => void t.stargates.push({ ...gate(t, 'Aurel', 'Brisk'), id: id() }));
    expect(rulesOf(violations)).toEqual(['gates.duplicate', 'schema.unique']);
    expect(violations.find((v) => v.rule === 'gates.duplicate')?.message).toContain('from Aurel to Brisk');
  });

  test('gates.has-stargate: a system with gates flagged as having none', () => {
    const violations = verifyBroken((t) => void (named(t.solar_systems, 'Dusk').has_stargate = false));
    expect(rulesOf(violations)).toEqual(['gates.has-stargate']);
    expect(violations[0].message).toContain('"Dusk"');
  });

  test('gates.connected: the network falls apart in two', () => {
    const violations = verifyBroken((t) => {
      removeLane(t, 'Cinder', 'Echo');
      removeLane(t, 'Dusk', 'Fjord');
    });
    expect(rulesOf(violations)).toEqual(['gates.connected']);
    expect(violations[0].message).toContain('group of 3 systems');
  });

  test('gates.crossing: a lane across another in the galactic plane', () => {
    // Aurel (4, 1) – Fjord (15, 5) passes over Cinder (8, 0) – Dusk (9, 4).
    const violations = verifyBroken((t) => addLane(t, 'Aurel', 'Fjord'));
    expect(rulesOf(violations)).toEqual(['gates.crossing']);
    expect(violations[0].message).toBe('lanes Aurel – Fjord and Cinder – Dusk cross in the x/z galactic plane');
  });

  test('gates.position: a gate next to its star', () => {
    const violations = verifyBroken((t) => {
      const g = gate(t, 'Echo', 'Gale');
      const scale = (0.5 * AU_M) / Math.hypot(g.position_x, g.position_y, g.position_z);
      g.position_x *= scale;
      g.position_y *= scale;
      g.position_z *= scale;
    });
    expect(rulesOf(violations)).toEqual(['gates.position']);
    expect(violations[0].message).toContain('stargate Stargate (Gale) in Echo is 0.500 AU from its star');
  });

  test('gates.position: a gate on the far side of its star from its destination', () => {
    const violations = verifyBroken((t) => {
      const g = gate(t, 'Echo', 'Gale');
      g.position_x = -g.position_x;
      g.position_z = -g.position_z;
    });
    expect(rulesOf(violations)).toEqual(['gates.position']);
    expect(violations[0].message).toContain('away from the direction of Gale');
  });

  test('gates.name: a gate that does not say where it leads', () => {
    const violations = verifyBroken((t) => void (gate(t, 'Genesis Prime', 'Aurel').name = 'Gate to Aurel'));
    expect(rulesOf(violations)).toEqual(['gates.name']);
    expect(violations[0].message).toContain('should be named "Stargate (Aurel)"');
  });

  test('security.smooth: a system whose security jumps against two neighbours', () => {
    // Dusk's neighbours: Brisk 0.8, Cinder 0.6, Fjord 0.2; at 0.95 two lanes differ by > 0.3.
    const violations = verifyBroken((t) => void (named(t.solar_systems, 'Dusk').security_status = 0.95));
    expect(rulesOf(violations)).toEqual(['security.smooth']);
    expect(violations[0].message).toContain('2 of 11 lanes');
  });

  test('security.smooth: one rough lane is tolerated', () => {
    expect(verifyBroken((t) => void (named(t.solar_systems, 'Dusk').security_status = 0.85))).toEqual([]);
  });
});
