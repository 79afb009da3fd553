// The skeleton's records: one per region, constellation and system, built whole before any
// detail (they are small: ~100 bytes per system). The detail stages read them; rows are made
// from them. Coordinates here are light-years; rows carry metres.

import type { UniverseParams } from '../config/params.js';
import type { SeedSpace } from '../random/stream.js';
import type { Star } from './detail/star.js';
import type { LaneKind } from './skeleton/lanes.js';

export type SecurityBand = 'high' | 'low' | 'null';

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
