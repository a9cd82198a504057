import { normalQuantile } from "./normal-quantile.js";
import type { Rng } from "./stream.js";

/**
 * A standard normal draw by inversion: exactly one uniform per draw, so a stream read in
 * patient order stays aligned whatever values come out (no rejection loops).
 *
 * @example drawStandardNormal(streamFor(42, [1, "test"])) // see test/rng/draw.test.ts
 */
export function drawStandardNormal(rng: Rng): number {
  return normalQuantile(rng.next());
}

/** A whole number uniformly from 0 to count − 1 (one uniform). */
export function drawIndex(rng: Rng, count: number): number {
  if (!Number.isSafeInteger(count) || count < 1) {
    throw new RangeError(`drawIndex requires a positive integer count, got ${count}`);
  }
  // next() < 1, so the floor is at most count - 1.
  return Math.floor(rng.next() * count);
}

/** True with the given probability (one uniform). */
export function drawBernoulli(rng: Rng, probability: number): boolean {
  return rng.next() < probability;
}
