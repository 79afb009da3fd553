// The pipes of a growing lane network (issue 10): bridges — lanes whose loss splits the network —
// between systems that are not dead ends, the chains between pockets that EVE has 529 of. The
// lane builder adds loops and asks, before each lane, how many pipes it would close a loop over,
// so it can stop at a target count instead of wherever the loops happen to fall.
//
// One depth-first search from the centre finds the bridges; the side of a bridge away from the
// centre is the subtree below it, and a lane p–q closes a loop over exactly the bridges on the
// tree path between p and q. Those are found by climbing from p and from q until the climb
// reaches an ancestor of the other end; a union–find over the tree (`sets`) skips the edges that
// are not bridges, or no longer are, so each bridge is climbed past once after it is covered.
// Work: O(n + m) to build, near O(bridges on the path) per lane.

import { lowLink, UnionFind, type Adjacency } from './graph.js';

export class PipeTracker {
  /** Pipes not yet inside a loop. */
  count = 0;
  /** The depth-first tree: preorder position, end of the subtree's positions, parent. */
  readonly position: Int32Array;
  readonly end: Int32Array;
  readonly parent: Int32Array;
  /** Each set is a subtree hanging below an open bridge (or the root), named by its top vertex. */
  private readonly sets: UnionFind;
  private readonly isPipe: Uint8Array;

  /** `degree` as the network has it now: a bridge with a dead end at either end is no pipe. */
  constructor(graph: Adjacency, root: number, degree: Int32Array) {
    const tree = lowLink(graph, [root]);
    const n = degree.length;
    this.position = tree.position;
    this.end = tree.end;
    this.parent = tree.parent;
    this.isPipe = new Uint8Array(n);
    const isBridge = new Uint8Array(n);
    for (const v of tree.bridgeChildren) {
      isBridge[v] = 1;
      if (degree[v] > 1 && degree[tree.parent[v]] > 1) {
        this.isPipe[v] = 1;
        this.count++;
      }
    }
    // Parents before children, so each set's name stays its top vertex (union names q's root).
    this.sets = new UnionFind(n);
    for (const v of tree.preorder) if (tree.parent[v] >= 0 && !isBridge[v]) this.sets.union(v, tree.parent[v]);
  }

  /** Whether the lane from v to its parent is a pipe not yet inside a loop. */
  isOpenPipe(v: number): boolean {
    return this.isPipe[v] === 1 && this.sets.find(v) === v;
  }

  /** Whether w lies in v's subtree (on the far side of v's lane to its parent). */
  isAncestor(v: number, w: number): boolean {
    return this.position[v] <= this.position[w] && this.position[w] < this.end[v];
  }

  /** The vertices whose lane to their parent is an open pipe. */
  openPipes(): number[] {
    const list: number[] = [];
    for (let v = 0; v < this.isPipe.length; v++) if (this.isOpenPipe(v)) list.push(v);
    return list;
  }

  /** Pipes a lane p–q would close a loop over. */
  coveredBy(p: number, q: number): number {
    return this.climb(p, q, false) + this.climb(q, p, false);
  }

  /** Adds the lane p–q: the bridges on its path are bridges no more. */
  add(p: number, q: number): void {
    this.count -= this.climb(p, q, true) + this.climb(q, p, true);
  }

  /** Pipes on the path from `from` up to the nearest ancestor of `to`; `close` marks them covered. */
  private climb(from: number, to: number, close: boolean): number {
    let pipes = 0;
    for (let v = this.sets.find(from); !this.isAncestor(v, to); v = this.sets.find(this.parent[v])) {
      pipes += this.isPipe[v];
      if (close) this.sets.union(v, this.parent[v]);
    }
    return pipes;
  }
}
