// Physics formulas (src/universe/physics.ts) against known solar-system values (NASA fact
// sheets), and the name helpers the bodies are named with.
import { describe, expect, it } from 'vitest';
import { AU_M, EARTH_MASS_KG, EARTH_RADIUS_KM, SOLAR_MASS_KG, SOLAR_RADIUS_KM, SOLAR_TEMPERATURE_K } from '../../src/universe/constants.js';
import { corporationFacility, fitName, fitWords, romanNumeral } from '../../src/universe/names.js';
import {
  equilibriumTemperatureK,
  frostLineAu,
  habitableZoneAu,
  hillRadiusM,
  luminositySolar,
  orbitalPeriodDays,
  retainsAtmosphere,
  sphereMassKg,
} from '../../src/universe/physics.js';

describe('physics', () => {
  it('gives the Sun one solar luminosity and scales the zones with √L', () => {
    expect(luminositySolar(1, SOLAR_TEMPERATURE_K)).toBe(1);
    expect(habitableZoneAu(1).innerAu).toBeLessThan(1);
    expect(habitableZoneAu(1).outerAu).toBeGreaterThan(1.5);
    expect(frostLineAu(4)).toBeCloseTo(2 * frostLineAu(1), 10);
  });

  it("derives Earth's and Jupiter's years from Kepler's third law", () => {
    expect(orbitalPeriodDays(AU_M, SOLAR_MASS_KG)).toBeCloseTo(365.25, 0);
    // Jupiter: 4,332.6 days; the light-body formula leaves out Jupiter's own 0.1 % of the mass.
    const jupiterDays = orbitalPeriodDays(5.2044 * AU_M, SOLAR_MASS_KG);
    expect(jupiterDays).toBeGreaterThan(4320);
    expect(jupiterDays).toBeLessThan(4345);
  });

  it("gives the Moon's month around the Earth", () => {
    expect(orbitalPeriodDays(384_400_000, EARTH_MASS_KG)).toBeCloseTo(27.4, 0);
  });

  it("gives Earth's equilibrium temperature (≈ 255 K)", () => {
    const kelvin = equilibriumTemperatureK(SOLAR_TEMPERATURE_K, SOLAR_RADIUS_KM, 1, 0.306);
    expect(kelvin).toBeGreaterThan(250);
    expect(kelvin).toBeLessThan(258);
  });

  it("gives Earth's mass from its radius and density, and its Hill sphere (≈ 1.5 million km)", () => {
    expect(sphereMassKg(EARTH_RADIUS_KM, 5514) / EARTH_MASS_KG).toBeCloseTo(1, 1);
    expect(hillRadiusM(AU_M, EARTH_MASS_KG, SOLAR_MASS_KG) / 1e9).toBeCloseTo(1.5, 1);
  });

  it('keeps atmospheres on Earth, Mars and Titan but not on Mercury or the Moon', () => {
    expect(retainsAtmosphere(5.972e24, 6371, 255)).toBe(true);
    expect(retainsAtmosphere(6.417e23, 3390, 210)).toBe(true);
    expect(retainsAtmosphere(1.345e23, 2575, 94)).toBe(true);
    expect(retainsAtmosphere(3.301e23, 2440, 440)).toBe(false);
    expect(retainsAtmosphere(7.342e22, 1737, 270)).toBe(false);
  });
});

describe('name helpers', () => {
  it('writes Roman numerals', () => {
    expect([1, 4, 8, 9, 14, 18, 40].map(romanNumeral)).toEqual(['I', 'IV', 'VIII', 'IX', 'XIV', 'XVIII', 'XL']);
  });

  it('cuts names to a length without splitting a surrogate pair', () => {
    expect(fitName('short', 10)).toBe('short');
    expect(fitName('abcdef', 3)).toBe('abc');
    const rocket = 'ab🚀';
    expect(fitName(rocket, 3)).toBe('ab');
    expect(fitName(rocket, 4)).toBe(rocket);
  });

  it('station names: cut after a whole word, and no word twice where corporation and facility meet', () => {
    expect(fitWords('Genesis Mining Consortium Testing Facilities', 40)).toBe('Genesis Mining Consortium Testing');
    expect(fitWords('Genesis Mining Consortium Testing Facilities', 44)).toBe('Genesis Mining Consortium Testing Facilities');
    expect(fitWords('Supercalifragilistic', 5)).toBe('Super');
    expect(corporationFacility('Imperial Academy', 'Academy')).toBe('Imperial Academy');
    expect(corporationFacility('Helion Trading', 'Trading Post')).toBe('Helion Trading Post');
    expect(corporationFacility('Imperial Navy', 'Assembly Plant')).toBe('Imperial Navy Assembly Plant');
  });
});
