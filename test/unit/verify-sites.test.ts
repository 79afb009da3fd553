// verify on stations, asteroid belts, anomalies and wormholes (rule families stations.*,
// belts.*, anomalies.*, wormholes.*).
import { describe, expect, test } from 'vitest';
import type { UniverseTables } from '../../src/universe/rows.js';
import { FIXTURE_EPOCH, named, rulesOf, verifyBroken } from '../fixtures/universe.js';


const station = (t: UniverseTables, prefix: string) => {
  const found = t.stations.find((s) => s.name.startsWith(prefix));
  if (!found) throw new Error(`no station ${prefix}`);
  return found;
};
const anomalyIn = (t: UniverseTables, system: string) => {
  const systemId = named(t.solar_systems, system).id;
  const found = t.anomalies.find((a) => a.solar_system_id === systemId);
  if (!found) throw new Error(`no anomaly in ${system}`);
  return found;
};

describe('verify: stations, belts, anomalies, wormholes', () => {
  test.each<[string, string, (t: UniverseTables) => void, string]>([
    ['stations.type', 'an unknown station type', (t) => void (station(t, 'Cinder I').station_type = 'Starbase'), 'has type "Starbase"'],
    ['stations.planet', 'a station orbiting nothing', (t) => void (station(t, 'Cinder I').planet_id = null), 'station "Cinder I - Federal Freight Storage" in Cinder has no planet_id'],
    ['stations.name', 'a station not named after its planet', (t) => void (station(t, 'Cinder I').name = 'Federal Freight Storage'), 'does not start with "Cinder I - "'],
    ['stations.name', 'a station named after a moon that does not exist', (t) => void (station(t, 'Genesis III').name = 'Genesis III - Moon 9 - Imperial Navy Assembly Plant'), '"Genesis III - Moon 9", which does not exist'],
    ['stations.has-station', 'has_station on a system without stations', (t) => void (named(t.solar_systems, 'Echo').has_station = true), 'system "Echo" has has_station = true but has no stations'],
    ['belts.index', 'a gap in belt_index', (t) => {
      const belt = named(t.asteroid_belts, 'Genesis V - Asteroid Belt 2');
      belt.belt_index = 3;
      belt.name = 'Genesis V - Asteroid Belt 3';
    }, 'system "Genesis Prime" has belt_index values [1, 3], not 1..2'],
    ['belts.name', 'a belt not named after a planet of its system', (t) => void (named(t.asteroid_belts, 'Genesis IV - Asteroid Belt 1').name = 'Aurel I - Asteroid Belt 1'), 'belt "Aurel I - Asteroid Belt 1" in Genesis Prime'],
    ['belts.ore', 'a rare ore in high-sec', (t) => void (named(t.asteroid_belts, 'Genesis IV - Asteroid Belt 1').ore_type = 'Arkonor'), 'holds Arkonor, a rare ore, in high-sec system "Genesis Prime"'],
    ['anomalies.type', 'an unknown anomaly type', (t) => void (anomalyIn(t, 'Fjord').anomaly_type = 'Ghost'), 'has type "Ghost"'],
    ['anomalies.type', 'an unknown difficulty', (t) => void (anomalyIn(t, 'Fjord').difficulty = 'Nightmare'), 'has difficulty "Nightmare"'],
    ['anomalies.completed', 'completed without completed_at', (t) => void (anomalyIn(t, 'Fjord').is_completed = true), 'has is_completed = true but completed_at is not set'],
    ['anomalies.completed', 'completed_at on an open site', (t) => void (anomalyIn(t, 'Brisk').is_completed = false), 'has is_completed = false but completed_at = 2025-12-31T20:00:00.000Z'],
    ['anomalies.elite', 'an Elite site in high-sec', (t) => void (anomalyIn(t, 'Brisk').difficulty = 'Elite'), 'is Elite in a high-sec system'],
    ['wormholes.self', 'a wormhole back into its own system', (t) => void (t.wormholes[0].destination_system_id = t.wormholes[0].source_system_id), 'from Genesis Prime to Genesis Prime leads back to its own system'],
    ['wormholes.mass', 'more mass per jump than in total', (t) => void (t.wormholes[0].max_mass_per_jump = 3e9), 'lets 3000000000 kg through per jump'],
  ])('%s: %s', (rule, _, breakIt, expected) => {
    const violations = verifyBroken(breakIt);
    expect(rulesOf(violations)).toEqual([rule]);
    expect(violations[0].message).toContain(expected);
  });

  test('wormholes.expiry: checked against the epoch when it is given', () => {
    const breakIt = (t: UniverseTables) => void (t.wormholes[0].expires_at = '2026-02-10T00:00:00.000Z');
    expect(verifyBroken(breakIt)).toEqual([]);
    const violations = verifyBroken(breakIt, { epoch: FIXTURE_EPOCH });
    expect(rulesOf(violations)).toEqual(['wormholes.expiry']);
    expect(violations[0].message).toContain('960.0 h after the epoch');
    expect(verifyBroken(() => undefined, { epoch: FIXTURE_EPOCH })).toEqual([]);
  });
});
