import { describe, expect, it } from "vitest";
import { buildLogNormalCovariance } from "../../src/variability/index.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

describe("buildLogNormalCovariance", () => {
  it("doc example: ω² = ln(1 + 0.3²) (R 4.2.2: log(1.09) = 0.086177696241052412)", () => {
    const covariance = buildLogNormalCovariance({ relativeSpreads: [0.3], caller: "omegaFromCvs", spreadsName: "cvs" });
    expect(covariance).toEqual([[0.08617769624105233]]);
    // log1p(0.09) and R's log(1.09) differ in the last bits (1.09 is rounded before the log): 1e-14.
    expectRelativeClose(covariance[0]?.[0] ?? Number.NaN, 0.086177696241052412, 1e-14, "ln(1.09)");
  });

  it("gives the empty matrix for no spreads", () => {
    expect(buildLogNormalCovariance({ relativeSpreads: [], caller: "omegaFromCvs", spreadsName: "cvs" })).toEqual([]);
  });

  it("names the caller and the list in its errors", () => {
    expect(() => buildLogNormalCovariance({ relativeSpreads: [0.1, -0.1], caller: "logCovarianceFromRses", spreadsName: "rses" })).toThrow(
      new RangeError("logCovarianceFromRses requires finite rses >= 0, got rses[1] = -0.1"),
    );
  });
});
