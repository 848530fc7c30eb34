import { BandTable } from './band-table.ts';
import { estimateJaccard, minhashSignature, SIGNATURE_SLOTS } from './minhash.ts';
import { mix32, shingleSet } from './shingles.ts';

/**
 * Locality-sensitive hashing over the signatures: BANDS bands of ROWS slots;
 * two texts become candidates when one band agrees whole. With 42 bands of 3,
 * a pair of Jaccard similarity 0.4 is a candidate 94% of the time, 0.5 more
 * than 99%, unrelated stories (under 0.02) about once in 3,000.
 */
const ROWS = 3;
const BANDS = Math.floor(SIGNATURE_SLOTS / ROWS);

/**
 * When two texts count as one story: they share at least this share of the
 * shorter one's shingles (a paper that ran half a wire story still ran it),
 * and their sets are at least this similar overall. Chosen on pairs built
 * from the paste benchmark (`npm run bench:near-duplicates`).
 */
export const MIN_CONTAINMENT = 0.5;
export const MIN_SIMILARITY = 0.25;

/** What the index keeps of a text: its signature and how many shingles it had. */
export interface TextSketch {
  signature: Uint32Array;
  shingles: number;
}

export function sketchText(text: string): TextSketch {
  const set = shingleSet(text);
  return { signature: minhashSignature(set), shingles: set.length };
}

export interface NearDuplicate {
  id: string;
  /** Estimated Jaccard similarity of the two shingle sets, 0–1. */
  similarity: number;
  /** Estimated share of the shorter text's shingles the other holds, 0–1. */
  containment: number;
}

/** The containment that a Jaccard similarity and the two set sizes imply. */
export function containmentOf(similarity: number, a: number, b: number): number {
  const shared = (similarity * (a + b)) / (1 + similarity);
  return Math.min(1, shared / Math.max(1, Math.min(a, b)));
}

export function isSameStory(similarity: number, containment: number): boolean {
  return similarity >= MIN_SIMILARITY && containment >= MIN_CONTAINMENT;
}

/**
 * The texts of a library, indexed to find those nearly the same as a new
 * one. Documents are numbered in the order added; a removed or replaced one
 * is only marked dead, and the tables are rebuilt once most entries are dead.
 */
export class NearDuplicateIndex {
  #ids: string[] = [];
  #numbers = new Map<string, number>();
  #signatures = new Uint32Array(SIGNATURE_SLOTS * 256);
  #sizes = new Uint32Array(256);
  #dead = new Uint8Array(256);
  #deadCount = 0;
  #table = new BandTable();

  /** Texts in the index. */
  get size(): number {
    return this.#numbers.size;
  }

  has(id: string): boolean {
    return this.#numbers.has(id);
  }

  /** Adds a text, or replaces the one of the same id. A text without words is not indexed. */
  add(id: string, sketch: TextSketch): void {
    this.remove(id);
    if (sketch.shingles === 0) return;
    const doc = this.#ids.length;
    if (doc === this.#sizes.length) this.#growDocs();
    this.#ids.push(id);
    this.#numbers.set(id, doc);
    this.#signatures.set(sketch.signature, doc * SIGNATURE_SLOTS);
    this.#sizes[doc] = sketch.shingles;
    for (let band = 0; band < BANDS; band++) this.#table.add(bandKey(sketch.signature, band), doc);
  }

  remove(id: string): void {
    const doc = this.#numbers.get(id);
    if (doc === undefined) return;
    this.#numbers.delete(id);
    this.#dead[doc] = 1;
    if (++this.#deadCount > 1024 && this.#deadCount * 2 > this.#ids.length) this.#rebuild();
  }

  /** The indexed texts that tell the same story as the sketch, most alike first. */
  find(sketch: TextSketch, options: { exclude?: string } = {}): NearDuplicate[] {
    if (sketch.shingles === 0) return [];
    const seen = new Set<number>();
    const out: NearDuplicate[] = [];
    for (let band = 0; band < BANDS; band++) {
      this.#table.forEach(bandKey(sketch.signature, band), (doc) => {
        if (this.#dead[doc] || seen.has(doc)) return;
        seen.add(doc);
        const id = this.#ids[doc];
        if (id === options.exclude) return;
        const signature = this.#signatures.subarray(
          doc * SIGNATURE_SLOTS,
          (doc + 1) * SIGNATURE_SLOTS,
        );
        const similarity = estimateJaccard(sketch.signature, signature);
        const containment = containmentOf(similarity, sketch.shingles, this.#sizes[doc]);
        if (isSameStory(similarity, containment)) out.push({ id, similarity, containment });
      });
    }
    return out.sort((a, b) => b.similarity - a.similarity || a.id.localeCompare(b.id));
  }

  #growDocs(): void {
    const n = this.#sizes.length * 2;
    const signatures = new Uint32Array(n * SIGNATURE_SLOTS);
    signatures.set(this.#signatures);
    const sizes = new Uint32Array(n);
    sizes.set(this.#sizes);
    const dead = new Uint8Array(n);
    dead.set(this.#dead);
    [this.#signatures, this.#sizes, this.#dead] = [signatures, sizes, dead];
  }

  #rebuild(): void {
    const live = [...this.#numbers].map(([id, doc]) => ({
      id,
      sketch: {
        signature: this.#signatures.slice(doc * SIGNATURE_SLOTS, (doc + 1) * SIGNATURE_SLOTS),
        shingles: this.#sizes[doc],
      },
    }));
    this.#ids = [];
    this.#numbers.clear();
    this.#dead.fill(0);
    this.#deadCount = 0;
    this.#table = new BandTable(live.length * BANDS);
    for (const { id, sketch } of live) this.add(id, sketch);
  }
}

/** A band's slots as one key, told apart from the same values in another band. */
function bandKey(signature: Uint32Array, band: number): number {
  let h = Math.imul(band + 1, 0x9e3779b1);
  for (let row = 0; row < ROWS; row++) h = mix32(h ^ signature[band * ROWS + row]);
  return h;
}
