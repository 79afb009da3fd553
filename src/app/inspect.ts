// What the read-only tools compute from a universe (app/read.ts finds it): `stats` (with EVE's
// figures beside ours on request), `verify`, `route` and `map`. The analysis and the renderers
// are imported on demand: each command loads only what it draws on (resvg's native module only
// when a PNG is drawn).
import type { UniverseStats } from '../inspect/stats.js';
import type { EveComparison } from '../inspect/compare-eve.js';
import type { Violation } from '../inspect/verify.js';
import { UsageError } from '../errors.js';
import { requireSystems, verifyOptionsOf, type UniverseSource } from './read.js';

/** What `stats` can measure a universe against. */
export const COMPARE_TARGETS = ['eve'] as const;
export type CompareTarget = (typeof COMPARE_TARGETS)[number];

export interface StatsResult extends UniverseStats {
  /** The network's structure beside EVE's k-space (with `compare: 'eve'`). */
  compare?: EveComparison;
}

export async function statsOf(source: UniverseSource, options: { compare?: CompareTarget } = {}): Promise<StatsResult> {
  const { computeStats } = await import('../inspect/stats.js');
  const stats = computeStats(source.tables);
  if (options.compare === undefined) return stats;
  const { compareWithEve } = await import('../inspect/compare-eve.js');
  return { ...stats, compare: compareWithEve(source.tables) };
}

export interface VerifyResult {
  source: string;
  ok: boolean;
  violations: Violation[];
}

/** Every invariant, judged by the source's own parameters when known (else the defaults). */
export async function verifySource(source: UniverseSource, options: { shape?: boolean } = {}): Promise<VerifyResult> {
  const judgedBy = await verifyOptionsOf(source);
  const { verifyUniverse } = await import('../inspect/verify.js');
  const violations = verifyUniverse(source.tables, options.shape === false ? { ...judgedBy, shapeChecks: false } : judgedBy);
  return { source: source.description, ok: violations.length === 0, violations };
}

/** The shortest stargate route between two systems, by name, origin first. */
export async function routeIn(source: UniverseSource, from: string, to: string): Promise<string[]> {
  const { findRoute } = await import('../inspect/route.js');
  return findRoute(requireSystems(source).tables, from, to);
}

export type MapFormat = 'svg' | 'png' | 'html';

export interface MapRequest {
  format: MapFormat;
  /** Picture width (SVG/PNG). */
  widthPx?: number;
  /** Draw one region only (SVG/PNG). */
  region?: string;
  /** Draw the shortest route between two systems (SVG/PNG). */
  route?: [string, string];
}

export interface MapResult {
  content: string | Buffer;
  /** Systems drawn (after any region cut). */
  systems: number;
  /** Jumps of the drawn route, when one was asked for. */
  routeJumps?: number;
}

/** The universe as an SVG or PNG picture, or the interactive page (html). */
export async function renderMap(source: UniverseSource, request: MapRequest): Promise<MapResult> {
  requireSystems(source);
  if (request.format === 'html' && (request.region !== undefined || request.route !== undefined)) {
    throw new UsageError('region and route draw on the SVG/PNG picture; the html page has its own region filter and route finder');
  }
  const starterSystem = (await verifyOptionsOf(source)).starter?.system;
  if (request.format === 'html') {
    const { renderMapHtml } = await import('../render/html/page.js');
    return { content: renderMapHtml(source, { starterSystem }), systems: source.tables.solar_systems.length };
  }
  const { renderMapPng, renderMapSvg } = await import('../render/map-svg.js');
  const route = request.route === undefined ? undefined : await routeIn(source, request.route[0], request.route[1]);
  let tables = source.tables;
  let title = source.description;
  if (request.region !== undefined) {
    const { cropToRegion, findRegion } = await import('../render/crop.js');
    title = `${source.description} — region ${findRegion(tables, request.region).name}`;
    tables = cropToRegion(tables, request.region, route);
  }
  const svg = renderMapSvg(tables, { widthPx: request.widthPx, title, starterSystem, route });
  const content = request.format === 'png' ? await renderMapPng(svg) : svg;
  return { content, systems: tables.solar_systems.length, ...(route ? { routeJumps: route.length - 1 } : {}) };
}
