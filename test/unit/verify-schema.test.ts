// verify restates the database schema on rows: types, NOT NULL, VARCHAR lengths, integers, uuids,
// primary keys, UNIQUE constraints, foreign keys and CHECKs (rule family schema.*).
import { describe, expect, test } from 'vitest';
import type { UniverseTables } from '../../src/universe/rows.js';
import { verifyUniverse } from '../../src/inspect/verify.js';
import { id, named, rulesOf, validUniverse, verifyBroken } from '../fixtures/universe.js';

describe('verify: schema constraints', () => {
  test('the valid fixture has no violations', () => {
    expect(verifyUniverse(validUniverse())).toEqual([]);
  });

  test.each<[string, (t: UniverseTables) => void, string]>([
    ['an INTEGER column holds a fraction', (t) => void (named(t.solar_systems, 'Genesis Prime').star_temperature = 5778.5), 'star_temperature must be an integer'],
    ['a VARCHAR(100) holds 101 characters', (t) => void (named(t.regions, 'Outer Reach').name = 'O'.repeat(101)), 'more than VARCHAR(100)'],
    ['a NOT NULL column is null', (t) => void ((t.wormholes[0] as { expires_at: string | null }).expires_at = null), 'expires_at is null but the column is NOT NULL'],
    ['a uuid column holds something else', (t) => void ((t.stations[0] as { owner_corporation: string | null }).owner_corporation = 'corp-7'), 'is not a UUID'],
    ['a text column holds a number', (t) => void ((t.regions[0] as unknown as { description: unknown }).description = 42), 'description must be a string'],
    ['a row has a column the table lacks', (t) => void Object.assign(t.planets[0], { color: 'blue' }), 'has a column "color"'],
  ])('schema.column: %s', (_, breakIt, expected) => {
    const violations = verifyBroken(breakIt);
    expect(rulesOf(violations)).toEqual(['schema.column']);
    expect(violations[0].message).toContain(expected);
  });

  test('created_at may be present (the database default fills it otherwise)', () => {
    expect(verifyBroken((t) => void Object.assign(t.regions[0], { created_at: '2026-01-01T00:00:00.000Z' }))).toEqual([]);
  });

  test('schema.primary-key: two moons with one id', () => {
    const violations = verifyBroken((t) => {
      const moon = named(t.moons, 'Genesis III - Moon 2');
      t.moons.push({ ...moon, moon_index: 3, name: 'Genesis III - Moon 3' });
    });
    expect(rulesOf(violations)).toEqual(['schema.primary-key']);
    expect(violations[0].message).toContain('Genesis III - Moon 3');
  });

  test('schema.unique: two constellations of one region with one name', () => {
    const violations = verifyBroken((t) => void (named(t.constellations, 'Ember').name = 'Dawn'));
    expect(rulesOf(violations)).toEqual(['schema.unique']);
    expect(violations[0].message).toContain('uq_constellation_name_per_region');
  });

  test('schema.unique: two regions with one name', () => {
    const violations = verifyBroken((t) => void (named(t.regions, 'Outer Reach').name = 'Genesis'));
    expect(rulesOf(violations)).toEqual(['schema.unique']);
  });

  test('schema.reference: an anomaly in a system that does not exist', () => {
    const ghost = id();
    const violations = verifyBroken((t) => void (t.anomalies[0].solar_system_id = ghost));
    expect(rulesOf(violations)).toEqual(['schema.reference']);
    expect(violations[0].message).toContain(ghost);
  });

  test('schema.check: wormhole stability above 100', () => {
    const violations = verifyBroken((t) => void (t.wormholes[0].stability = 120));
    expect(rulesOf(violations)).toEqual(['schema.check']);
    expect(violations[0].message).toContain('chk_stability');
  });

  test('schema.check: a stargate leading to its own system', () => {
    const violations = verifyBroken((t) => {
      const prime = named(t.solar_systems, 'Genesis Prime');
      t.stargates.push({ ...t.stargates[0], id: id(), solar_system_id: prime.id, destination_system_id: prime.id, name: 'Stargate (Genesis Prime)' });
    });
    expect(rulesOf(violations)).toEqual(['schema.check']);
    expect(violations[0].message).toContain('chk_no_self_gate');
  });

  test('schema.check: security status outside 0..1', () => {
    const violations = verifyBroken((t) => {
      // Gale's neighbours are 0.3 and 0.2: −0.1 stays smooth enough (one rough lane is allowed).
      named(t.solar_systems, 'Gale').security_status = -0.1;
    });
    expect(rulesOf(violations)).toEqual(['schema.check']);
    expect(violations[0].message).toContain('Gale');
  });
});

describe('verify: violation lists stay readable', () => {
  test('at most maxMessagesPerRule messages per rule, then one line with the rest', () => {
    const tables = validUniverse();
    for (const moon of tables.moons) moon.radius = -1; // every moon breaks moons.radius
    const violations = verifyUniverse(tables, { maxMessagesPerRule: 3 });
    expect(violations).toHaveLength(4);
    expect(violations[3].message).toBe(`… and ${tables.moons.length - 3} more moons.radius violations`);
  });
});
