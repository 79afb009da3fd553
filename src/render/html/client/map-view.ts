// The galaxy drawn on a <canvas>, panned and zoomed with d3-zoom (wheel, drag, pinch).
// Layers, back to front: region areas (one soft union of discs per region), region and
// constellation borders (Voronoi edges between neighbouring systems of different regions or
// constellations, clipped near the systems), lanes (amber between regions), wormholes (dashed),
// the route, systems by security colour, the starter marker, the selection, then labels placed
// by labels.ts so none collide.
//
// Speed: geometry is culled to the viewport and drawn in a handful of batched paths per frame.
// When a full frame costs more than a frame budget (10× EVE), pans and zooms redraw the last
// full frame as a scaled bitmap and the exact frame follows as soon as the gesture pauses.
import Delaunator from 'delaunator';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { BORDER_LANE_COLOUR, GENESIS_COLOUR, LANE_COLOUR, SECURITY_COLOURS, regionHue } from '../../map-style.js';
import { LabelPlacer, type Box, type PlacedLabel } from '../../labels.js';
import type { Universe } from './universe.js';

export const ROUTE_COLOUR = '#ff4fd8';
export const WORMHOLE_COLOUR = '#b98cff';
const FONT = "'DejaVu Sans', Verdana, Arial, sans-serif";
/** Full frames slower than this (ms, recent average) make gestures use the bitmap of the last frame. */
const FRAME_BUDGET_MS = 40;
/** Visibility of a system under the filters. */
/** Radius of the starter system's star marker, in CSS pixels. */
const STARTER_MARK_PX = 11;
export const HIDDEN = 0;
export const DIMMED = 1;
export const SHOWN = 2;

/** Label kinds (the `tag` of a placed label). */
const enum LabelKind {
  Starter,
  Selected,
  Region,
  Constellation,
  System,
}

interface Geometry {
  /** One path per region: the union of discs around its systems, in plane units. */
  regionAreas: Path2D[];
  /** Border segments x1, y1, x2, y2 in plane units. */
  regionBorders: Float64Array;
  constellationBorders: Float64Array;
  /** Systems by colour bucket (index into SECURITY_COLOURS). */
  buckets: Int32Array[];
  /** Spatial hash for picking: cell → systems. */
  cellSize: number;
  cells: Map<number, number[]>;
  bounds: { minX: number; minY: number; maxX: number; maxY: number };
}

function colourBucket(security: number): number {
  const tenths = Math.round(Math.min(1, Math.max(0, security)) * 10);
  return security > 0 && tenths === 0 ? 1 : tenths;
}

function cellKey(cx: number, cy: number): number {
  return (cx + 32768) * 65536 + (cy + 32768);
}

/** Voronoi edges between neighbouring systems whose group differs, clipped to `reach` of them. */
function borders(u: Universe, differ: (a: number, b: number) => boolean): Float64Array {
  if (u.count < 3) return new Float64Array(0);
  const coords = new Float64Array(2 * u.count);
  for (let i = 0; i < u.count; i++) {
    coords[2 * i] = u.x[i];
    coords[2 * i + 1] = u.y[i];
  }
  const delaunay = new Delaunator(coords);
  const { triangles, halfedges } = delaunay;
  const circumcentre = (t: number): [number, number] => {
    const [a, b, c] = [triangles[3 * t], triangles[3 * t + 1], triangles[3 * t + 2]];
    const [ax, ay, bx, by, cx, cy] = [u.x[a], u.y[a], u.x[b], u.y[b], u.x[c], u.y[c]];
    const d = 2 * (ax * (by - cy) + bx * (cy - ay) + cx * (ay - by));
    if (d === 0) return [(ax + bx + cx) / 3, (ay + by + cy) / 3];
    const a2 = ax * ax + ay * ay;
    const b2 = bx * bx + by * by;
    const c2 = cx * cx + cy * cy;
    return [(a2 * (by - cy) + b2 * (cy - ay) + c2 * (ay - by)) / d, (a2 * (cx - bx) + b2 * (ax - cx) + c2 * (bx - ax)) / d];
  };
  const reach = 1.1 * u.spacing;
  const segments: number[] = [];
  for (let e = 0; e < halfedges.length; e++) {
    const opposite = halfedges[e];
    if (opposite < e) continue; // each inner edge once; hull edges (-1) have no Voronoi edge to draw
    const a = triangles[e];
    const b = triangles[e % 3 === 2 ? e - 2 : e + 1];
    if (!differ(a, b)) continue;
    const mx = (u.x[a] + u.x[b]) / 2;
    const my = (u.y[a] + u.y[b]) / 2;
    if (Math.hypot(u.x[a] - u.x[b], u.y[a] - u.y[b]) > 4 * u.spacing) continue;
    const clip = ([cx, cy]: [number, number]): [number, number] => {
      const d = Math.hypot(cx - mx, cy - my);
      return d <= reach ? [cx, cy] : [mx + ((cx - mx) * reach) / d, my + ((cy - my) * reach) / d];
    };
    const [x1, y1] = clip(circumcentre(Math.floor(e / 3)));
    const [x2, y2] = clip(circumcentre(Math.floor(opposite / 3)));
    segments.push(x1, y1, x2, y2);
  }
  return Float64Array.from(segments);
}

function buildGeometry(u: Universe): Geometry {
  const haloRadius = 0.95 * u.spacing;
  const regionAreas = u.data.regions.name.map(() => new Path2D());
  const buckets: number[][] = SECURITY_COLOURS.map(() => []);
  const cellSize = 2 * u.spacing;
  const cells = new Map<number, number[]>();
  const bounds = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (let i = 0; i < u.count; i++) {
    const [x, y] = [u.x[i], u.y[i]];
    if (u.region[i] >= 0) {
      const area = regionAreas[u.region[i]];
      area.moveTo(x + haloRadius, y);
      area.arc(x, y, haloRadius, 0, 2 * Math.PI);
    }
    buckets[colourBucket(u.security[i])].push(i);
    const key = cellKey(Math.floor(x / cellSize), Math.floor(y / cellSize));
    const cell = cells.get(key);
    if (cell === undefined) cells.set(key, [i]);
    else cell.push(i);
    bounds.minX = Math.min(bounds.minX, x);
    bounds.minY = Math.min(bounds.minY, y);
    bounds.maxX = Math.max(bounds.maxX, x);
    bounds.maxY = Math.max(bounds.maxY, y);
  }
  if (u.count === 0) Object.assign(bounds, { minX: 0, minY: 0, maxX: 1, maxY: 1 });
  return {
    regionAreas,
    regionBorders: borders(u, (a, b) => u.region[a] !== u.region[b]),
    constellationBorders: borders(u, (a, b) => u.region[a] === u.region[b] && u.constellation[a] !== u.constellation[b]),
    buckets: buckets.map((list) => Int32Array.from(list)),
    cellSize,
    cells,
    bounds,
  };
}

export interface MapViewEvents {
  /** A system was clicked (or -1 for empty space). */
  pick(system: number): void;
  /** CSS pixels covered by cards at the left and right edges, kept clear when fitting and centring. */
  covered(): { left: number; right: number };
  /** Boxes of the cards over the map (screen CSS pixels): no label is placed under them. */
  cards(): Box[];
}

export class MapView {
  private universe: Universe | null = null;
  private geometry: Geometry | null = null;
  private readonly context: CanvasRenderingContext2D;
  private readonly zoomBehaviour: ZoomBehavior<HTMLCanvasElement, unknown>;
  private transform: ZoomTransform = zoomIdentity;
  private widthPx = 0;
  private heightPx = 0;
  private pixelRatio = 1;
  private frameRequested = false;
  private exactTimer: ReturnType<typeof setTimeout> | undefined;
  /** Recent full-frame cost (ms), a moving average; the first frame (fonts, warm-up) is left out. */
  private frameMs = 0;
  private frames = 0;
  private snapshot: { canvas: HTMLCanvasElement; transform: ZoomTransform } | null = null;
  private visibility: Uint8Array = new Uint8Array(0);
  private selected = -1;
  private route: number[] = [];
  private labels: PlacedLabel[] = [];
  private readonly textWidths = new Map<string, number>();

  constructor(
    private readonly canvas: HTMLCanvasElement,
    private readonly events: MapViewEvents,
  ) {
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('this browser cannot draw on a canvas');
    this.context = context;
    this.zoomBehaviour = zoom<HTMLCanvasElement, unknown>()
      .clickDistance(4)
      .on('zoom', (event: D3ZoomEvent<HTMLCanvasElement, unknown>) => {
        this.transform = event.transform;
        this.requestFrame(event.sourceEvent !== null && event.sourceEvent !== undefined);
      });
    select(canvas).call(this.zoomBehaviour).on('dblclick.zoom', null);
    canvas.addEventListener('click', (event) => {
      const rect = canvas.getBoundingClientRect();
      this.events.pick(this.systemAt(event.clientX - rect.left, event.clientY - rect.top));
    });
    canvas.addEventListener('mousemove', (event) => {
      const rect = canvas.getBoundingClientRect();
      const system = this.systemAt(event.clientX - rect.left, event.clientY - rect.top);
      canvas.style.cursor = system >= 0 ? 'pointer' : 'grab';
      canvas.title = system >= 0 && this.universe ? `${this.universe.names[system]} (${this.universe.security[system].toFixed(1)})` : '';
    });
    new ResizeObserver(() => this.resize()).observe(canvas);
    this.resize();
  }

  /** Shows a universe; with keepView the pan and zoom stay as they are (live preview). */
  setUniverse(universe: Universe, keepView: boolean): void {
    this.universe = universe;
    this.geometry = buildGeometry(universe);
    this.visibility = new Uint8Array(universe.count).fill(SHOWN);
    this.selected = -1;
    this.route = [];
    this.textWidths.clear();
    const minScale = this.fitScale() / 2;
    this.zoomBehaviour.scaleExtent([minScale, Math.max(minScale * 4, 400 / universe.spacing)]);
    if (!keepView) this.fit(null);
    else this.requestFrame(false);
  }

  setVisibility(visibility: Uint8Array): void {
    this.visibility = visibility;
    this.requestFrame(false);
  }

  setSelected(system: number): void {
    this.selected = system;
    this.requestFrame(false);
  }

  setRoute(route: number[]): void {
    this.route = route;
    this.requestFrame(false);
  }

  /** The labels of the last frame, in screen pixels (tests check that none overlap). */
  placedLabels(): PlacedLabel[] {
    return this.labels;
  }

  /** Screen position (CSS pixels) of a system under the current view. */
  screenPosition(system: number): [number, number] {
    const u = this.universe;
    if (u === null) return [0, 0];
    return [this.transform.applyX(u.x[system]), this.transform.applyY(u.y[system])];
  }

  /** Centres the view on a system, zooming in to where system names show. */
  centreOn(system: number): void {
    const u = this.universe;
    if (u === null || system < 0) return;
    const k = Math.max(this.transform.k, 60 / u.spacing);
    const { left, right } = this.clearArea();
    this.setTransform(zoomIdentity.translate((left + right) / 2 - k * u.x[system], this.heightPx / 2 - k * u.y[system]).scale(k));
  }

  /** Fits the given systems (all when null) into the view. */
  fit(systems: readonly number[] | null): void {
    const u = this.universe;
    const g = this.geometry;
    if (u === null || g === null) return;
    let { minX, minY, maxX, maxY } = g.bounds;
    if (systems !== null && systems.length > 0) {
      [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
      for (const i of systems) {
        minX = Math.min(minX, u.x[i]);
        minY = Math.min(minY, u.y[i]);
        maxX = Math.max(maxX, u.x[i]);
        maxY = Math.max(maxY, u.y[i]);
      }
    }
    const pad = 1.5 * u.spacing;
    const spanX = maxX - minX + 2 * pad;
    const spanY = maxY - minY + 2 * pad;
    const { left, right } = this.clearArea();
    const k = Math.min((right - left) / spanX, this.heightPx / spanY, 400 / u.spacing);
    const cx = (minX + maxX) / 2;
    const cy = (minY + maxY) / 2;
    this.setTransform(zoomIdentity.translate((left + right) / 2 - k * cx, this.heightPx / 2 - k * cy).scale(k));
  }

  /** The horizontal span not covered by cards (the whole width when they would leave too little). */
  private clearArea(): { left: number; right: number } {
    const covered = this.events.covered();
    const left = covered.left;
    const right = this.widthPx - covered.right;
    return right - left >= 0.45 * this.widthPx ? { left, right } : { left: 0, right: this.widthPx };
  }

  private fitScale(): number {
    const g = this.geometry;
    if (g === null) return 1;
    return Math.min(this.widthPx / Math.max(1, g.bounds.maxX - g.bounds.minX), this.heightPx / Math.max(1, g.bounds.maxY - g.bounds.minY));
  }

  private setTransform(transform: ZoomTransform): void {
    // Through d3-zoom, so the next wheel or drag continues from here.
    this.zoomBehaviour.transform(select(this.canvas), transform);
  }

  private resize(): void {
    const rect = this.canvas.getBoundingClientRect();
    this.widthPx = Math.max(1, rect.width);
    this.heightPx = Math.max(1, rect.height);
    this.pixelRatio = window.devicePixelRatio || 1;
    this.canvas.width = Math.round(this.widthPx * this.pixelRatio);
    this.canvas.height = Math.round(this.heightPx * this.pixelRatio);
    this.snapshot = null;
    this.requestFrame(false);
  }

  /** Schedules a frame; during a gesture on a heavy map, a cheap bitmap frame first. */
  requestFrame(gesture: boolean): void {
    const cheap = gesture && this.frameMs > FRAME_BUDGET_MS && this.snapshot !== null;
    if (cheap) {
      clearTimeout(this.exactTimer);
      this.exactTimer = setTimeout(() => this.requestFrame(false), 160);
    }
    if (this.frameRequested) {
      if (!cheap) this.pendingExact = true;
      return;
    }
    this.frameRequested = true;
    this.pendingExact = !cheap;
    requestAnimationFrame(() => {
      this.frameRequested = false;
      if (this.pendingExact) this.drawExact();
      else this.drawSnapshot();
    });
  }

  private pendingExact = true;

  private drawSnapshot(): void {
    const snapshot = this.snapshot;
    if (snapshot === null) return this.drawExact();
    const ctx = this.context;
    const scale = this.transform.k / snapshot.transform.k;
    const dx = this.transform.x - snapshot.transform.x * scale;
    const dy = this.transform.y - snapshot.transform.y * scale;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = '#04060d';
    ctx.fillRect(0, 0, this.canvas.width, this.canvas.height);
    ctx.setTransform(scale, 0, 0, scale, dx * this.pixelRatio, dy * this.pixelRatio);
    ctx.drawImage(snapshot.canvas, 0, 0);
  }

  private drawExact(): void {
    const started = performance.now();
    this.render();
    // The canvas rasterises after this task, so the frame's real cost shows when the next frame starts.
    requestAnimationFrame(() => {
      const spent = performance.now() - started;
      this.frames++;
      if (this.frames === 2) this.frameMs = spent;
      else if (this.frames > 2) this.frameMs = 0.7 * this.frameMs + 0.3 * spent;
      this.canvas.dataset.frameMs = spent.toFixed(1);
    });
    if (this.frameMs > FRAME_BUDGET_MS) {
      const copy = this.snapshot?.canvas ?? document.createElement('canvas');
      copy.width = this.canvas.width;
      copy.height = this.canvas.height;
      copy.getContext('2d')?.drawImage(this.canvas, 0, 0);
      this.snapshot = { canvas: copy, transform: this.transform };
    } else {
      this.snapshot = null;
    }
  }

  /** The system drawn nearest to a screen point (CSS pixels), or -1 when none is close. */
  systemAt(screenX: number, screenY: number): number {
    const u = this.universe;
    const g = this.geometry;
    if (u === null || g === null) return -1;
    const [wx, wy] = this.transform.invert([screenX, screenY]);
    const reach = Math.max(8, this.dotRadius() + 4) / this.transform.k;
    const cx = Math.floor(wx / g.cellSize);
    const cy = Math.floor(wy / g.cellSize);
    const span = Math.ceil(reach / g.cellSize);
    let best = -1;
    let bestDistance = reach;
    for (let x = cx - span; x <= cx + span; x++) {
      for (let y = cy - span; y <= cy + span; y++) {
        for (const i of g.cells.get(cellKey(x, y)) ?? []) {
          if (this.visibility[i] === HIDDEN) continue;
          const d = Math.hypot(u.x[i] - wx, u.y[i] - wy);
          if (d <= bestDistance) {
            best = i;
            bestDistance = d;
          }
        }
      }
    }
    return best;
  }

  private dotRadius(): number {
    const spacingPx = (this.universe?.spacing ?? 1) * this.transform.k;
    return Math.min(5, Math.max(1.3, 0.14 * spacingPx));
  }

  private textWidth(text: string, font: string): number {
    const key = font + '\u0000' + text;
    let width = this.textWidths.get(key);
    if (width === undefined) {
      this.context.font = font;
      width = this.context.measureText(text).width;
      this.textWidths.set(key, width);
    }
    return width;
  }

  private render(): void {
    const ctx = this.context;
    const u = this.universe;
    const g = this.geometry;
    const ratio = this.pixelRatio;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = '#04060d';
    ctx.fillRect(0, 0, this.canvas.width, this.canvas.height);
    if (u === null || g === null) return;
    const t = this.transform;
    const k = t.k;
    // The visible plane rectangle, with a margin so shapes entering the view are drawn whole.
    const margin = 2 * u.spacing;
    const [left, top] = t.invert([0, 0]);
    const [right, bottom] = t.invert([this.widthPx, this.heightPx]);
    const inView = (x: number, y: number): boolean => x >= left - margin && x <= right + margin && y >= top - margin && y <= bottom + margin;
    const segmentInView = (x1: number, y1: number, x2: number, y2: number): boolean =>
      !((x1 < left - margin && x2 < left - margin) || (x1 > right + margin && x2 > right + margin) || (y1 < top - margin && y2 < top - margin) || (y1 > bottom + margin && y2 > bottom + margin));
    const visible = this.visibility;
    const allShown = !visible.includes(HIDDEN) && !visible.includes(DIMMED);

    // Plane units from here on: one transform for every path.
    ctx.setTransform(ratio * k, 0, 0, ratio * k, ratio * t.x, ratio * t.y);
    const px = 1 / k; // one CSS pixel in plane units

    // Region areas.
    g.regionAreas.forEach((area, region) => {
      ctx.fillStyle = regionHue(region).fill;
      ctx.globalAlpha = allShown ? 0.11 : 0.06;
      ctx.fill(area);
    });
    ctx.globalAlpha = 1;

    // Borders: constellations faint and dashed, regions brighter.
    const strokeSegments = (segments: Float64Array, colour: string, widthPx: number, dash: number[]): void => {
      ctx.beginPath();
      for (let s = 0; s < segments.length; s += 4) {
        if (!segmentInView(segments[s], segments[s + 1], segments[s + 2], segments[s + 3])) continue;
        ctx.moveTo(segments[s], segments[s + 1]);
        ctx.lineTo(segments[s + 2], segments[s + 3]);
      }
      ctx.strokeStyle = colour;
      ctx.lineWidth = widthPx * px;
      ctx.setLineDash(dash.map((d) => d * px));
      ctx.stroke();
      ctx.setLineDash([]);
    };
    const spacingPx = u.spacing * k;
    if (spacingPx > 6) strokeSegments(g.constellationBorders, 'rgba(160, 180, 210, 0.22)', 0.8, [3, 3]);
    strokeSegments(g.regionBorders, 'rgba(200, 215, 235, 0.45)', 1.1, []);

    // Lanes: inside regions, then between regions on top.
    const lanePass = (betweenRegions: number, colour: string, widthPx: number, alpha: number): void => {
      ctx.beginPath();
      const lanes = u.lanes;
      for (let l = 0; l < u.laneBetweenRegions.length; l++) {
        if (u.laneBetweenRegions[l] !== betweenRegions) continue;
        const a = lanes[2 * l];
        const b = lanes[2 * l + 1];
        if (visible[a] !== SHOWN || visible[b] !== SHOWN) continue;
        if (!segmentInView(u.x[a], u.y[a], u.x[b], u.y[b])) continue;
        ctx.moveTo(u.x[a], u.y[a]);
        ctx.lineTo(u.x[b], u.y[b]);
      }
      ctx.strokeStyle = colour;
      ctx.globalAlpha = alpha;
      ctx.lineWidth = widthPx * px;
      ctx.stroke();
      ctx.globalAlpha = 1;
    };
    lanePass(0, LANE_COLOUR, 0.8, 0.6);
    lanePass(1, BORDER_LANE_COLOUR, 1.4, 0.85);

    // Wormholes: dashed arcs, bowed so they never hide a lane.
    ctx.beginPath();
    const { source, destination } = u.data.wormholes;
    for (let w = 0; w < source.length; w++) {
      const [a, b] = [source[w], destination[w]];
      if (visible[a] === HIDDEN || visible[b] === HIDDEN) continue;
      if (!segmentInView(u.x[a], u.y[a], u.x[b], u.y[b])) continue;
      const [mx, my] = [(u.x[a] + u.x[b]) / 2, (u.y[a] + u.y[b]) / 2];
      const [dx, dy] = [u.x[b] - u.x[a], u.y[b] - u.y[a]];
      ctx.moveTo(u.x[a], u.y[a]);
      ctx.quadraticCurveTo(mx - dy * 0.2, my + dx * 0.2, u.x[b], u.y[b]);
    }
    ctx.strokeStyle = WORMHOLE_COLOUR;
    // Faint from afar, where hundreds of them would hide the lanes; plain once zoomed in.
    ctx.globalAlpha = Math.min(0.6, Math.max(0.2, (u.spacing * k) / 40));
    ctx.lineWidth = 1 * px;
    ctx.setLineDash([4 * px, 4 * px]);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.globalAlpha = 1;

    // The route: a dark casing under a bright line.
    if (this.route.length > 1) {
      ctx.beginPath();
      ctx.moveTo(u.x[this.route[0]], u.y[this.route[0]]);
      for (const system of this.route.slice(1)) ctx.lineTo(u.x[system], u.y[system]);
      ctx.lineJoin = 'round';
      ctx.lineCap = 'round';
      ctx.strokeStyle = '#04060d';
      ctx.lineWidth = 7 * px;
      ctx.stroke();
      ctx.strokeStyle = ROUTE_COLOUR;
      ctx.lineWidth = 3.5 * px;
      ctx.stroke();
    }

    // Systems, one batched path per security colour; tiny dots as squares (much faster).
    const r = this.dotRadius() * px;
    const round = r * k >= 1.8;
    g.buckets.forEach((members, bucket) => {
      for (const pass of [DIMMED, SHOWN]) {
        ctx.beginPath();
        let any = false;
        for (const i of members) {
          if (visible[i] !== pass) continue;
          const [x, y] = [u.x[i], u.y[i]];
          if (!inView(x, y)) continue;
          any = true;
          if (round) {
            ctx.moveTo(x + r, y);
            ctx.arc(x, y, r, 0, 2 * Math.PI);
          } else {
            ctx.rect(x - r, y - r, 2 * r, 2 * r);
          }
        }
        if (!any) continue;
        ctx.fillStyle = SECURITY_COLOURS[bucket];
        ctx.globalAlpha = pass === SHOWN ? 1 : 0.18;
        ctx.fill();
      }
    });
    ctx.globalAlpha = 1;
    for (const system of this.route) {
      ctx.beginPath();
      ctx.arc(u.x[system], u.y[system], r + 1.5 * px, 0, 2 * Math.PI);
      ctx.strokeStyle = ROUTE_COLOUR;
      ctx.lineWidth = 1.5 * px;
      ctx.stroke();
    }

    // Back to screen pixels for markers and labels.
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    const placer = new LabelPlacer({ x: 2, y: 2, width: this.widthPx - 4, height: this.heightPx - 4 });
    for (const card of this.events.cards()) placer.reserve(card);
    const dotPx = this.dotRadius();
    if (u.starter >= 0 && visible[u.starter] !== HIDDEN) {
      const [sx, sy] = this.screenPosition(u.starter);
      drawStar(ctx, sx, sy, STARTER_MARK_PX);
      placer.reserve({ x: sx - STARTER_MARK_PX, y: sy - STARTER_MARK_PX, width: 2 * STARTER_MARK_PX, height: 2 * STARTER_MARK_PX });
    }
    if (this.selected >= 0) {
      const [sx, sy] = this.screenPosition(this.selected);
      ctx.beginPath();
      ctx.arc(sx, sy, dotPx + 5, 0, 2 * Math.PI);
      ctx.strokeStyle = '#ffffff';
      ctx.lineWidth = 2;
      ctx.stroke();
    }
    this.labels = this.placeAllLabels(placer, spacingPx, dotPx, inView);
    this.drawLabels(this.labels);
  }

  private placeAllLabels(placer: LabelPlacer, spacingPx: number, dotPx: number, inView: (x: number, y: number) => boolean): PlacedLabel[] {
    const u = this.universe as Universe;
    const visible = this.visibility;
    const systemFont = `11px ${FONT}`;
    const boldFont = `bold 12px ${FONT}`;
    const regionFont = `bold 13px ${FONT}`;
    const constellationFont = `italic 11px ${FONT}`;
    const systemCandidate = (system: number, kind: LabelKind, font: string, height: number, offset = dotPx + 4): void => {
      const [sx, sy] = this.screenPosition(system);
      placer.place({ text: u.names[system], x: sx, y: sy, width: this.textWidth(u.names[system], font), height, offset, centred: false, tag: kind });
    };
    // 1. The starter system (beside its marker) and the selected system always get their names.
    if (u.starter >= 0 && visible[u.starter] !== HIDDEN) systemCandidate(u.starter, LabelKind.Starter, boldFont, 14, STARTER_MARK_PX + 3);
    if (this.selected >= 0) systemCandidate(this.selected, LabelKind.Selected, boldFont, 14);
    for (const end of [this.route[0], this.route[this.route.length - 1]]) if (end !== undefined) systemCandidate(end, LabelKind.Selected, boldFont, 14);
    // 2. Region names, the largest regions first, while a region is still small on screen.
    const showSystems = spacingPx >= 30;
    const regionOrder = Array.from(u.regionSystems.keys()).sort((a, b) => u.regionSystems[b] - u.regionSystems[a]);
    if (spacingPx < 90) {
      for (const region of regionOrder) {
        if (u.regionSystems[region] === 0) continue;
        const [x, y] = [u.regionCentroid[2 * region], u.regionCentroid[2 * region + 1]];
        if (!inView(x, y)) continue;
        const text = u.data.regions.name[region].toUpperCase();
        placer.place({ text, x: this.transform.applyX(x), y: this.transform.applyY(y), width: this.textWidth(text, regionFont), height: 16, offset: 0, centred: true, tag: LabelKind.Region });
      }
    }
    // 3. Zoomed in: system names beside their dots (dots reserved so no name covers one).
    if (showSystems) {
      const candidates: number[] = [];
      for (let i = 0; i < u.count; i++) {
        if (visible[i] === SHOWN && inView(u.x[i], u.y[i])) {
          const [sx, sy] = this.screenPosition(i);
          placer.reserve({ x: sx - dotPx, y: sy - dotPx, width: 2 * dotPx, height: 2 * dotPx });
          candidates.push(i);
        }
      }
      for (const i of candidates) systemCandidate(i, LabelKind.System, systemFont, 13);
    }
    // 4. Constellation names where there is room.
    if (spacingPx >= 12) {
      for (let c = 0; c < u.constellationSystems.length; c++) {
        if (u.constellationSystems[c] === 0) continue;
        const [x, y] = [u.constellationCentroid[2 * c], u.constellationCentroid[2 * c + 1]];
        if (!inView(x, y)) continue;
        const text = u.data.constellations.name[c];
        placer.place({ text, x: this.transform.applyX(x), y: this.transform.applyY(y), width: this.textWidth(text, constellationFont), height: 13, offset: 0, centred: true, tag: LabelKind.Constellation });
      }
    }
    return placer.placed;
  }

  private drawLabels(labels: PlacedLabel[]): void {
    const ctx = this.context;
    ctx.textBaseline = 'middle';
    ctx.lineJoin = 'round';
    for (const label of labels) {
      let font = `11px ${FONT}`;
      let colour = '#c8d3e0';
      if (label.tag === LabelKind.Starter) [font, colour] = [`bold 12px ${FONT}`, GENESIS_COLOUR];
      else if (label.tag === LabelKind.Selected) [font, colour] = [`bold 12px ${FONT}`, '#ffffff'];
      else if (label.tag === LabelKind.Region) [font, colour] = [`bold 13px ${FONT}`, '#e8eef7'];
      else if (label.tag === LabelKind.Constellation) [font, colour] = [`italic 11px ${FONT}`, '#8fa3b8'];
      ctx.font = font;
      ctx.strokeStyle = 'rgba(4, 6, 13, 0.85)';
      ctx.lineWidth = 3;
      ctx.strokeText(label.text, label.x, label.y + label.height / 2);
      ctx.fillStyle = colour;
      ctx.fillText(label.text, label.x, label.y + label.height / 2);
    }
  }
}

/** The starter system's marker: a four-pointed star, as on the SVG map. */
function drawStar(ctx: CanvasRenderingContext2D, cx: number, cy: number, r: number): void {
  ctx.beginPath();
  for (let k = 0; k < 8; k++) {
    const angle = (k * Math.PI) / 4 - Math.PI / 2;
    const length = k % 2 === 0 ? r : r * 0.28;
    const [x, y] = [cx + length * Math.cos(angle), cy + length * Math.sin(angle)];
    if (k === 0) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  }
  ctx.closePath();
  ctx.strokeStyle = GENESIS_COLOUR;
  ctx.lineWidth = 1.5;
  ctx.stroke();
}

export type { Box };
