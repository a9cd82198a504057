import { test as propTest, fc } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { streamFor } from "../../src/rng/index.js";
import { allocateArms } from "../../src/trial/index.js";

describe("allocateArms (permuted blocks)", () => {
  it("gives exact arm sizes in every block", () => {
    const arms = allocateArms(Int32Array.from([0, 1, 1]), 300, streamFor(1, [1, "allocation"]));
    for (let start = 0; start < 300; start += 3) {
      const block = Array.from(arms.subarray(start, start + 3)).sort();
      expect(block).toEqual([0, 1, 1]);
    }
  });

  it("permutes each block uniformly (each of the 3 slots holds arm 0 a third of the time, within 5 SE)", () => {
    const blocks = 30_000;
    const arms = allocateArms(Int32Array.from([0, 1, 2]), 3 * blocks, streamFor(2, [1, "allocation"]));
    for (let slot = 0; slot < 3; slot++) {
      let count = 0;
      for (let block = 0; block < blocks; block++) if (arms[3 * block + slot] === 0) count++;
      expect(Math.abs(count / blocks - 1 / 3)).toBeLessThan(5 * Math.sqrt((1 / 3) * (2 / 3) / blocks));
    }
  });

  propTest.prop([fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 50 }), fc.integer({ min: 0, max: 1e6 })])(
    "earlier patients keep their arms when blocks are added",
    (blocks, extra, seed) => {
      const block = Int32Array.from([0, 1, 2, 2]);
      const small = allocateArms(block, 4 * blocks, streamFor(seed, [1, "allocation"]));
      const large = allocateArms(block, 4 * (blocks + extra), streamFor(seed, [1, "allocation"]));
      expect(Array.from(large.subarray(0, small.length))).toEqual(Array.from(small));
    },
  );

  it("refuses a patient count that is not a multiple of the block", () => {
    expect(() => allocateArms(Int32Array.from([0, 1]), 5, streamFor(1, []))).toThrow("allocateArms requires a patient count that is a multiple of the block size 2, got 5");
  });
});
