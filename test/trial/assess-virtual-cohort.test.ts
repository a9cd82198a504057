import { describe, expect, it } from "vitest";
import { assessVirtualCohort, FIDELITY_SAMPLE_SIZE } from "../../src/trial/index.js";
import { editedSpecText, planFromText } from "../helpers/plan.js";

/**
 * The fidelity and privacy check of the shipped example's cohort (273 eligible pbc patients,
 * 8 columns) for each population method. A near copy is closer to a real record than 95% of
 * real records are to their nearest other one, so a generator that draws new patients from
 * the cohort's distribution gives about 5% near copies, as the real patients themselves.
 */
function assessed(method: string) {
  return assessVirtualCohort(planFromText(editedSpecText("pbc-phase2.yaml", [[["population", "method"], method]])));
}

describe("assessVirtualCohort on the pbc-phase2 cohort", () => {
  const bootstrap = assessed("bootstrap");
  const smoothed = assessed("smoothed-bootstrap");
  const copula = assessed("gaussian-copula");

  it("grows its own sample of 2000 patients", () => {
    expect(copula.sampleSize).toBe(FIDELITY_SAMPLE_SIZE);
    expect(copula.fidelity.virtualCount).toBe(FIDELITY_SAMPLE_SIZE);
    expect(copula.fidelity.realCount).toBe(273);
  });

  it("plain bootstrap is all exact copies, by design", () => {
    expect(bootstrap.privacy.virtual.exactCopyShare).toBe(1);
  });

  it("smoothed bootstrap copies no record exactly, but stays near its source record", () => {
    expect(smoothed.privacy.virtual.exactCopyShare).toBe(0);
    expect(smoothed.privacy.virtual.nearCopyShare).toBeLessThan(1);
  });

  it("the Gaussian copula's near-copy share is that of real patients among themselves (within 4 binomial SEs)", () => {
    const real = copula.privacy.real.nearCopyShare;
    const se = Math.sqrt((real * (1 - real)) / FIDELITY_SAMPLE_SIZE);
    expect(copula.privacy.virtual.exactCopyShare).toBe(0);
    expect(Math.abs(copula.privacy.virtual.nearCopyShare - real)).toBeLessThan(4 * se + 4 * Math.sqrt((0.05 * 0.95) / 273));
  });

  it("every method keeps the means: |SMD| < 0.1 for every number column", () => {
    for (const result of [bootstrap, smoothed, copula]) for (const column of result.fidelity.numeric) expect(Math.abs(column.standardizedMeanDifference), column.name).toBeLessThan(0.1);
  });
});
