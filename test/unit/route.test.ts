// route: shortest stargate route by jumps between named systems, deterministic among equals,
// with helpful errors for unknown names.
import { describe, expect, test } from 'vitest';
import { RuntimeError } from '../../src/errors.js';
import { editDistance, findRoute } from '../../src/inspect/route.js';
import { named, validUniverse } from '../fixtures/universe.js';

describe('findRoute', () => {
  test('two equally short routes: the one through the alphabetically first neighbours', () => {
    // Genesis Prime → Gale is 4 jumps either via Aurel–Cinder–Echo or via Brisk–Dusk–Fjord.
    expect(findRoute(validUniverse(), 'Genesis Prime', 'Gale')).toEqual(['Genesis Prime', 'Aurel', 'Cinder', 'Echo', 'Gale']);
  });

  test('the route does not depend on row order', () => {
    const tables = validUniverse();
    tables.solar_systems.reverse();
    tables.stargates.reverse();
    expect(findRoute(tables, 'Genesis Prime', 'Gale')).toEqual(['Genesis Prime', 'Aurel', 'Cinder', 'Echo', 'Gale']);
  });

  test('a route to itself is the system alone; neighbours are one jump', () => {
    const tables = validUniverse();
    expect(findRoute(tables, 'Dusk', 'Dusk')).toEqual(['Dusk']);
    expect(findRoute(tables, 'Dusk', 'Fjord')).toEqual(['Dusk', 'Fjord']);
  });

  test('names match case-insensitively and ignore surrounding spaces', () => {
    expect(findRoute(validUniverse(), ' genesis prime', 'BRISK')).toEqual(['Genesis Prime', 'Brisk']);
  });

  test('an unknown name suggests the nearest names', () => {
    expect(() => findRoute(validUniverse(), 'Gael', 'Dusk')).toThrowError(new RuntimeError('unknown system "Gael"; did you mean "Gale"?'));
    expect(() => findRoute(validUniverse(), 'Dusk', 'Qwxyzzz')).toThrowError('unknown system "Qwxyzzz"; no system has a similar name');
  });

  test('an unknown name is a RuntimeError', () => {
    expect(() => findRoute(validUniverse(), 'Jitta', 'Dusk')).toThrow(RuntimeError);
  });

  test('names that differ only in case must be given exactly', () => {
    const tables = validUniverse();
    named(tables.solar_systems, 'Echo').name = 'GALE';
    expect(findRoute(tables, 'GALE', 'Gale')).toEqual(['GALE', 'Gale']);
    expect(() => findRoute(tables, 'gale', 'Dusk')).toThrowError('system name "gale" is ambiguous: "GALE" or "Gale"; give the exact name');
  });

  test('systems in separate parts of the network have no route', () => {
    const tables = validUniverse();
    const gale = named(tables.solar_systems, 'Gale').id;
    tables.stargates = tables.stargates.filter((g) => g.solar_system_id !== gale && g.destination_system_id !== gale);
    expect(() => findRoute(tables, 'Aurel', 'Gale')).toThrowError('no stargate route leads from "Aurel" to "Gale"');
  });
});

describe('editDistance', () => {
  test('counts insertions, deletions and substitutions', () => {
    expect(editDistance('jita', 'jitta')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});
