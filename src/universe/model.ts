// The skeleton's records: one per region, constellation and system, built whole before any
// detail (they are small: ~100 bytes per system). The detail stages read them; rows are made
// from them. Coordinates here are light-years; rows carry metres.

import type { StarClass, UniverseParams } from '../config/params.js';
import type { SeedSpace } from '../random/stream.js';
import type { SecurityBand } from './security-band.js';

export type { SecurityBand } from './security-band.js';

/** Where a lane runs: inside a constellation, between constellations of a region, between regions. */
export const LANE_KINDS = ['constellation', 'region', 'interRegion'] as const;
export type LaneKind = (typeof LANE_KINDS)[number];

export interface Star {
  starClass: StarClass;
  temperatureK: number;
  radiusKm: number;
  massKg: number;
  /** L/L☉ */
  luminosity: number;
}

export interface RegionRecord {
  index: number;
  id: string;
  name: string;
  /** Systems systemStart .. systemEnd-1 belong to this region (systems are ordered by region). */
  systemStart: number;
  systemEnd: number;
}

export interface ConstellationRecord {
  index: number;
  id: string;
  regionIndex: number;
  name: string;
  systemStart: number;
  systemEnd: number;
}

export interface GateLink {
  /** Index of the destination system. */
  to: number;
  kind: LaneKind;
}

export interface SystemRecord {
  index: number;
  id: string;
  /** Place path of the system ("s42"): prefix of its entities' paths. */
  path: string;
  name: string;
  regionIndex: number;
  constellationIndex: number;
  xLy: number;
  yLy: number;
  zLy: number;
  security: number;
  band: SecurityBand;
  star: Star;
  planetCount: number;
  stationCount: number;
  /** Gate links, by destination index ascending. */
  gates: GateLink[];
  /** Genesis Prime. */
  isStarter: boolean;
}

export interface Skeleton {
  space: SeedSpace;
  params: UniverseParams;
  regions: RegionRecord[];
  constellations: ConstellationRecord[];
  systems: SystemRecord[];
  galaxyRadiusLy: number;
}
