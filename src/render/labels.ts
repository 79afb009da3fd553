// Label placement without collisions, for the SVG map and the interactive page: candidates are
// tried in priority order, each at a few positions around its anchor, and a label is drawn only
// where its box overlaps no box placed before it (nor a reserved box, such as a system's own
// dot or a card over the map). A uniform grid of buckets keeps each test to the few boxes nearby,
// so a frame with thousands of candidates stays cheap.
// Pure code (no DOM): widths come from the caller's text measurer.

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelCandidate {
  text: string;
  /** Anchor in screen pixels (the system's dot, a region's centre). */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Gap between the anchor and the text, in pixels (the dot's radius and a margin). */
  offset: number;
  /** Centred on the anchor (regions, constellations) rather than beside it (systems). */
  centred: boolean;
  /** Caller's data, returned with the placed label (style, kind). */
  tag: number;
}

export interface PlacedLabel extends Box {
  text: string;
  tag: number;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Boxes hashed into square cells; a box is listed in every cell it touches. */
class BoxGrid {
  private readonly cells = new Map<number, Box[]>();
  constructor(private readonly cellPx: number) {}

  private keys(box: Box): number[] {
    const keys: number[] = [];
    const x0 = Math.floor(box.x / this.cellPx);
    const x1 = Math.floor((box.x + box.width) / this.cellPx);
    const y0 = Math.floor(box.y / this.cellPx);
    const y1 = Math.floor((box.y + box.height) / this.cellPx);
    // Cell coordinates stay well inside ±2^15 for any screen, so one number keys a cell.
    for (let cx = x0; cx <= x1; cx++) for (let cy = y0; cy <= y1; cy++) keys.push((cx + 32768) * 65536 + (cy + 32768));
    return keys;
  }

  collides(box: Box): boolean {
    for (const key of this.keys(box)) {
      for (const other of this.cells.get(key) ?? []) if (overlaps(box, other)) return true;
    }
    return false;
  }

  add(box: Box): void {
    for (const key of this.keys(box)) {
      const list = this.cells.get(key);
      if (list === undefined) this.cells.set(key, [box]);
      else list.push(box);
    }
  }
}

/** Where a label may sit around its anchor: right, left, above, below. */
function positions(c: LabelCandidate): Box[] {
  if (c.centred) return [{ x: c.x - c.width / 2, y: c.y - c.height / 2, width: c.width, height: c.height }];
  return [
    { x: c.x + c.offset, y: c.y - c.height / 2, width: c.width, height: c.height },
    { x: c.x - c.offset - c.width, y: c.y - c.height / 2, width: c.width, height: c.height },
    { x: c.x - c.width / 2, y: c.y - c.offset - c.height, width: c.width, height: c.height },
    { x: c.x - c.width / 2, y: c.y + c.offset, width: c.width, height: c.height },
  ];
}

/**
 * Places labels one at a time, highest priority first, so that no two overlap, none covers a
 * reserved box (a dot, a marker) and none leaves the viewport.
 */
export class LabelPlacer {
  private readonly grid = new BoxGrid(64);
  readonly placed: PlacedLabel[] = [];

  constructor(private readonly viewport: Box) {}

  reserve(box: Box): void {
    this.grid.add(box);
  }

  /** Places the candidate at its first free position; false when every position is taken. */
  place(candidate: LabelCandidate): boolean {
    const view = this.viewport;
    for (const box of positions(candidate)) {
      const inside = box.x >= view.x && box.y >= view.y && box.x + box.width <= view.x + view.width && box.y + box.height <= view.y + view.height;
      if (!inside || this.grid.collides(box)) continue;
      this.grid.add(box);
      this.placed.push({ ...box, text: candidate.text, tag: candidate.tag });
      return true;
    }
    return false;
  }
}
