import seedrandom from "seedrandom";

/**
 * The one random number generator of twin-trial: seedrandom's Alea, named so that
 * a results folder records exactly which generator made its numbers. Changing it
 * (or the key format below) changes every number: bump RESULTS_FORMAT_VERSION.
 */
export const RNG_ALGORITHM = "seedrandom@3.0.5 alea, 53-bit doubles";

/** Version of the way a (seed, path) key becomes a stream. */
export const STREAM_KEY_VERSION = 1;

/** A stream of uniform numbers in the open interval (0, 1). */
export interface Rng {
  /** The next uniform draw, never exactly 0 or 1, 53 bits of resolution. */
  next(): number;
}

/** One element of a stream path: a replicate index or a purpose name. */
export type StreamKeyPart = string | number;

/**
 * Builds the random stream for one source of variation.
 *
 * The key is `(seed, ...path)`, e.g. `streamFor(42, [1, "population"])`; it never holds a
 * worker id, shard or arm, so a replicate's numbers do not depend on who runs it and a
 * patient's draws are shared by every arm it is simulated in (common random numbers).
 * Building a stream costs about a microsecond: build one per replicate and purpose, and
 * read it in patient order, never one per patient.
 *
 * @param seed the trial seed, a non-negative safe integer
 * @param path replicate index, purpose name and any sub-purpose
 * @example streamFor(42, [1, "population"]).next() // 0.47782945599980375 (test/rng/stream.test.ts)
 */
export function streamFor(seed: number, path: readonly StreamKeyPart[]): Rng {
  if (!Number.isSafeInteger(seed) || seed < 0) {
    throw new RangeError(`streamFor requires a non-negative safe integer seed, got ${seed}`);
  }
  const key = `twin-trial/v${STREAM_KEY_VERSION}|${seed}|${path.join("|")}`;
  const alea = seedrandom.alea(key);
  return {
    next(): number {
      // alea.double() is in [0, 1); 0 would map to -Infinity in inversion sampling.
      let u = alea.double();
      while (u === 0) u = alea.double();
      return u;
    },
  };
}
