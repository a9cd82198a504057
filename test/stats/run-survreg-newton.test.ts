import { describe, expect, it } from "vitest";
import { runSurvregNewton } from "../../src/stats/run-survreg-newton.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

describe("runSurvregNewton", () => {
  it("doc example: two events at 1 and 3 give the exponential MLE log(4 / 2)", () => {
    const result = runSurvregNewton({ logTimes: [0, Math.log(3)], events: [1, 1], design: [[1], [1]] }, [0], 100);
    expect(result.parameters).toEqual([0.6931471805599451]);
    expect(result.converged).toBe(true);
  });

  it("converges to the same estimates from a far start (taking more iterations)", () => {
    const data = { logTimes: [5, 8, 12, 3, 9, 15, 20, 7].map(Math.log), events: [1, 0, 1, 1, 1, 0, 1, 1], design: [[1], [1], [1], [1], [1], [1], [1], [1]] };
    const near = runSurvregNewton(data, [2.5, -0.5], 100);
    const far = runSurvregNewton(data, [9, 2], 100);
    expect(far.converged).toBe(true);
    expect(far.iterations).toBeGreaterThan(near.iterations);
    expectRelativeClose(far.parameters[0] ?? Number.NaN, near.parameters[0] ?? Number.NaN, 1e-10, "intercept");
    expectRelativeClose(far.parameters[1] ?? Number.NaN, near.parameters[1] ?? Number.NaN, 1e-9, "log scale");
  });

  it("reports a run that hit the iteration limit as not converged", () => {
    const result = runSurvregNewton({ logTimes: [0, Math.log(3)], events: [1, 1], design: [[1], [1]] }, [5], 1);
    expect(result.converged).toBe(false);
    expect(result.iterations).toBe(1);
  });
});
