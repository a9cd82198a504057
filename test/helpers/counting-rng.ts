import type { Rng } from "../../src/rng/index.js";

/** An Rng that records every uniform it hands out, to check how many a function reads and in which order. */
export interface CountingRng extends Rng {
  /** The uniforms handed out so far, in order. */
  readonly drawn: readonly number[];
}

/**
 * Wraps `rng` so that a test can count the uniforms a function reads (stream alignment,
 * STYLE.md §6) and recompute its result from them.
 *
 * @example const rng = countUniforms(streamFor(42, [1, "test"])); drawStandardNormal(rng); rng.drawn.length // 1
 */
export function countUniforms(rng: Rng): CountingRng {
  const drawn: number[] = [];
  return {
    drawn,
    next(): number {
      const value = rng.next();
      drawn.push(value);
      return value;
    },
  };
}
