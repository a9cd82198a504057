import { test as propTest, fc } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { simulateReplicate, type ReplicateSimulation } from "../../src/trial/index.js";
import { exampleSpecText } from "../helpers/cli.js";
import { editedSpecText, planFromText } from "../helpers/plan.js";
import { continuousOutcome } from "../helpers/outcomes.js";

/** Everything about a patient's efficacy: covariates, PK, exposure, endpoint values. */
function efficacyOf(simulation: ReplicateSimulation, patients: number): unknown[] {
  return Array.from({ length: patients }, (_, patient) => ({
    sourceRow: simulation.population.sourceRow[patient],
    covariates: [...simulation.population.numeric].map(([name, values]) => [name, values[patient]]),
    arm: simulation.arm[patient],
    parameters: simulation.parameters?.values.map((values) => values[patient]),
    exposure: simulation.exposure[patient],
    twinExposure: simulation.twinExposure[patient],
    endpoints: simulation.endpoints.map((outcome) => continuousOutcome(outcome)).map((outcome) => [outcome.baseline[patient], outcome.change[patient], outcome.twinChange[patient]]),
  }));
}

describe("reproducibility (DESIGN.md: streams keyed by seed, replicate and purpose)", () => {
  const base = planFromText(exampleSpecText());

  it("the same spec and seed give the same numbers", () => {
    const again = planFromText(exampleSpecText());
    for (const replicate of [1, 2, 17]) {
      expect(efficacyOf(simulateReplicate(again, replicate), 180)).toEqual(efficacyOf(simulateReplicate(base, replicate), 180));
    }
  });

  // Run-level properties over random seeds, replicates and sizes (fast-check; a failure
  // prints its seed). Each case plans and simulates whole trials, hence few runs.
  propTest.prop([fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 1, max: 500 })], { numRuns: 6 })(
    "adding an adverse reaction model leaves every efficacy number unchanged",
    (seed, replicate) => {
      const extraEvent = { term: "rash", exposure: "cmax", intercept: -3, slope: 0.5, grades: { grade_1: 0.8, grade_2: 0.15, grade_3: 0.05 } };
      const before = simulateReplicate(planFromText(exampleSpecText(), { seed: String(seed) }), replicate);
      const withRash = planFromText(editedSpecText("pbc-phase2.yaml", [[["adverse_events", 2], extraEvent]]), { seed: String(seed) });
      expect(withRash.spec.adverse_events).toHaveLength(3);
      const after = simulateReplicate(withRash, replicate);
      expect(efficacyOf(after, 180)).toEqual(efficacyOf(before, 180));
      // The existing terms keep their grades too: each term has its own stream.
      expect(after.adverseEvents.slice(0, 2)).toEqual(before.adverseEvents);
    },
  );

  propTest.prop([fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 40 })], { numRuns: 6 })(
    "adding patients after the last one leaves every existing patient unchanged",
    (seed, replicate, extraPerArm) => {
      const before = simulateReplicate(planFromText(exampleSpecText(), { seed: String(seed) }), replicate);
      const larger = planFromText(editedSpecText("pbc-phase2.yaml", [[["population", "n_per_arm"], 60 + extraPerArm]]), { seed: String(seed) });
      expect(larger.patientCount).toBe(3 * (60 + extraPerArm));
      expect(efficacyOf(simulateReplicate(larger, replicate), 180)).toEqual(efficacyOf(before, 180));
    },
  );

  it("a different seed gives different patients", () => {
    const other = planFromText(exampleSpecText(), { seed: "99" });
    expect(efficacyOf(simulateReplicate(other, 1), 10)).not.toEqual(efficacyOf(simulateReplicate(base, 1), 10));
  });

  it("a twin under control differs from its patient only by the drug effect", () => {
    const simulation = simulateReplicate(base, 1);
    const endpoint = base.spec.endpoints[0];
    const outcome = continuousOutcome(simulation.endpoints[0]);
    if (endpoint?.drug_effect === undefined) throw new Error("example spec changed");
    const effect = endpoint.drug_effect;
    for (let patient = 0; patient < 180; patient++) {
      const auc = simulation.exposure[patient]?.metrics.aucTauMgHPerL ?? 0;
      const expected = ((effect.emax ?? 0) * auc) / ((effect.ec50 ?? 1) + auc);
      expect(Math.abs((outcome.change[patient] as number) - (outcome.twinChange[patient] as number) - expected)).toBeLessThan(1e-12);
    }
  });
});
