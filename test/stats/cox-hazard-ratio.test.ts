import { describe, expect, it } from "vitest";
import { coxHazardRatio } from "../../src/stats/cox-hazard-ratio.js";
import { fitCoxModel } from "../../src/stats/fit-cox-model.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";
import { loadSurvivalExtrasReference, loadSurvivalReference } from "../helpers/survival-reference.js";

/** exp(β ∓ z·SE) of Cox fits that follow R's path: observed ≤ 2e-13 (asked 1e-6, aiming at 1e-9). */
const TOLERANCE = 1e-9;

const SMALL_FIT = fitCoxModel({ times: [1, 2, 3, 4, 5, 6], events: [1, 1, 1, 1, 1, 1], covariates: [[1, 0, 1, 1, 0, 0]], ties: "breslow" });

describe("coxHazardRatio", () => {
  it("doc example: R 4.2.2 summary(coxph) exp(coef) 4.0329344278297, 95 % CI 0.411662371176399 to 39.5094651296284", () => {
    const ratio = coxHazardRatio(SMALL_FIT, 0, 0.95);
    expectRelativeClose(ratio.hazardRatio, 4.0329344278297, 1e-12, "HR");
    expectRelativeClose(ratio.ciLower, 0.411662371176399, 1e-12, "lower");
    expectRelativeClose(ratio.ciUpper, 39.5094651296284, 1e-12, "upper");
    expectRelativeClose(ratio.z, 1.19767897239602, 1e-12, "z");
    expectRelativeClose(ratio.pValue, 0.231042018522247, 1e-12, "p");
  });

  it("requires an existing coefficient and a level in (0, 1)", () => {
    for (const index of [-1, 1, 0.5, Number.NaN]) {
      expect(() => coxHazardRatio(SMALL_FIT, index, 0.95)).toThrow(
        new RangeError(`coxHazardRatio requires a coefficient index from 0 to 0, got ${index}`),
      );
    }
    expect(() => coxHazardRatio(SMALL_FIT, 0, 1)).toThrow(
      new RangeError("coxHazardRatio requires a confidence level strictly between 0 and 1, got 1"),
    );
  });

  it("is NaN for a coefficient that is NaN", () => {
    const fit = fitCoxModel({ times: [1, 2, 3], events: [0, 0, 0], covariates: [[0, 1, 0]], ties: "efron" });
    const ratio = coxHazardRatio(fit, 0, 0.95);
    expect([ratio.hazardRatio, ratio.ciLower, ratio.ciUpper, ratio.z, ratio.pValue]).toEqual(new Array(5).fill(Number.NaN));
  });

  it("reproduces R's hazard ratio and interval on pbc, treat only (stats.json → survival.cox)", () => {
    const reference = loadSurvivalReference();
    const { time, event, treat } = reference.inputs;
    for (const ties of ["efron", "breslow"] as const) {
      const want = reference.cox[ties];
      const ratio = coxHazardRatio(fitCoxModel({ times: time, events: event, covariates: [treat], ties }), 0, 0.95);
      expectRelativeClose(ratio.hazardRatio, want.hazard_ratio, TOLERANCE, `${ties} HR`);
      expectRelativeClose(ratio.ciLower, want.ci95_hr[0], TOLERANCE, `${ties} lower`);
      expectRelativeClose(ratio.ciUpper, want.ci95_hr[1], TOLERANCE, `${ties} upper`);
      expectRelativeClose(ratio.z, want.wald_z, TOLERANCE, `${ties} z`);
      expectRelativeClose(ratio.pValue, want.wald_p, TOLERANCE, `${ties} p`);
    }
  });

  it("reproduces R's hazard ratios of treat, age and log(bili) on pbc (models.json → cox_multivariable)", () => {
    const extras = loadSurvivalExtrasReference();
    const { time, status, treat, age, bili } = extras.inputs;
    const events = status.map((s) => (s === 2 ? 1 : 0));
    for (const ties of ["efron", "breslow"] as const) {
      const fit = fitCoxModel({ times: time, events, covariates: [treat, age, bili.map(Math.log)], ties, convergenceTolerance: 1e-14, maxIterations: 100 });
      for (const [index, want] of Object.values(extras.cox_multivariable[ties].coefficients).entries()) {
        const ratio = coxHazardRatio(fit, index, 0.95);
        const label = `${ties} covariate ${index}`;
        expectRelativeClose(ratio.hazardRatio, want.hazard_ratio, TOLERANCE, `${label} HR`);
        expectRelativeClose(ratio.ciLower, want.hazard_ratio_ci95[0], TOLERANCE, `${label} lower`);
        expectRelativeClose(ratio.ciUpper, want.hazard_ratio_ci95[1], TOLERANCE, `${label} upper`);
        expectRelativeClose(Math.log(ratio.ciLower), want.ci95[0], TOLERANCE, `${label} log lower`);
        expectRelativeClose(ratio.pValue, want.p_two_sided, TOLERANCE, `${label} p`);
      }
    }
  });
});
