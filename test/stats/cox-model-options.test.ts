import { describe, expect, it } from "vitest";
import {
  checkCoxModelOptions,
  COX_DEFAULT_CONVERGENCE_TOLERANCE,
  COX_DEFAULT_MAX_ITERATIONS,
  COX_TIES,
  type CoxModelOptions,
  type CoxTies,
} from "../../src/stats/cox-model-options.js";

const BASE: CoxModelOptions = { times: [2, 1, 4, 3], events: [1, 0, 1, 1], covariates: [[0, 1, 1, 0]], ties: "efron" };

describe("checkCoxModelOptions", () => {
  it("doc example: fills in R's coxph.control defaults (eps 1e-9, iter.max 20), no strata", () => {
    const checked = checkCoxModelOptions({ times: [2, 1], events: [1, 0], covariates: [[0, 1]], ties: "efron" });
    expect(checked.maxIterations).toBe(20);
    expect([COX_DEFAULT_CONVERGENCE_TOLERANCE, COX_DEFAULT_MAX_ITERATIONS]).toEqual([1e-9, 20]);
    expect(checked).toEqual({ flags: Uint8Array.from([1, 0]), strata: undefined, convergenceTolerance: 1e-9, maxIterations: 20 });
    expect(COX_TIES).toEqual(["efron", "breslow"]);
  });

  it("keeps given settings", () => {
    const checked = checkCoxModelOptions({ ...BASE, strata: [1, 0, 1, 0], convergenceTolerance: 1e-14, maxIterations: 100 });
    expect([checked.strata, checked.convergenceTolerance, checked.maxIterations]).toEqual([[1, 0, 1, 0], 1e-14, 100]);
  });

  it("checks the survival data and strata", () => {
    expect(() => checkCoxModelOptions({ ...BASE, events: [1, 0, 1] })).toThrow(
      new RangeError("fitCoxModel requires one event indicator per time, got 3 event indicators and 4 times"),
    );
    expect(() => checkCoxModelOptions({ ...BASE, strata: [0, 1] })).toThrow(
      new RangeError("fitCoxModel requires one stratum per patient, got 2 strata and 4 patients"),
    );
  });

  it("requires covariates with a finite value per patient", () => {
    expect(() => checkCoxModelOptions({ ...BASE, covariates: [] })).toThrow(new RangeError("fitCoxModel requires at least one covariate"));
    expect(() => checkCoxModelOptions({ ...BASE, covariates: [[0, 1, 1, 0], [1, 2, 3]] })).toThrow(
      new RangeError("fitCoxModel requires one value of covariate 1 per patient, got 3 values and 4 patients"),
    );
    expect(() => checkCoxModelOptions({ ...BASE, covariates: [[0, 1, Number.NaN, 0]] })).toThrow(
      new RangeError("fitCoxModel requires finite covariate values, got NaN for covariate 0 at index 2"),
    );
  });

  it("requires a known tie method (options may come from JavaScript)", () => {
    expect(() => checkCoxModelOptions({ ...BASE, ties: "exact" as CoxTies })).toThrow(
      new RangeError('fitCoxModel requires ties "efron" or "breslow", got "exact"'),
    );
  });

  it("requires a positive tolerance and a positive whole number of iterations", () => {
    for (const tolerance of [0, -1e-9, Number.NaN, Infinity]) {
      expect(() => checkCoxModelOptions({ ...BASE, convergenceTolerance: tolerance })).toThrow(
        new RangeError(`fitCoxModel requires a positive convergence tolerance, got ${tolerance}`),
      );
    }
    for (const iterations of [0, 2.5, -1]) {
      expect(() => checkCoxModelOptions({ ...BASE, maxIterations: iterations })).toThrow(
        new RangeError(`fitCoxModel requires a positive whole number of iterations, got ${iterations}`),
      );
    }
  });
});
