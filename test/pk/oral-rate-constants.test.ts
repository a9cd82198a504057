import { describe, expect, it } from "vitest";
import { deriveOralRateConstants } from "../../src/pk/oral-rate-constants.js";

describe("deriveOralRateConstants", () => {
  // pk.json a_one_cmt_oral steady_state.k_per_h = 0.0875 (= 2.8 / 32).
  it("doc example: k = CL / V", () => {
    expect(deriveOralRateConstants({ absorptionRatePerH: 1.5, clearanceLPerH: 2.8, volumeL: 32, bioavailability: 1 })).toEqual({
      absorptionRatePerH: 1.5,
      eliminationRatePerH: 0.0875,
    });
  });
});
