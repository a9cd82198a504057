import { describe, expect, it } from "vitest";
import { logisticProbability } from "../../src/safety/index.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";
import { SAFETY_REFERENCE } from "./safety-primitives-json.js";

// logisticProbability is the per-cycle event probability too: no separate perCycleEventProbability.
describe("logisticProbability as a per-cycle event probability", () => {
  it("matches R's plogis(intercept + slope · x), tails included", () => {
    const { intercept, slope, exposure, probability } = SAFETY_REFERENCE.plogis;
    probability.forEach((expected, index) => {
      const got = logisticProbability(intercept[index] as number, slope[index] as number, exposure[index] as number);
      // Same formula as R for η ≥ 0; e^η/(1 + e^η) against 1/(1 + e^−η) below: an ulp or two (observed ≤ 1.8e-15).
      expectRelativeClose(got, expected, 1e-14, `η = ${intercept[index]} + ${slope[index]} · ${exposure[index]}`);
    });
  });

  it("is symmetric: p(η) + p(−η) = 1", () => {
    for (const eta of [0.1, 1, 2.5, 10, 36]) expect(logisticProbability(eta, 0, 0) + logisticProbability(-eta, 0, 0)).toBeCloseTo(1, 15);
  });
});
