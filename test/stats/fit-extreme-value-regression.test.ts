import { describe, expect, it } from "vitest";
import { fitExtremeValueRegression } from "../../src/stats/fit-extreme-value-regression.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

describe("fitExtremeValueRegression", () => {
  it("doc example: two events at times 1 and 3 give log(total time 4 / 2 events) for the exponential", () => {
    const fit = fitExtremeValueRegression({ times: [1, 3], events: [1, 1], design: [[1], [1]] }, "exponential", "fitExponentialRegression");
    expectRelativeClose(fit.coefficients[0] ?? Number.NaN, Math.log(2), 1e-15, "log 2");
    expect(fit.distribution).toBe("exponential");
    // Var(β₀) = 1/events.
    expectRelativeClose(fit.covariance[0]?.[0] ?? Number.NaN, 0.5, 1e-14, "1/2");
  });

  it("uses the caller's name in its errors", () => {
    expect(() => fitExtremeValueRegression({ times: [1, 3], events: [0, 0], design: [[1], [1]] }, "weibull", "fitWeibullRegression")).toThrow(
      new RangeError("fitWeibullRegression requires at least one event, got 0 events in 2 patients"),
    );
  });

  it("estimates σ for the Weibull and fixes it at 1 for the exponential on the same data", () => {
    const options = { times: [5, 8, 12, 3, 9, 15, 20, 7], events: [1, 0, 1, 1, 1, 0, 1, 1], design: [[1], [1], [1], [1], [1], [1], [1], [1]] };
    const weibull = fitExtremeValueRegression(options, "weibull", "fitWeibullRegression");
    const exponential = fitExtremeValueRegression(options, "exponential", "fitExponentialRegression");
    expect(weibull.covariance).toHaveLength(2);
    expect(exponential.covariance).toHaveLength(1);
    expect(weibull.logLikelihood).toBeGreaterThan(exponential.logLikelihood);
    expectRelativeClose(weibull.aic, -2 * weibull.logLikelihood + 4, 1e-15, "aic counts σ");
    expectRelativeClose(exponential.aic, -2 * exponential.logLikelihood + 2, 1e-15, "aic");
  });
});
