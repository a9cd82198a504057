import type { Rng } from "../rng/index.js";

/**
 * Permuted-block randomisation in patient order: patients 1..B form the first block,
 * B+1..2B the next, and each block is a uniformly random permutation of the ratio-expanded
 * arm slots (Fisher–Yates, B − 1 uniforms per block). Arm sizes are exact, and the arms of
 * earlier patients do not change when whole blocks are added after them.
 *
 * @param block arm index of each slot of one block, e.g. [0, 1, 1] for a 1:2 ratio
 * @param patientCount a multiple of the block size
 */
export function allocateArms(block: Int32Array, patientCount: number, rng: Rng): Int32Array {
  const size = block.length;
  if (size === 0 || patientCount % size !== 0) {
    throw new RangeError(`allocateArms requires a patient count that is a multiple of the block size ${size}, got ${patientCount}`);
  }
  const arms = new Int32Array(patientCount);
  for (let start = 0; start < patientCount; start += size) {
    arms.set(block, start);
    for (let slot = size - 1; slot > 0; slot--) {
      const other = Math.floor(rng.next() * (slot + 1));
      const kept = arms[start + slot] as number;
      arms[start + slot] = arms[start + other] as number;
      arms[start + other] = kept;
    }
  }
  return arms;
}
