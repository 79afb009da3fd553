// verify on the region → constellation → system hierarchy and the starter region
// (rule families names.*, hierarchy.*, genesis).
import { describe, expect, test } from 'vitest';
import { verifyUniverse } from '../../src/inspect/verify.js';
import { id, named, recomputeOffsets, rulesOf, validUniverse, verifyBroken } from '../fixtures/universe.js';

const LIGHT_YEAR_M = 9.4607e15;

describe('verify: hierarchy', () => {
  test('names.system-unique: two systems of different constellations share a name', () => {
    const violations = verifyBroken((t) => {
      // Echo (in Far) takes the name of Brisk (in Dawn), with its planet and the gates leading to it.
      named(t.solar_systems, 'Echo').name = 'Brisk';
      named(t.planets, 'Echo I').name = 'Brisk I';
      for (const gate of t.stargates) if (gate.name === 'Stargate (Echo)') gate.name = 'Stargate (Brisk)';
    });
    expect(rulesOf(violations)).toEqual(['names.system-unique']);
    expect(violations[0].message).toContain('"Brisk"');
  });

  test('hierarchy.empty: a region without constellations', () => {
    const violations = verifyBroken((t) => void t.regions.push({ id: id(), name: 'Void', description: null, x_offset: 0, y_offset: 0, z_offset: 0 }));
    expect(rulesOf(violations)).toEqual(['hierarchy.empty']);
    expect(violations[0].message).toBe('region "Void" has no constellations');
  });

  test('hierarchy.empty: a constellation without systems', () => {
    const violations = verifyBroken((t) => {
      t.constellations.push({ id: id(), region_id: t.regions[0].id, name: 'Hollow', description: null, x_offset: 0, y_offset: 0, z_offset: 0 });
    });
    expect(rulesOf(violations)).toEqual(['hierarchy.empty']);
  });

  test('hierarchy.centroid: a constellation offset one light year from its systems’ centroid', () => {
    const violations = verifyBroken((t) => void (named(t.constellations, 'Far').x_offset += LIGHT_YEAR_M));
    expect(rulesOf(violations)).toEqual(['hierarchy.centroid']);
    expect(violations[0].message).toContain('constellation "Far"');
  });

  test('hierarchy.centroid: a region offset off its systems’ centroid', () => {
    const violations = verifyBroken((t) => void (named(t.regions, 'Genesis').z_offset = 0));
    expect(rulesOf(violations)).toEqual(['hierarchy.centroid']);
    expect(violations[0].message).toContain('region "Genesis"');
  });

  test('hierarchy.contiguous: a system far from the rest of its constellation and region', () => {
    const violations = verifyBroken((t) => {
      // Gale (x = 18 ly) joins Dawn (x = 0–4 ly): neither lanes nor map cells connect it to Dawn.
      named(t.solar_systems, 'Gale').constellation_id = named(t.constellations, 'Dawn').id;
      recomputeOffsets(t);
    });
    expect(rulesOf(violations)).toEqual(['hierarchy.contiguous']);
    expect(violations.map((v) => v.message)).toEqual([
      'constellation "Dawn" is split into 2 separate areas: "Genesis Prime" and "Gale" are not joined through its own systems',
      'region "Genesis" is split into 2 separate areas: "Genesis Prime" and "Gale" are not joined through its own systems',
    ]);
  });

  test('hierarchy.contiguous: neighbouring map cells count even without a lane between them', () => {
    // Dusk moves from Ember to Far: its lane to Fjord keeps Far connected; Ember keeps Cinder alone.
    const tables = validUniverse();
    named(tables.solar_systems, 'Dusk').constellation_id = named(tables.constellations, 'Far').id;
    // Drop the Dusk–Fjord lane: Dusk (9, 4) and Fjord (15, 5) still share a map border.
    const dusk = named(tables.solar_systems, 'Dusk').id;
    const fjord = named(tables.solar_systems, 'Fjord').id;
    tables.stargates = tables.stargates.filter(
      (g) => !((g.solar_system_id === dusk && g.destination_system_id === fjord) || (g.solar_system_id === fjord && g.destination_system_id === dusk)),
    );
    recomputeOffsets(tables);
    expect(rulesOf(verifyUniverse(tables))).toEqual([]);
  });
});

describe('verify: Genesis', () => {
  test('genesis: Genesis Prime below security 1.0', () => {
    const violations = verifyBroken((t) => void (named(t.solar_systems, 'Genesis Prime').security_status = 0.95));
    expect(rulesOf(violations)).toEqual(['genesis']);
    expect(violations[0].message).toContain('Genesis Prime');
  });

  test('genesis: no region named Genesis', () => {
    const violations = verifyBroken((t) => void (named(t.regions, 'Genesis').name = 'Dawnlands'));
    expect(rulesOf(violations)).toEqual(['genesis']);
  });

  test('genesis: no Genesis Prime', () => {
    const violations = verifyBroken((t) => {
      named(t.solar_systems, 'Genesis Prime').name = 'Genesis Secundus';
      for (const gate of t.stargates) if (gate.name === 'Stargate (Genesis Prime)') gate.name = 'Stargate (Genesis Secundus)';
      // Its planets keep the "Genesis" prefix, which only Genesis Prime may use.
    });
    expect(rulesOf(violations)).toEqual(['genesis', 'planets.name']);
  });
});
