// Wormholes: temporary links between systems that are usually far apart and never gate
// neighbours when another choice exists — the destination is the farthest of a few random
// candidates. Each opens somewhere in its source system, lives from hours to days after the
// epoch, and has a mass class (per-jump limit ≤ total limit) and a stability in 0–100.

import type { SeedSpace } from '../../random/stream.js';
import type { WormholeRow } from '../rows.js';
import { AU_M, WORMHOLE_CLASSES } from '../constants.js';
import { offsetBy, planarDirection, STAR_ORIGIN } from '../geometry.js';
import type { Skeleton, SystemRecord } from '../model.js';
import { wormholePath } from '../paths.js';
import { roundTo, significant } from '../physics.js';

/** Random destinations considered per wormhole; the farthest valid one wins. */
const CANDIDATES = 8;
const WORMHOLE_DISTANCE_AU = [5, 50] as const;

export function wormholeCount(skeleton: Skeleton): number {
  const n = skeleton.systems.length;
  if (n < 2) return 0;
  const { perSystem, min } = skeleton.params.wormholes;
  return Math.max(min, Math.round(perSystem * n));
}

function distanceLy(p: SystemRecord, q: SystemRecord): number {
  return Math.hypot(p.xLy - q.xLy, p.yLy - q.yLy, p.zLy - q.zLy);
}

export function generateWormholes(skeleton: Skeleton, space: SeedSpace, epochMs: number): WormholeRow[] {
  const { systems, params } = skeleton;
  const rng = space.stream('wormholes');
  const rows: WormholeRow[] = [];
  const count = wormholeCount(skeleton);
  const classWeights = WORMHOLE_CLASSES.map((c) => c.weight);
  for (let k = 0; k < count; k++) {
    const source = systems[rng.int(0, systems.length - 1)];
    let destination: SystemRecord | undefined;
    let fallback: SystemRecord | undefined;
    for (let c = 0; c < CANDIDATES; c++) {
      const candidate = systems[rng.int(0, systems.length - 1)];
      if (candidate === source) continue;
      fallback ??= candidate;
      if (source.gates.some((g) => g.to === candidate.index)) continue;
      if (!destination || distanceLy(source, candidate) > distanceLy(source, destination)) destination = candidate;
    }
    // A tiny universe may offer no non-neighbour among the candidates: any other system will do.
    destination ??= fallback ?? systems[(source.index + 1) % systems.length];
    const massClass = WORMHOLE_CLASSES[rng.weighted(classWeights)];
    const position = offsetBy(STAR_ORIGIN, planarDirection(rng, 10), rng.range(WORMHOLE_DISTANCE_AU[0], WORMHOLE_DISTANCE_AU[1]) * AU_M);
    const lifetimeSeconds = Math.round(rng.range(params.wormholes.lifetimeHours.min, params.wormholes.lifetimeHours.max) * 3600);
    rows.push({
      id: space.uuid(wormholePath(k + 1)),
      source_system_id: source.id,
      destination_system_id: destination.id,
      position_x: position.x,
      position_y: position.y,
      position_z: position.z,
      stability: roundTo(rng.range(40, 100), 1),
      max_mass_per_jump: massClass.maxJumpKg,
      total_mass_limit: significant(massClass.totalKg * rng.range(0.9, 1.1), 4),
      expires_at: new Date(epochMs + lifetimeSeconds * 1000).toISOString(),
    });
  }
  return rows;
}
