// `map`: the universe as an SVG picture seen from above the galactic plane — systems coloured
// by security, lanes (thin inside a region, amber where they cross into another region),
// wormholes (dashed arcs), each region a soft tinted halo labelled at its centroid, the starter
// system (Genesis Prime) marked, an optional route (map --route A B), and a legend.
// The title sits in a header band and the legend in a footer band, so neither covers a system;
// labels are placed by labels.ts (shared with the interactive page) so no two collide.
// Output is a pure function of the tables (fixed-decimal coordinates, no clock, no randomness),
// so the same universe gives the same bytes. renderMapPng rasterises it with resvg.
//
// Element budget, which tests rely on: exactly one <circle> per system and one <line> per lane;
// halos, wormholes, the route, the Genesis marker and the legend use <path>, <rect> and <text> only.
import { renderAsync } from '@resvg/resvg-js';
import type { UniverseTables } from '../universe/rows.js';
import { securityClass } from '../inspect/eve-figures.js';
import { buildGateGraph, type GateGraph } from '../inspect/graph.js';
import {
  BACKGROUND,
  BORDER_LANE_COLOUR,
  FONT_FAMILY,
  GENESIS_COLOUR,
  LANE_COLOUR,
  SECURITY_COLOURS,
  px,
  regionHue,
  securityColour,
  xmlText,
} from './map-style.js';
import { projectToPlane } from '../inspect/plane.js';
import { DEFAULT_STARTER } from '../inspect/starter.js';
import { LabelPlacer, type Box } from './labels.js';

export interface MapOptions {
  /** Picture width in pixels (default 1600). */
  widthPx?: number;
  /** Title printed at the top left (default "Echoes of Imperial — universe map"). */
  title?: string;
  /** The starter system to mark (default Genesis Prime; the config's names.starterSystem). */
  starterSystem?: string;
  /** System names along a route to draw, origin first (map --route). */
  route?: readonly string[];
}

export const WORMHOLE_COLOUR = '#b98cff';
export const ROUTE_COLOUR = '#ff4fd8';

/** Systems get name labels when there are at most this many (tiny presets, a region, fixtures). */
const LABEL_SYSTEMS_UP_TO = 150;
/** Heights of the title band and the legend band at 1600 px wide. */
const HEADER_HEIGHT = 72;
const FOOTER_HEIGHT = 150;
/** Average advance of a DejaVu Sans character per pixel of font size (bold capitals are wider). */
const CHAR_WIDTH = 0.62;
const BOLD_CAPITAL_WIDTH = 0.78;

interface Layout {
  width: number;
  height: number;
  /** Pixel position of each system. */
  x: Float64Array;
  y: Float64Array;
  /** Typical distance between neighbouring systems, in pixels. */
  spacingPx: number;
  /** 1 at 1600 px wide: font sizes and strokes scale with it. */
  unit: number;
  /** Systems lie between these two lines: the title above, the legend below. */
  headerBottom: number;
  footerTop: number;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

/**
 * Fits the projected galaxy into the picture. Seen from "above": the thin axis points at the
 * viewer; for an x/z disc (y up) that keeps +z downwards, otherwise the second axis points up.
 */
function layout(tables: UniverseTables, graph: GateGraph, widthPx: number): Layout {
  const { axes, u, v } = projectToPlane(tables.solar_systems);
  const flip = axes[0] === 'x' && axes[1] === 'z' ? 1 : -1;
  const n = u.length;
  let minU = Infinity;
  let maxU = -Infinity;
  let minV = Infinity;
  let maxV = -Infinity;
  for (let i = 0; i < n; i++) {
    const w = flip * v[i];
    minU = Math.min(minU, u[i]);
    maxU = Math.max(maxU, u[i]);
    minV = Math.min(minV, w);
    maxV = Math.max(maxV, w);
  }
  const unit = widthPx / 1600;
  const margin = 60 * unit;
  const header = HEADER_HEIGHT * unit;
  const footer = FOOTER_HEIGHT * unit;
  const spanU = Math.max(maxU - minU, 1);
  const spanV = Math.max(maxV - minV, 1);
  // Fit the width; a tall galaxy is fitted to 1.25 × the width instead.
  const scale = Math.min((widthPx - 2 * margin) / spanU, (1.25 * widthPx - 2 * margin - header - footer) / spanV);
  const height = Math.ceil(Math.max(spanV * scale + 2 * margin + header + footer, 0.5 * widthPx));
  const offsetX = (widthPx - spanU * scale) / 2;
  const offsetY = header + (height - header - footer - spanV * scale) / 2;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    x[i] = n === 1 ? widthPx / 2 : offsetX + (u[i] - minU) * scale;
    y[i] = n === 1 ? height / 2 : offsetY + (flip * v[i] - minV) * scale;
  }
  const laneLengths = graph.lanes.map(([a, b]) => Math.hypot(x[a] - x[b], y[a] - y[b]));
  const fallback = Math.sqrt(((widthPx - 2 * margin) * (height - 2 * margin)) / Math.max(1, n));
  return { width: widthPx, height, x, y, spacingPx: laneLengths.length > 0 ? median(laneLengths) : fallback, unit, headerBottom: header, footerTop: height - footer };
}

function regionOfEachSystem(tables: UniverseTables): { regionIndex: Int32Array; regionIndexById: Map<string, number> } {
  const regionIndexById = new Map(tables.regions.map((region, index) => [region.id, index]));
  const regionOfConstellation = new Map(tables.constellations.map((c) => [c.id, regionIndexById.get(c.region_id) ?? -1]));
  const regionIndex = Int32Array.from(tables.solar_systems, (s) => regionOfConstellation.get(s.constellation_id) ?? -1);
  return { regionIndex, regionIndexById };
}

/** One path per region: the union of a disc around each of its systems, softly tinted. */
function regionHalos(tables: UniverseTables, view: Layout, regionIndex: Int32Array): string[] {
  // About one system spacing, so a region's discs merge into one soft shape; capped so a small
  // map shows bubbles around its systems rather than a flood of colour.
  const radius = Math.max(4 * view.unit, Math.min(0.95 * view.spacingPx, 45 * view.unit));
  const r = px(radius);
  const pieces: string[][] = tables.regions.map(() => []);
  regionIndex.forEach((region, i) => {
    if (region < 0) return;
    pieces[region].push(`M${px(view.x[i] - radius)} ${px(view.y[i])}a${r} ${r} 0 1 0 ${px(2 * radius)} 0a${r} ${r} 0 1 0 ${px(-2 * radius)} 0`);
  });
  return pieces.flatMap((arcs, region) =>
    arcs.length === 0 ? [] : [`<path class="halo" fill="${regionHue(region).fill}" fill-opacity="0.12" d="${arcs.join('')}"/>`],
  );
}

function laneLines(graph: GateGraph, view: Layout, regionIndex: Int32Array): string[] {
  const inside: string[] = [];
  const border: string[] = [];
  for (const [a, b] of graph.lanes) {
    const line = `<line x1="${px(view.x[a])}" y1="${px(view.y[a])}" x2="${px(view.x[b])}" y2="${px(view.y[b])}"/>`;
    (regionIndex[a] === regionIndex[b] ? inside : border).push(line);
  }
  const width = (w: number): string => Math.max(0.5, w * view.unit).toFixed(2);
  return [
    `<g class="lanes" stroke="${LANE_COLOUR}" stroke-opacity="0.7" stroke-width="${width(0.8)}" stroke-linecap="round">`,
    ...inside,
    '</g>',
    `<g class="border-lanes" stroke="${BORDER_LANE_COLOUR}" stroke-opacity="0.9" stroke-width="${width(1.6)}" stroke-linecap="round">`,
    ...border,
    '</g>',
  ];
}

function dotRadius(view: Layout): number {
  return Math.min(4.5 * view.unit, Math.max(1.2 * view.unit, 0.16 * view.spacingPx));
}

function systemCircles(tables: UniverseTables, view: Layout): string[] {
  const radius = px(dotRadius(view));
  const lines = ['<g class="systems">'];
  tables.solar_systems.forEach((system, i) => {
    const security = system.security_status.toFixed(1);
    lines.push(
      `<circle cx="${px(view.x[i])}" cy="${px(view.y[i])}" r="${radius}" fill="${securityColour(system.security_status)}"><title>${xmlText(system.name)} (${security})</title></circle>`,
    );
  });
  lines.push('</g>');
  return lines;
}

/** Dashed arcs between wormhole ends, bowed to one side so they never hide a lane. */
function wormholeArcs(tables: UniverseTables, view: Layout): string[] {
  const indexById = new Map(tables.solar_systems.map((s, i) => [s.id, i]));
  const arcs: string[] = [];
  for (const wormhole of tables.wormholes) {
    const a = indexById.get(wormhole.source_system_id);
    const b = indexById.get(wormhole.destination_system_id);
    if (a === undefined || b === undefined) continue;
    const [dx, dy] = [view.x[b] - view.x[a], view.y[b] - view.y[a]];
    const [cx, cy] = [(view.x[a] + view.x[b]) / 2 - 0.2 * dy, (view.y[a] + view.y[b]) / 2 + 0.2 * dx];
    arcs.push(`<path d="M${px(view.x[a])} ${px(view.y[a])}Q${px(cx)} ${px(cy)} ${px(view.x[b])} ${px(view.y[b])}"/>`);
  }
  const u = view.unit;
  return [
    `<g class="wormholes" fill="none" stroke="${WORMHOLE_COLOUR}" stroke-opacity="0.45" stroke-width="${Math.max(0.6, 1.1 * u).toFixed(2)}" stroke-dasharray="${px(5 * u)} ${px(4 * u)}">`,
    ...arcs,
    '</g>',
  ];
}

/** The route as one line over the lanes, dark-cased so it reads on any colour. */
function routePath(tables: UniverseTables, view: Layout, route: readonly string[]): string[] {
  const indexByName = new Map(tables.solar_systems.map((s, i) => [s.name, i]));
  const points = route.flatMap((name) => {
    const i = indexByName.get(name);
    return i === undefined ? [] : [`${px(view.x[i])} ${px(view.y[i])}`];
  });
  if (points.length < 2) return [];
  const d = `M${points.join('L')}`;
  const u = view.unit;
  return [
    `<g class="route" fill="none" stroke-linecap="round" stroke-linejoin="round">`,
    `<path d="${d}" stroke="${BACKGROUND}" stroke-width="${px(6 * u)}"/>`,
    `<path d="${d}" stroke="${ROUTE_COLOUR}" stroke-width="${px(3 * u)}"/>`,
    '</g>',
  ];
}

/**
 * Every label of the picture, placed so none overlaps another, the starter marker or a system's
 * dot, and all stay between the title and the legend: the starter system and the route's ends
 * first, then region names (largest regions first), then system names on small maps.
 */
function labels(tables: UniverseTables, view: Layout, regionIndex: Int32Array, starterSystem: string, route: readonly string[]): string[] {
  const u = view.unit;
  const placer = new LabelPlacer({ x: 4 * u, y: view.headerBottom, width: view.width - 8 * u, height: view.footerTop - view.headerBottom });
  const starter = tables.solar_systems.findIndex((s) => s.name === starterSystem);
  const markerR = 13 * u;
  if (starter >= 0) placer.reserve({ x: view.x[starter] - markerR, y: view.y[starter] - markerR, width: 2 * markerR, height: 2 * markerR });
  const dot = dotRadius(view);
  const labelSystems = tables.solar_systems.length <= LABEL_SYSTEMS_UP_TO;
  if (labelSystems) {
    tables.solar_systems.forEach((_, i) => {
      if (i !== starter) placer.reserve({ x: view.x[i] - dot, y: view.y[i] - dot, width: 2 * dot, height: 2 * dot });
    });
  }
  const out: string[] = [];
  const systemLabel = (i: number, fontSize: number, bold: boolean, offset: number): Box | null => {
    const name = tables.solar_systems[i].name;
    const width = name.length * fontSize * (bold ? 0.7 : CHAR_WIDTH);
    const placed = placer.place({ text: name, x: view.x[i], y: view.y[i], width, height: fontSize * 1.25, offset, centred: false, tag: 0 });
    return placed ? placer.placed[placer.placed.length - 1] : null;
  };
  const baseline = (box: Box): number => box.y + box.height * 0.8;
  if (starter >= 0) {
    const box = systemLabel(starter, 13 * u, true, markerR + 3 * u);
    if (box) out.push(`<text class="genesis-label" x="${px(box.x)}" y="${px(baseline(box))}" font-size="${px(13 * u)}" font-weight="bold" fill="${GENESIS_COLOUR}">${xmlText(starterSystem)}</text>`);
  }
  const indexByName = new Map(tables.solar_systems.map((s, i) => [s.name, i]));
  for (const end of route.length > 1 ? [route[0], route[route.length - 1]] : []) {
    const i = indexByName.get(end);
    if (i === undefined || i === starter) continue;
    const box = systemLabel(i, 12 * u, true, dot + 4 * u);
    if (box) out.push(`<text class="route-label" x="${px(box.x)}" y="${px(baseline(box))}" font-size="${px(12 * u)}" font-weight="bold" fill="#ffffff" stroke="${BACKGROUND}" stroke-width="${px(3 * u)}" paint-order="stroke">${xmlText(end)}</text>`);
  }
  // Region names at their centroids (nudged up or down when the centre is taken).
  const sums = tables.regions.map(() => ({ x: 0, y: 0, count: 0 }));
  regionIndex.forEach((region, i) => {
    if (region < 0) return;
    sums[region].x += view.x[i];
    sums[region].y += view.y[i];
    sums[region].count++;
  });
  const regionFont = 15 * u;
  const order = tables.regions.map((_, index) => index).sort((a, b) => sums[b].count - sums[a].count || a - b);
  const regionTexts: string[] = [];
  for (const index of order) {
    const sum = sums[index];
    if (sum.count === 0) continue;
    const text = tables.regions[index].name.toUpperCase();
    const width = text.length * (regionFont * BOLD_CAPITAL_WIDTH + 2 * u);
    const height = regionFont * 1.2;
    for (const shift of [0, -1.2, 1.2, -2.4, 2.4]) {
      const [x, y] = [sum.x / sum.count, sum.y / sum.count + shift * height];
      if (!placer.place({ text, x, y, width, height, offset: 0, centred: true, tag: 1 })) continue;
      regionTexts.push(`<text class="region-label" x="${px(x)}" y="${px(y + height * 0.35)}" font-size="${px(regionFont)}" fill="${regionHue(index).label}">${xmlText(text)}</text>`);
      break;
    }
  }
  out.push(
    `<g class="region-labels" text-anchor="middle" font-weight="bold" letter-spacing="${px(2 * u)}" stroke="${BACKGROUND}" stroke-width="${px(3 * u)}" stroke-opacity="0.8" paint-order="stroke">`,
    ...regionTexts,
    '</g>',
  );
  if (labelSystems) {
    const systemTexts: string[] = [];
    tables.solar_systems.forEach((system, i) => {
      if (i === starter || (route.length > 1 && (system.name === route[0] || system.name === route[route.length - 1]))) return;
      const box = systemLabel(i, 10 * u, false, dot + 3 * u);
      if (box) systemTexts.push(`<text x="${px(box.x)}" y="${px(baseline(box))}">${xmlText(system.name)}</text>`);
    });
    out.push(`<g class="system-labels" font-size="${px(10 * u)}" fill="#c8d3e0">`, ...systemTexts, '</g>');
  }
  return out;
}

/** A four-pointed star of radius r around (cx, cy): the Genesis Prime marker. */
function starPath(cx: number, cy: number, r: number): string {
  const inner = r * 0.28;
  const points: string[] = [];
  for (let k = 0; k < 8; k++) {
    const angle = (k * Math.PI) / 4 - Math.PI / 2;
    const length = k % 2 === 0 ? r : inner;
    points.push(`${px(cx + length * Math.cos(angle))} ${px(cy + length * Math.sin(angle))}`);
  }
  return `M${points.join('L')}Z`;
}

function genesisMarker(tables: UniverseTables, view: Layout, starterSystem: string): string[] {
  const index = tables.solar_systems.findIndex((s) => s.name === starterSystem);
  if (index < 0) return [];
  const [x, y] = [view.x[index], view.y[index]];
  const r = 13 * view.unit;
  return [`<path class="genesis" d="${starPath(x, y, r)}" fill="none" stroke="${GENESIS_COLOUR}" stroke-width="${Math.max(1, 1.5 * view.unit).toFixed(2)}"/>`];
}

function legend(tables: UniverseTables, graph: GateGraph, view: Layout, title: string, starterSystem: string): string[] {
  const u = view.unit;
  const lines: string[] = [];
  lines.push(`<text x="${px(24 * u)}" y="${px(36 * u)}" font-size="${px(22 * u)}" font-weight="bold" fill="#e6edf5">${xmlText(title)}</text>`);
  const counts = tables.solar_systems.reduce((c, s) => ({ ...c, [securityClass(s.security_status)]: c[securityClass(s.security_status)] + 1 }), { high: 0, low: 0, null: 0 });
  const summary = `${tables.regions.length} regions · ${tables.constellations.length} constellations · ${tables.solar_systems.length} systems · ${graph.lanes.length} lanes · high ${counts.high} / low ${counts.low} / null ${counts.null}`;
  lines.push(`<text x="${px(24 * u)}" y="${px(58 * u)}" font-size="${px(12 * u)}" fill="#8fa3b8">${xmlText(summary)}</text>`);

  const boxWidth = 430 * u;
  const boxHeight = 112 * u;
  const left = 20 * u;
  const top = view.height - boxHeight - 20 * u;
  lines.push(`<g class="legend" font-size="${px(11 * u)}" fill="#c8d3e0">`);
  lines.push(`<rect x="${px(left)}" y="${px(top)}" width="${px(boxWidth)}" height="${px(boxHeight)}" rx="${px(6 * u)}" fill="#0b1020" fill-opacity="0.85" stroke="#2a3550"/>`);
  lines.push(`<text x="${px(left + 12 * u)}" y="${px(top + 20 * u)}">Security status</text>`);
  const swatch = 18 * u;
  SECURITY_COLOURS.forEach((colour, tenths) => {
    const x = left + 12 * u + (10 - tenths) * swatch;
    lines.push(`<rect x="${px(x)}" y="${px(top + 28 * u)}" width="${px(swatch - 2 * u)}" height="${px(10 * u)}" fill="${colour}"/>`);
  });
  lines.push(`<text x="${px(left + 12 * u)}" y="${px(top + 52 * u)}">1.0</text>`);
  lines.push(`<text x="${px(left + 12 * u + 10 * swatch)}" y="${px(top + 52 * u)}">0.0</text>`);
  const rowY = (k: number): number => top + (70 + 16 * k) * u;
  lines.push(`<path d="M${px(left + 12 * u)} ${px(rowY(0) - 4 * u)}h${px(24 * u)}" stroke="${LANE_COLOUR}" stroke-width="${(1.2 * u).toFixed(2)}"/>`);
  lines.push(`<text x="${px(left + 44 * u)}" y="${px(rowY(0))}">stargate lane</text>`);
  lines.push(`<path d="M${px(left + 12 * u)} ${px(rowY(1) - 4 * u)}h${px(24 * u)}" stroke="${BORDER_LANE_COLOUR}" stroke-width="${(2 * u).toFixed(2)}"/>`);
  lines.push(`<text x="${px(left + 44 * u)}" y="${px(rowY(1))}">lane between regions</text>`);
  lines.push(`<path d="${starPath(left + 24 * u, rowY(2) - 4 * u, 6 * u)}" fill="none" stroke="${GENESIS_COLOUR}" stroke-width="${(1.2 * u).toFixed(2)}"/>`);
  lines.push(`<text x="${px(left + 44 * u)}" y="${px(rowY(2))}">${xmlText(starterSystem)} (starter system)</text>`);
  const column = left + 230 * u;
  lines.push(`<path d="M${px(column)} ${px(rowY(0) - 4 * u)}h${px(24 * u)}" stroke="${WORMHOLE_COLOUR}" stroke-width="${(1.2 * u).toFixed(2)}" stroke-dasharray="${px(4 * u)} ${px(3 * u)}"/>`);
  lines.push(`<text x="${px(column + 32 * u)}" y="${px(rowY(0))}">wormhole</text>`);
  lines.push(`<path d="M${px(column)} ${px(rowY(1) - 4 * u)}h${px(24 * u)}" stroke="${ROUTE_COLOUR}" stroke-width="${(2.5 * u).toFixed(2)}"/>`);
  lines.push(`<text x="${px(column + 32 * u)}" y="${px(rowY(1))}">route</text>`);
  lines.push('</g>');
  return lines;
}

export function renderMapSvg(tables: UniverseTables, options: MapOptions = {}): string {
  const widthPx = options.widthPx ?? 1600;
  const title = options.title ?? 'Echoes of Imperial — universe map';
  const starterSystem = options.starterSystem ?? DEFAULT_STARTER.system;
  const route = options.route ?? [];
  const graph = buildGateGraph(tables);
  const view = layout(tables, graph, widthPx);
  const { regionIndex } = regionOfEachSystem(tables);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${view.width}" height="${view.height}" viewBox="0 0 ${view.width} ${view.height}" font-family="${xmlText(FONT_FAMILY)}">`,
    `<title>${xmlText(title)}</title>`,
    '<defs><radialGradient id="core" cx="50%" cy="50%" r="60%"><stop offset="0" stop-color="#141c33"/><stop offset="1" stop-color="' + BACKGROUND + '"/></radialGradient></defs>',
    `<rect width="100%" height="100%" fill="url(#core)"/>`,
    '<g class="halos">',
    ...regionHalos(tables, view, regionIndex),
    '</g>',
    ...laneLines(graph, view, regionIndex),
    ...wormholeArcs(tables, view),
    ...routePath(tables, view, route),
    ...systemCircles(tables, view),
    ...genesisMarker(tables, view, starterSystem),
    ...labels(tables, view, regionIndex, starterSystem, route),
    ...legend(tables, graph, view, title, starterSystem),
    '</svg>',
  ];
  return parts.join('\n') + '\n';
}

/** The SVG rasterised to PNG at its own size, with the system's fonts for the labels. */
export async function renderMapPng(svg: string): Promise<Buffer> {
  const image = await renderAsync(svg, {
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
    fitTo: { mode: 'original' },
    background: BACKGROUND,
  });
  return image.asPng();
}
