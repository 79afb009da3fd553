// Verify rules on stargates and the network they form (PRODUCT.md R4 "Stargates", "Security"):
//   gates.twin          every gate A→B has a gate B→A
//   gates.duplicate     at most one gate per ordered pair of systems
//   gates.has-stargate  has_stargate is true exactly for systems with a gate
//   gates.connected     one connected component
//   gates.crossing      no two lanes cross in the galactic-plane projection
//   gates.position      a gate lies toward its destination and far from its star
//   gates.name          gates are named `Stargate (<destination name>)`
//   security.smooth     few lanes join systems whose security differs by more than 0.3
import { AU_M } from '../universe/constants.js';
import { SECURITY_STEP_MAX } from '../universe/security-band.js';
import { connectedComponents } from './graph.js';
import { findLaneCrossings } from './lane-crossings.js';
import { distanceFromOrigin, type VerifyContext } from './verify-context.js';

/** "Far from the star": at least 1 AU out (EVE gates sit several AU from their sun). */
export const GATE_MIN_STAR_DISTANCE_M = AU_M;
/** "Toward its destination": within ~45° of the direction to the destination system. */
export const GATE_DIRECTION_MIN_COSINE = Math.SQRT1_2;
/** Security difference that counts as a jump in security between gate neighbours (a cliff). */
export { SECURITY_STEP_MAX };
/** Share of lanes allowed to exceed SECURITY_STEP_MAX (at least one lane is always allowed). */
export const SECURITY_ROUGH_LANE_SHARE_MAX = 0.05;

export function stargateName(destinationName: string): string {
  return `Stargate (${destinationName})`;
}

function checkTwinsAndDuplicates(context: VerifyContext): void {
  const gatesByPair = new Map<string, number>();
  for (const gate of context.tables.stargates) {
    const key = `${gate.solar_system_id}|${gate.destination_system_id}`;
    gatesByPair.set(key, (gatesByPair.get(key) ?? 0) + 1);
  }
  const reportedDuplicates = new Set<string>();
  for (const gate of context.tables.stargates) {
    const from = context.systemName(gate.solar_system_id);
    const to = context.systemName(gate.destination_system_id);
    const key = `${gate.solar_system_id}|${gate.destination_system_id}`;
    if ((gatesByPair.get(key) ?? 0) > 1 && !reportedDuplicates.has(key)) {
      reportedDuplicates.add(key);
      context.report('gates.duplicate', `${gatesByPair.get(key)} stargates lead from ${from} to ${to}; a pair of systems has one gate each way`);
    }
    if (gate.solar_system_id === gate.destination_system_id) continue; // schema.check reports it
    if (!gatesByPair.has(`${gate.destination_system_id}|${gate.solar_system_id}`)) {
      context.report('gates.twin', `stargate ${gate.name} in ${from} has no twin ${to} → ${from}`);
    }
  }
}

function checkHasStargate(context: VerifyContext): void {
  const withGate = new Set(context.tables.stargates.map((gate) => gate.solar_system_id));
  for (const system of context.tables.solar_systems) {
    const has = withGate.has(system.id);
    if ((system.has_stargate === true) !== has) {
      context.report(
        'gates.has-stargate',
        `system "${system.name}" has has_stargate = ${String(system.has_stargate)} but ${has ? 'has' : 'has no'} stargates`,
      );
    }
  }
}

function checkConnected(context: VerifyContext): void {
  const { graph } = context;
  if (graph.systems.length === 0) return;
  const components = connectedComponents(graph);
  if (components.count <= 1) return;
  const largest = components.sizes.indexOf(Math.max(...components.sizes));
  const anchor = graph.systems[components.componentOf.indexOf(largest)].name;
  components.sizes.forEach((size, component) => {
    if (component === largest) return;
    const example = graph.systems[components.componentOf.indexOf(component)].name;
    context.report(
      'gates.connected',
      `system "${example}" (in a group of ${size} system${size === 1 ? '' : 's'}) cannot reach "${anchor}" by stargate: the network has ${components.count} components`,
    );
  });
}

function checkCrossings(context: VerifyContext): void {
  const { graph, plane } = context;
  const segments = graph.lanes.map(([a, b]) => ({ a, b }));
  const limit = 100;
  const crossings = findLaneCrossings(plane.u, plane.v, segments, limit);
  const laneName = (lane: number): string => `${graph.systems[segments[lane].a].name} – ${graph.systems[segments[lane].b].name}`;
  for (const [i, j] of crossings) {
    context.report('gates.crossing', `lanes ${laneName(i)} and ${laneName(j)} cross in the ${plane.axes.join('/')} galactic plane`);
  }
}

function checkGatePositions(context: VerifyContext): void {
  for (const gate of context.tables.stargates) {
    const from = context.systemById.get(gate.solar_system_id);
    const to = context.systemById.get(gate.destination_system_id);
    if (!from || !to || from === to) continue;
    const starDistance = distanceFromOrigin(gate);
    const where = `stargate ${gate.name} in ${from.name}`;
    if (!(starDistance >= GATE_MIN_STAR_DISTANCE_M)) {
      context.report('gates.position', `${where} is ${(starDistance / AU_M).toFixed(3)} AU from its star, closer than 1 AU`);
      continue;
    }
    const direction = [to.position_x - from.position_x, to.position_y - from.position_y, to.position_z - from.position_z];
    const length = Math.hypot(direction[0], direction[1], direction[2]);
    if (length === 0) continue;
    const cosine = (gate.position_x * direction[0] + gate.position_y * direction[1] + gate.position_z * direction[2]) / (starDistance * length);
    if (!(cosine >= GATE_DIRECTION_MIN_COSINE)) {
      const degrees = (Math.acos(Math.max(-1, Math.min(1, cosine))) * 180) / Math.PI;
      context.report('gates.position', `${where} points ${degrees.toFixed(0)}° away from the direction of ${to.name} (at most 45°)`);
    }
  }
}

function checkGateNames(context: VerifyContext): void {
  for (const gate of context.tables.stargates) {
    const to = context.systemById.get(gate.destination_system_id);
    if (!to) continue;
    const expected = stargateName(to.name);
    if (gate.name !== expected) {
      context.report('gates.name', `stargate "${gate.name}" in ${context.systemName(gate.solar_system_id)} leads to ${to.name} and should be named "${expected}"`);
    }
  }
}

function checkSecuritySmooth(context: VerifyContext): void {
  const { graph } = context;
  const rough = graph.lanes.filter(([a, b]) => Math.abs(graph.systems[a].security_status - graph.systems[b].security_status) > SECURITY_STEP_MAX + 1e-9);
  const allowed = Math.max(1, Math.floor(SECURITY_ROUGH_LANE_SHARE_MAX * graph.lanes.length));
  if (rough.length <= allowed) return;
  const examples = rough
    .slice(0, 3)
    .map(([a, b]) => `${graph.systems[a].name} (${graph.systems[a].security_status.toFixed(2)}) – ${graph.systems[b].name} (${graph.systems[b].security_status.toFixed(2)})`)
    .join(', ');
  context.report(
    'security.smooth',
    `${rough.length} of ${graph.lanes.length} lanes (${((100 * rough.length) / graph.lanes.length).toFixed(1)} %) join systems whose security differs by more than ${SECURITY_STEP_MAX}, more than the ${allowed} allowed; e.g. ${examples}`,
  );
}

export function checkGates(context: VerifyContext): void {
  checkTwinsAndDuplicates(context);
  checkHasStargate(context);
  checkConnected(context);
  checkCrossings(context);
  checkGatePositions(context);
  checkGateNames(context);
  checkSecuritySmooth(context);
}
