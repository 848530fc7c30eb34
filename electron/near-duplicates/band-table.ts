/**
 * A multimap from 32-bit band keys to document numbers, in typed arrays: a
 * library of 50,000 clips puts 1.6 million entries in it, which as a Map of
 * arrays would take hundreds of megabytes. Open addressing over the keys;
 * each key heads a chain of entries.
 */
export class BandTable {
  #keys: Uint32Array;
  #heads: Int32Array;
  #used = 0;
  #docs = new Int32Array(1024);
  #next = new Int32Array(1024);
  #entries = 0;

  constructor(capacity = 1024) {
    const size = 1 << Math.ceil(Math.log2(Math.max(16, capacity * 2)));
    this.#keys = new Uint32Array(size);
    this.#heads = new Int32Array(size).fill(-1);
  }

  get entries(): number {
    return this.#entries;
  }

  add(key: number, doc: number): void {
    if ((this.#used + 1) * 2 > this.#keys.length) this.#grow();
    const slot = this.#slotOf(key);
    if (this.#heads[slot] === -1) {
      this.#keys[slot] = key;
      this.#used++;
    }
    if (this.#entries === this.#docs.length) {
      this.#docs = grown(this.#docs);
      this.#next = grown(this.#next);
    }
    const entry = this.#entries++;
    this.#docs[entry] = doc;
    this.#next[entry] = this.#heads[slot];
    this.#heads[slot] = entry;
  }

  /** Calls `visit` with every document filed under `key`. */
  forEach(key: number, visit: (doc: number) => void): void {
    for (let entry = this.#heads[this.#slotOf(key)]; entry !== -1; entry = this.#next[entry])
      visit(this.#docs[entry]);
  }

  /** The slot holding `key`, or the empty slot where it would go. */
  #slotOf(key: number): number {
    const mask = this.#keys.length - 1;
    let slot = key & mask;
    while (this.#heads[slot] !== -1 && this.#keys[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  #grow(): void {
    const keys = this.#keys;
    const heads = this.#heads;
    this.#keys = new Uint32Array(keys.length * 2);
    this.#heads = new Int32Array(keys.length * 2).fill(-1);
    for (let i = 0; i < keys.length; i++) {
      if (heads[i] === -1) continue;
      const slot = this.#slotOf(keys[i]);
      this.#keys[slot] = keys[i];
      this.#heads[slot] = heads[i];
    }
  }
}

function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
