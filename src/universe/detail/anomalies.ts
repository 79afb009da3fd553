// Cosmic anomalies of a system: more where security is lower, harder too (Elite only in
// null-sec). Some are already completed: they carry the moment (before the epoch, within one
// respawn time) they were cleared; the others have no completed_at.

import { ANOMALY_TYPES, type UniverseParams } from '../../config/params.js';
import type { SeedSpace } from '../../random/stream.js';
import type { AnomalyRow } from '../rows.js';
import { ANOMALY_DIFFICULTY_WEIGHTS, AU_M } from '../constants.js';
import type { SystemRecord } from '../model.js';
import { anomalyPath, stageStream } from '../paths.js';
import { offsetBy, planarDirection, STAR_ORIGIN } from '../geometry.js';

/** How far from the star anomalies lie, AU. */
const ANOMALY_DISTANCE_AU = [1, 40] as const;

export function generateAnomalies(system: SystemRecord, space: SeedSpace, params: UniverseParams, epochMs: number): AnomalyRow[] {
  const rng = space.stream(stageStream('anomalies', system.path));
  const settings = params.anomalies;
  const drawn = Math.min(settings.max, rng.poisson(settings.mean[system.band]));
  const count = system.isStarter ? Math.max(1, drawn) : drawn;
  const typeWeights = ANOMALY_TYPES.map((t) => settings.types[t]);
  const rows: AnomalyRow[] = [];
  for (let k = 0; k < count; k++) {
    const position = offsetBy(STAR_ORIGIN, planarDirection(rng, 5), rng.range(ANOMALY_DISTANCE_AU[0], ANOMALY_DISTANCE_AU[1]) * AU_M);
    const respawnSeconds = rng.int(settings.respawnSeconds.min, settings.respawnSeconds.max);
    const completed = rng.chance(settings.completedFraction);
    const secondsAgo = rng.int(1, Math.max(1, respawnSeconds));
    rows.push({
      id: space.uuid(anomalyPath(system.path, k + 1)),
      solar_system_id: system.id,
      anomaly_type: ANOMALY_TYPES[rng.weighted(typeWeights)],
      difficulty: system.isStarter && k === 0 ? 'Easy' : rng.weightedKey(ANOMALY_DIFFICULTY_WEIGHTS[system.band]),
      position_x: position.x,
      position_y: position.y,
      position_z: position.z,
      is_completed: completed,
      respawn_time: respawnSeconds,
      completed_at: completed ? new Date(epochMs - secondsAgo * 1000).toISOString() : null,
    });
  }
  return rows;
}
