import { mix32 } from './shingles.ts';

/** Slots of a signature: more slots, a finer estimate (±0.05 at 128 for J near 0.5). */
export const SIGNATURE_SLOTS = 128;
const EMPTY = 0xffffffff;

/**
 * A MinHash signature by one-permutation hashing: each shingle's hash falls
 * in one of SIGNATURE_SLOTS slots, which keeps its smallest; empty slots take
 * a neighbour's by optimal densification (Shrivastava, 2017). One hash per
 * shingle rather than one per slot and shingle, so a library of 50,000 clips
 * is signed in seconds, and two signatures still agree in a slot with
 * probability equal to the sets' Jaccard similarity.
 */
export function minhashSignature(shingles: Uint32Array): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_SLOTS).fill(EMPTY);
  const filled = new Uint8Array(SIGNATURE_SLOTS);
  const shift = 32 - Math.log2(SIGNATURE_SLOTS);
  for (const shingle of shingles) {
    const h = mix32(shingle ^ 0x5bd1e995);
    const slot = h >>> shift;
    const value = mix32(h);
    if (!filled[slot] || value < signature[slot]) {
      signature[slot] = value;
      filled[slot] = 1;
    }
  }
  if (shingles.length === 0) return signature;
  for (let slot = 0; slot < SIGNATURE_SLOTS; slot++) {
    if (filled[slot]) continue;
    // The same probe sequence for the same empty slot in every signature, so densified slots agree as often as real ones.
    for (let attempt = 1; ; attempt++) {
      const from = mix32(Math.imul(slot + 1, 0x27d4eb2d) ^ attempt) & (SIGNATURE_SLOTS - 1);
      if (filled[from]) {
        signature[slot] = mix32(signature[from] ^ attempt);
        break;
      }
    }
  }
  return signature;
}

/** The share of slots two signatures agree in: an estimate of their sets' Jaccard similarity. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SLOTS; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SLOTS;
}
