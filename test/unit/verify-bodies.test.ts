// verify on stars, planets and moons (rule families stars.*, planets.*, moons.*).
import { describe, expect, test } from 'vitest';
import type { UniverseTables } from '../../src/universe/rows.js';
import { verifyUniverse } from '../../src/inspect/verify.js';
import { named, rulesOf, validUniverse, verifyBroken } from '../fixtures/universe.js';

const AU_M = 149_597_870_700;

describe('verify: stars, planets, moons', () => {
  test.each<[string, string, (t: UniverseTables) => void, string]>([
    ['stars.class', 'a star type outside O B A F G K M', (t) => void (named(t.solar_systems, 'Genesis Prime').star_type = 'X'), 'system "Genesis Prime" has star_type "X"'],
    ['stars.class', 'no star type', (t) => void (named(t.solar_systems, 'Dusk').star_type = null), 'system "Dusk" has star_type null'],
    ['stars.range', 'a K star at 9,000 K', (t) => void (named(t.solar_systems, 'Dusk').star_temperature = 9000), 'a class K star has 3700–5200 K, not 9000 K'],
    ['stars.range', 'a K star of 3 solar radii', (t) => void (named(t.solar_systems, 'Dusk').star_radius = 3 * 695_700), 'a class K star has a radius of 0.7–0.96 R☉'],
    ['planets.type', 'an unknown planet type', (t) => void (named(t.planets, 'Echo I').planet_type = 'Ocean'), 'planet "Echo I" has type "Ocean"'],
    ['planets.name', 'a planet not named after its system and orbit', (t) => void (named(t.planets, 'Echo I').name = 'Echo 1'), 'should be named "Echo I"'],
    ['planets.orbit', 'a period three times too long for its star', (t) => void ((named(t.planets, 'Echo I').orbital_period as number) *= 3), "Kepler's third law"],
    ['planets.temperature', 'a planet far hotter than its orbit allows', (t) => void (named(t.planets, 'Echo I').temperature = 2000), 'planet "Echo I" is 2000 K'],
    ['planets.radius', 'a planet of 200 km', (t) => void (named(t.planets, 'Echo I').radius = 200), 'planet "Echo I" has a radius of 200 km'],
    ['moons.index', 'a gap in moon_index', (t) => {
      const moon = named(t.moons, 'Genesis V - Moon 4');
      moon.moon_index = 5;
      moon.name = 'Genesis V - Moon 5';
    }, 'planet "Genesis V" has moon_index values [1, 2, 3, 5], not 1..4'],
    ['moons.name', 'a moon not named after its planet and index', (t) => void (named(t.moons, 'Genesis V - Moon 2').name = 'Genesis V - Moon Two'), 'should be named "Genesis V - Moon 2"'],
    ['moons.radius', 'a moon larger than its planet', (t) => void (named(t.moons, 'Genesis III - Moon 1').radius = 7000), 'moon "Genesis III - Moon 1" has a radius of 7000 km'],
    ['moons.orbit', 'a moon inside its planet', (t) => {
      const moon = named(t.moons, 'Genesis III - Moon 1');
      const planet = named(t.planets, 'Genesis III');
      moon.position_x = planet.position_x + 1000;
      moon.position_z = planet.position_z;
    }, 'inside the planet'],
    ['moons.orbit', 'a moon half an AU from its planet', (t) => void (named(t.moons, 'Genesis III - Moon 1').position_x += 0.5 * AU_M), 'more than a tenth of the planet'],
  ])('%s: %s', (rule, _, breakIt, expected) => {
    const violations = verifyBroken(breakIt);
    expect(rulesOf(violations)).toEqual([rule]);
    expect(violations[0].message).toContain(expected);
  });

  test('planets.name: orbit order is distance from the star, whatever the row order', () => {
    const tables = validUniverse();
    tables.planets.reverse();
    expect(verifyUniverse(tables)).toEqual([]);
  });

  test('planets.orbit: a period that does not grow outward', () => {
    const violations = verifyBroken((t) => void (named(t.planets, 'Genesis IV').orbital_period = named(t.planets, 'Genesis III').orbital_period));
    expect(rulesOf(violations)).toEqual(['planets.orbit']);
    expect(violations.map((v) => v.message).join('\n')).toContain('orbits farther out than "Genesis III" but its period');
  });
});
