// Which systems a typed text suggests, best first: an exact name (ignoring case), then names
// that start with the text, then names with a word that starts with it, then names that merely
// contain it; shorter names first within each group, then alphabetical. A linear scan over
// lower-cased names: ~54,000 names take a millisecond or two, well within a keystroke.
// Pure code (no DOM).

export class NameIndex {
  private readonly lower: string[];

  constructor(readonly names: readonly string[]) {
    this.lower = names.map((name) => name.toLowerCase());
  }

  /** Up to `limit` system indices for `query`, best first. */
  suggest(query: string, limit = 8): number[] {
    const key = query.trim().toLowerCase();
    if (key === '') return [];
    const ranked: { index: number; rank: number }[] = [];
    for (let i = 0; i < this.lower.length; i++) {
      const name = this.lower[i];
      const at = name.indexOf(key);
      if (at === -1) continue;
      const rank = name === key ? 0 : at === 0 ? 1 : /[\s\-(]/.test(name[at - 1]) ? 2 : 3;
      ranked.push({ index: i, rank });
    }
    ranked.sort(
      (p, q) =>
        p.rank - q.rank ||
        this.names[p.index].length - this.names[q.index].length ||
        (this.names[p.index] < this.names[q.index] ? -1 : this.names[p.index] > this.names[q.index] ? 1 : p.index - q.index),
    );
    return ranked.slice(0, limit).map((entry) => entry.index);
  }
}
