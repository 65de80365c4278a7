/**
 * The `k` best documents offered: higher score first, equal scores in document order (so results
 * are stable). A bounded min-heap: offering n documents costs O(n log k) and, once the heap is
 * full, a document worse than the current k-th costs one comparison.
 */
export class TopK {
  private readonly docs: number[] = [];
  private readonly scores: number[] = [];

  constructor(private readonly k: number) {}

  /** How many documents are kept (fewer than `k` when fewer were offered). */
  get size(): number {
    return this.docs.length;
  }

  /** Whether entry i ranks below entry j (i is worse). */
  private worse(i: number, j: number): boolean {
    const a = this.scores[i]!;
    const b = this.scores[j]!;
    return a < b || (a === b && this.docs[i]! > this.docs[j]!);
  }

  private swap(i: number, j: number): void {
    [this.docs[i], this.docs[j]] = [this.docs[j]!, this.docs[i]!];
    [this.scores[i], this.scores[j]] = [this.scores[j]!, this.scores[i]!];
  }

  offer(score: number, doc: number): void {
    const size = this.docs.length;
    if (size < this.k) {
      this.docs.push(doc);
      this.scores.push(score);
      // Sift up: the root is the worst kept entry.
      for (let i = size; i > 0;) {
        const parent = (i - 1) >> 1;
        if (!this.worse(i, parent)) break;
        this.swap(i, parent);
        i = parent;
      }
      return;
    }
    if (size === 0) return;
    const rootScore = this.scores[0]!;
    if (score < rootScore || (score === rootScore && doc > this.docs[0]!)) return;
    this.docs[0] = doc;
    this.scores[0] = score;
    for (let i = 0; ;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < size && this.worse(l, worst)) worst = l;
      if (r < size && this.worse(r, worst)) worst = r;
      if (worst === i) return;
      this.swap(i, worst);
      i = worst;
    }
  }

  /**
   * The kept documents with their scores, best first, lazily: heapified in O(n), then each one
   * taken costs O(log n), so a caller that stops early never pays for sorting them all.
   */
  *best(): Generator<[doc: number, score: number]> {
    const n = this.docs.length;
    // Turn the arrays into a max-heap (best at the root).
    const siftDown = (i: number, size: number): void => {
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let top = i;
        if (l < size && this.worse(top, l)) top = l;
        if (r < size && this.worse(top, r)) top = r;
        if (top === i) return;
        this.swap(i, top);
        i = top;
      }
    };
    for (let i = (n >> 1) - 1; i >= 0; i--) siftDown(i, n);
    for (let size = n; size > 0; size--) {
      yield [this.docs[0]!, this.scores[0]!];
      this.swap(0, size - 1);
      siftDown(0, size - 1);
    }
  }
}
