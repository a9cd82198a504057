import { describe, expect, it } from "vitest";
import { runTrial, simulateReplicate } from "../../src/trial/index.js";
import { editSpecText, editedSpecText, planFromText } from "../helpers/plan.js";

/**
 * The oncology example with a binary endpoint instead: tumour response, more likely with
 * more cumulative exposure. Under the three estimands the same patients, doses and events.
 */
const BINARY = editedSpecText("oncology-dose-modification.yaml", [
  [["trial", "replicates"], 60],
  [["endpoints", 0], { id: "response", type: "binary", logistic: { intercept: -1.5 }, drug_effect: { model: "emax", exposure: "auc_cumulative", emax: 3, ec50: 3000 } }],
  [["dropout"], { rate_per_year: 0.2 }],
]);

function specFor(estimand: string): string {
  const text = editSpecText(BINARY, [[["analysis"], { estimand }]]);
  return estimand === "composite" ? editSpecText(text, [[["endpoints", 0, "composite_value"], 0]]) : text;
}

describe("estimands with dose-changing adverse events", () => {
  const plans = { policy: planFromText(specFor("treatment-policy")), hypothetical: planFromText(specFor("hypothetical")), composite: planFromText(specFor("composite")) };

  it("composite: a patient whose drug was stopped is a non-responder, observed; everyone else as under treatment policy", () => {
    const policy = simulateReplicate(plans.policy, 1);
    const composite = simulateReplicate(plans.composite, 1);
    const a = policy.endpoints[0];
    const b = composite.endpoints[0];
    if (a?.type !== "binary" || b?.type !== "binary") throw new Error("binary expected");
    let stopped = 0;
    composite.courses?.own.forEach((course, patient) => {
      if (!Number.isNaN(course.discontinuedH)) {
        stopped += 1;
        expect(b.response[patient]).toBe(0);
        expect(b.probability[patient]).toBe(0);
        expect(b.observed?.[patient] ?? 1).toBe(1);
      } else {
        expect(b.response[patient]).toBe(a.response[patient]);
        expect(b.probability[patient]).toBe(a.probability[patient]);
      }
    });
    expect(stopped).toBeGreaterThan(0);
  });

  it("true effects order as the strategies imply: hypothetical ≥ treatment policy ≥ composite", () => {
    const truth = (plan: typeof plans.policy) => runTrial(plan).summary.find((summary) => summary.primary)?.characteristics.meanTrueEffect ?? Number.NaN;
    const [policy, hypothetical, composite] = [truth(plans.policy), truth(plans.hypothetical), truth(plans.composite)];
    // Staying on the planned dose gives the most exposure; counting stopped patients as failures removes their responses.
    expect(hypothetical).toBeGreaterThan(policy);
    expect(policy).toBeGreaterThan(composite);
  });

  it("refuses the composite estimand without composite_value, and composite_value without it", async () => {
    const { specIssues } = await import("../helpers/spec-issues.js");
    const missing = specIssues(editSpecText(BINARY, [[["analysis"], { estimand: "composite" }]]).replace("file: ../cohorts/pbc_baseline.csv", "file: pbc.csv"));
    expect(missing.some((line) => line.includes("error SPEC_MISSING_KEY: endpoints[0] needs composite_value with analysis.estimand composite"))).toBe(true);
    const unused = specIssues(editSpecText(BINARY, [[["endpoints", 0, "composite_value"], 0]]));
    expect(unused.some((line) => line.includes("error SPEC_INVALID_VALUE: endpoints[0].composite_value applies only with analysis.estimand composite"))).toBe(true);
  });
});
