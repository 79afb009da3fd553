// Stargates of a system: one per lane of the skeleton, named after the destination
// ("Stargate (Amarr)") and placed far from the star (15–40 AU by default) in the direction of
// the destination system, so a pilot sees the gate where the neighbour's star is. Larger
// activation ranges for gates that leave the constellation or the region.

import type { UniverseParams } from '../../config/params.js';
import type { SeedSpace } from '../../random/stream.js';
import type { StargateRow } from '../rows.js';
import { AU_M } from '../constants.js';
import type { SystemRecord } from '../model.js';
import { fitName, NAME_COLUMN_MAX } from '../names.js';
import { gatePath, stageStream } from '../paths.js';
import { offsetBy, STAR_ORIGIN } from '../geometry.js';

export function generateStargates(
  system: SystemRecord,
  systems: readonly SystemRecord[],
  space: SeedSpace,
  params: UniverseParams,
): StargateRow[] {
  if (system.gates.length === 0) return [];
  const rng = space.stream(stageStream('gates', system.path));
  const { distanceAu, activationRangeM, jumpDelaySeconds } = params.gates;
  return system.gates.map(({ to, kind }) => {
    const destination = systems[to];
    const dx = destination.xLy - system.xLy;
    const dy = destination.yLy - system.yLy;
    const dz = destination.zLy - system.zLy;
    const length = Math.hypot(dx, dy, dz);
    const direction = { x: dx / length, y: dy / length, z: dz / length };
    const position = offsetBy(STAR_ORIGIN, direction, rng.range(distanceAu.min, distanceAu.max) * AU_M);
    return {
      id: space.uuid(gatePath(system.path, to)),
      solar_system_id: system.id,
      destination_system_id: destination.id,
      name: fitName(`Stargate (${destination.name})`, NAME_COLUMN_MAX),
      position_x: position.x,
      position_y: position.y,
      position_z: position.z,
      activation_range: activationRangeM[kind],
      jump_delay: jumpDelaySeconds,
    };
  });
}
