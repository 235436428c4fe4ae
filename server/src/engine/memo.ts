/**
 * A small bounded memo (least recently used is dropped first). Results are pure functions of the
 * key. Bounded by count and, optionally, by total weight (for string keys, their length), so a
 * few huge blocks cannot pin gigabytes: editing a 1 MB paragraph makes a new 1 MB key per keystroke.
 */
interface Entry<K, V> {
  key: K;
  value: V;
  weight: number;
  prev: Entry<K, V> | null;
  next: Entry<K, V> | null;
}

export class Memo<K, V> {
  private readonly map = new Map<K, Entry<K, V>>();
  /** Least recently used first; a list, so that using or dropping an entry never scans. */
  private head: Entry<K, V> | null = null;
  private tail: Entry<K, V> | null = null;
  private total = 0;

  constructor(
    private readonly limit: number,
    private readonly maxWeight = Infinity,
    private readonly weigh: (key: K, value: V) => number = () => 0,
  ) {}

  get(key: K): V | undefined {
    const e = this.map.get(key);
    if (!e) return undefined;
    if (e !== this.tail) {
      this.unlink(e);
      this.append(e);
    }
    return e.value;
  }

  set(key: K, value: V): void {
    const w = this.weigh(key, value);
    const old = this.map.get(key);
    if (old) this.remove(old);
    // Too heavy to keep at all: computing it again is cheaper than holding it.
    if (w > this.maxWeight) return;
    const e: Entry<K, V> = { key, value, weight: w, prev: null, next: null };
    this.map.set(key, e);
    this.append(e);
    this.total += w;
    while (this.head && (this.map.size > this.limit || this.total > this.maxWeight)) this.remove(this.head);
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
    this.head = this.tail = null;
    this.total = 0;
  }

  private remove(e: Entry<K, V>): void {
    this.unlink(e);
    this.map.delete(e.key);
    this.total -= e.weight;
  }

  private unlink(e: Entry<K, V>): void {
    if (e.prev) e.prev.next = e.next;
    else this.head = e.next;
    if (e.next) e.next.prev = e.prev;
    else this.tail = e.prev;
    e.prev = e.next = null;
  }

  private append(e: Entry<K, V>): void {
    e.prev = this.tail;
    e.next = null;
    if (this.tail) this.tail.next = e;
    else this.head = e;
    this.tail = e;
  }
}
