import { describe, expect, it } from "vitest";
import { normalQuantile } from "../../src/stats/distributions.js";
import { riskDifferenceWald } from "../../src/stats/risk-difference-wald.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";
import { loadStatsReference } from "../helpers/stats-reference.js";

const SMALL = { eventsTreatment: 7, totalTreatment: 10, eventsControl: 2, totalControl: 10, confidenceLevel: 0.95 };

describe("riskDifferenceWald preconditions", () => {
  it("requires positive integer totals", () => {
    expect(() => riskDifferenceWald({ ...SMALL, totalTreatment: 0 })).toThrow(
      new RangeError("riskDifferenceWald requires totalTreatment to be a positive integer, got 0"),
    );
    expect(() => riskDifferenceWald({ ...SMALL, totalControl: 10.5 })).toThrow(
      new RangeError("riskDifferenceWald requires totalControl to be a positive integer, got 10.5"),
    );
  });

  it("requires integer events from 0 to the total", () => {
    expect(() => riskDifferenceWald({ ...SMALL, eventsControl: 11 })).toThrow(
      new RangeError("riskDifferenceWald requires eventsControl to be an integer from 0 to totalControl (10), got 11"),
    );
    expect(() => riskDifferenceWald({ ...SMALL, eventsTreatment: -1 })).toThrow(
      new RangeError("riskDifferenceWald requires eventsTreatment to be an integer from 0 to totalTreatment (10), got -1"),
    );
    expect(() => riskDifferenceWald({ ...SMALL, eventsTreatment: Number.NaN })).toThrow(
      new RangeError("riskDifferenceWald requires eventsTreatment to be an integer from 0 to totalTreatment (10), got NaN"),
    );
  });

  it("requires a confidence level strictly between 0 and 1", () => {
    expect(() => riskDifferenceWald({ ...SMALL, confidenceLevel: 0 })).toThrow(
      new RangeError("riskDifferenceWald requires a confidence level strictly between 0 and 1, got 0"),
    );
  });
});

describe("riskDifferenceWald", () => {
  it("doc example: 7/10 vs 2/10 has SE √(0.7·0.3/10 + 0.2·0.8/10) = √0.037", () => {
    const result = riskDifferenceWald(SMALL);
    expect(result.estimate).toBe(0.49999999999999994);
    // 0.7·0.3/10 = 0.021 and 0.2·0.8/10 = 0.016; R 4.2.2 (stats.json hand_made_small): 0.192353840616713.
    expectRelativeClose(result.standardError, Math.sqrt(0.037), 1e-15, "SE");
    expect(result.standardError).toBe(0.19235384061671346);
  });

  it("has a zero-width interval when both risks are 0 or 1 (the Wald formula's known weakness)", () => {
    const result = riskDifferenceWald({ eventsTreatment: 10, totalTreatment: 10, eventsControl: 0, totalControl: 5, confidenceLevel: 0.95 });
    expect(result).toEqual({ estimate: 1, standardError: 0, ciLower: 1, ciUpper: 1 });
  });

  it("widens with the confidence level: the 99 % margin is z(0.995)/z(0.975) times the 95 % one", () => {
    const narrow = riskDifferenceWald(SMALL);
    const wide = riskDifferenceWald({ ...SMALL, confidenceLevel: 0.99 });
    const ratio = normalQuantile(0.995) / normalQuantile(0.975);
    expectRelativeClose(wide.ciUpper - wide.estimate, ratio * (narrow.ciUpper - narrow.estimate), 1e-14, "margin ratio");
  });
});

describe("riskDifferenceWald against R 4.2.2 (stats.json → two_by_two.*.risk_difference)", () => {
  // 1e-8 relative, as asked; observed below 1e-14 (15 significant digits in the JSON).
  it.each(Object.entries(loadStatsReference().two_by_two))("%s", (name, block) => {
    const { a_treatment_event: a, b_treatment_no_event: b, c_control_event: c, d_control_no_event: d } = block.inputs;
    const result = riskDifferenceWald({ eventsTreatment: a, totalTreatment: a + b, eventsControl: c, totalControl: c + d, confidenceLevel: 0.95 });
    const expected = block.risk_difference;
    expectRelativeClose(result.estimate, expected.estimate, 1e-8, `${name} estimate`);
    expectRelativeClose(result.standardError, expected.se, 1e-8, `${name} se`);
    expectRelativeClose(result.ciLower, expected.ci95_wald[0], 1e-8, `${name} ci lower`);
    expectRelativeClose(result.ciUpper, expected.ci95_wald[1], 1e-8, `${name} ci upper`);
  });
});
