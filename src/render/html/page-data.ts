// The universe as the interactive page carries it: compact columns instead of row objects, so
// the EVE-sized page stays a few megabytes and parses in well under a second.
//
// Layout (every array of one table has the same length, in the same order):
//   systems      one entry per solar system, in the tables' order: name, plane position (x, y on a
//                0..PLANE_SIZE grid, y down, as the SVG map draws it), security in thousandths,
//                constellation index, star type (index into dictionaries.starTypes, -1 none) and
//                temperature (K, -1 unknown).
//   children     planets, stations, belts, anomalies and gates are grouped by system, in system
//                order: `perSystem[i]` says how many of them system i has, so system i's rows
//                start at the sum of the counts before it (the page builds the offsets once).
//   names        planet, moon and gate names follow a pattern ("Genesis I", "Genesis I - Moon 1",
//                "Stargate (Daven)"); a name equal to its pattern is stored as "" (planets) or left
//                out (moons, gates: `nameOverrides` lists only the exceptions), which is most of
//                the EVE page's size saved. Stations and belts keep their names.
//   dictionaries repeated words (planet types, ores, …) are stored once and referenced by index.
// This file holds the format (shared with the browser code) and the patterns; building it from
// the tables lives in page-data-build.ts.

import { romanNumeral } from '../../universe/names.js';

/** Positions are scaled so the galaxy's longer side spans 0..PLANE_SIZE. */
export const PLANE_SIZE = 100_000;

/** Station services as bits of `stations.services`. */
export const SERVICE_BITS = { market: 1, repair: 2, reprocessing: 4, manufacturing: 8 } as const;
export type StationService = keyof typeof SERVICE_BITS;

export interface PageMeta {
  /** Headline: where the universe came from ("seed 42 (standard)", "dry-run file u.json", …). */
  title: string;
  seed: string | null;
  preset: string | null;
  starterSystem: string;
  /** Rows per universe table. */
  counts: Record<string, number>;
}

export interface PageData {
  format: 1;
  meta: PageMeta;
  dictionaries: {
    starTypes: string[];
    planetTypes: string[];
    stationTypes: string[];
    ores: string[];
    anomalyTypes: string[];
    difficulties: string[];
  };
  regions: { name: string[] };
  constellations: { name: string[]; region: number[] };
  systems: {
    name: string[];
    x: number[];
    y: number[];
    securityMilli: number[];
    constellation: number[];
    starType: number[];
    starTemperatureK: number[];
  };
  planets: {
    perSystem: number[];
    /** "" when the name is `${system} ${roman(orbit position)}`. */
    name: string[];
    type: number[];
    temperatureK: number[];
    /** Orbit radius in thousandths of an astronomical unit. */
    orbitMilliAu: number[];
    moonCount: number[];
  };
  /** Moons in planet order, each planet's by moon_index: only names that break `${planet} - Moon ${k}`. */
  moons: { nameOverrides: [number, string][] };
  stations: { perSystem: number[]; name: string[]; type: number[]; services: number[] };
  belts: { perSystem: number[]; name: string[]; ore: number[] };
  anomalies: { perSystem: number[]; type: number[]; difficulty: number[] };
  /** Stargates by system: each one's destination system; `nameOverrides` for names not "Stargate (destination)". */
  gates: { perSystem: number[]; destination: number[]; nameOverrides: [number, string][] };
  wormholes: { source: number[]; destination: number[] };
}

/** The usual name of the planet at 1-based orbit position `position`. */
export function patternPlanetName(systemName: string, position: number): string {
  return `${systemName} ${romanNumeral(position)}`;
}

/** The usual name of a planet's moon number `moonNumber` (1-based). */
export function patternMoonName(planetName: string, moonNumber: number): string {
  return `${planetName} - Moon ${moonNumber}`;
}

/** The usual name of a stargate leading to `destinationName`. */
export function patternGateName(destinationName: string): string {
  return `Stargate (${destinationName})`;
}
