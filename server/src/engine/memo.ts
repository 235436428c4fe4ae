/**
 * A small bounded memo (least recently used is dropped first). Results are pure functions of the
 * key. Bounded by count and, optionally, by total weight (for string keys, their length), so a
 * few huge blocks cannot pin gigabytes: editing a 1 MB paragraph makes a new 1 MB key per keystroke.
 */
export class Memo<K, V> {
  private readonly map = new Map<K, V>();
  private total = 0;

  constructor(
    private readonly limit: number,
    private readonly maxWeight = Infinity,
    private readonly weigh: (key: K, value: V) => number = () => 0,
  ) {}

  get(key: K): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }

  set(key: K, value: V): void {
    const w = this.weigh(key, value);
    const old = this.map.get(key);
    if (old !== undefined) {
      this.total -= this.weigh(key, old);
      this.map.delete(key);
    }
    // Too heavy to keep at all: computing it again is cheaper than holding it.
    if (w > this.maxWeight) return;
    this.map.set(key, value);
    this.total += w;
    while (this.map.size > this.limit || this.total > this.maxWeight) {
      const first = this.map.keys().next().value as K;
      this.total -= this.weigh(first, this.map.get(first) as V);
      this.map.delete(first);
    }
  }

  get size(): number {
    return this.map.size;
  }

  /** Total weight of what is kept. */
  get weight(): number {
    return this.total;
  }

  clear(): void {
    this.map.clear();
    this.total = 0;
  }
}
