// `route`: the shortest stargate route between two systems named by the operator, by jumps.
// Breadth-first search visits each system's neighbours in name order, so among several shortest
// routes the one returned depends only on the map, never on row order. Names match exactly,
// else case-insensitively; an unknown name gets the nearest names by edit distance as hints.
import { RuntimeError } from '../errors.js';
import type { UniverseTables } from '../universe/rows.js';
import { buildGateGraph, neighboursOf, type GateGraph } from './graph.js';

/** Levenshtein distance (insertions, deletions, substitutions), two rows of the DP table. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
}

const SUGGESTIONS = 3;

/** Up to three system names nearest to `wanted` (case-insensitive), if any is reasonably close. */
export function similarNames(names: readonly string[], wanted: string): string[] {
  const key = wanted.toLowerCase();
  const maxDistance = Math.max(2, Math.ceil(key.length / 2));
  return names
    .map((name) => ({ name, distance: editDistance(name.toLowerCase(), key) }))
    .filter((candidate) => candidate.distance <= maxDistance)
    .sort((p, q) => p.distance - q.distance || (p.name < q.name ? -1 : p.name > q.name ? 1 : 0))
    .slice(0, SUGGESTIONS)
    .map((candidate) => candidate.name);
}

function quoteList(names: readonly string[]): string {
  const quoted = names.map((name) => `"${name}"`);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

/** The node of the system called `wanted`: exact name first, then a unique case-insensitive match. */
function resolveSystem(graph: GateGraph, wanted: string): number {
  const name = wanted.trim();
  const exact = graph.systems.findIndex((system) => system.name === name);
  if (exact !== -1) return exact;
  const lower = name.toLowerCase();
  const folded = graph.systems.flatMap((system, node) => (system.name.toLowerCase() === lower ? [node] : []));
  if (folded.length === 1) return folded[0];
  if (folded.length > 1) {
    throw new RuntimeError(`system name "${wanted}" is ambiguous: ${quoteList(folded.map((node) => graph.systems[node].name))}; give the exact name`);
  }
  const hints = similarNames(
    graph.systems.map((system) => system.name),
    name,
  );
  throw new RuntimeError(
    hints.length > 0 ? `unknown system "${wanted}"; did you mean ${quoteList(hints)}?` : `unknown system "${wanted}"; no system has a similar name`,
  );
}

function compareNames(graph: GateGraph, a: number, b: number): number {
  const p = graph.systems[a].name;
  const q = graph.systems[b].name;
  return p < q ? -1 : p > q ? 1 : a - b;
}

/** System names from `fromName` to `toName` inclusive along a shortest route by jumps. */
export function findRoute(tables: Pick<UniverseTables, 'solar_systems' | 'stargates'>, fromName: string, toName: string): string[] {
  const graph = buildGateGraph(tables);
  const origin = resolveSystem(graph, fromName);
  const destination = resolveSystem(graph, toName);
  const parent = new Int32Array(graph.systems.length).fill(-1);
  const seen = new Uint8Array(graph.systems.length);
  seen[origin] = 1;
  const queue = [origin];
  for (let head = 0; head < queue.length && !seen[destination]; head++) {
    const node = queue[head];
    const next = [...neighboursOf(graph, node)].filter((n) => !seen[n]).sort((a, b) => compareNames(graph, a, b));
    for (const neighbour of next) {
      seen[neighbour] = 1;
      parent[neighbour] = node;
      queue.push(neighbour);
    }
  }
  if (!seen[destination]) {
    throw new RuntimeError(`no stargate route leads from "${graph.systems[origin].name}" to "${graph.systems[destination].name}": they are in separate parts of the network`);
  }
  const route: string[] = [];
  for (let node = destination; node !== -1; node = parent[node]) route.push(graph.systems[node].name);
  return route.reverse();
}
