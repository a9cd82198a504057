import { describe, expect, it } from "vitest";
import { normalQuantile, streamFor } from "../../src/rng/index.js";
import { mean, sampleVariance } from "../../src/stats/index.js";
import { addResidualError, type ResidualErrorModel } from "../../src/variability/index.js";
import { countUniforms } from "../helpers/counting-rng.js";

const additive: ResidualErrorModel = { kind: "additive", additiveSdMgPerL: 0.5 };
const proportional: ResidualErrorModel = { kind: "proportional", proportionalSd: 0.1 };
const combined: ResidualErrorModel = { kind: "combined", additiveSdMgPerL: 0.5, proportionalSd: 0.1 };

describe("addResidualError", () => {
  it("doc example: 10·(1 + 0.1·ε₁) + 0.5·ε₂", () => {
    expect(addResidualError(streamFor(42, [1, "residual-error"]), 10, combined)).toBe(10.382896183277445);
  });

  it("uses ε₁ = Φ⁻¹(u₁) for the additive and proportional parts and ε₂ = Φ⁻¹(u₂) for the additive part of combined", () => {
    for (const model of [additive, proportional, combined]) {
      const rng = countUniforms(streamFor(7, [1, "residual-error"]));
      const observed = addResidualError(rng, 4, model);
      const [first, second] = rng.drawn.map(normalQuantile) as [number, number];
      const expected = { additive: 4 + 0.5 * first, proportional: 4 * (1 + 0.1 * first), combined: 4 * (1 + 0.1 * first) + 0.5 * second };
      expect(observed, model.kind).toBe(expected[model.kind]);
    }
  });

  it("reads exactly two uniforms per observation whatever the model, so later observations do not move", () => {
    const models = [additive, proportional, combined, { kind: "additive", additiveSdMgPerL: 0 } as const];
    const lastObservations = models.map((model) => {
      const rng = countUniforms(streamFor(9, [1, "residual-error"]));
      for (let index = 0; index < 10; index++) addResidualError(rng, 3, model);
      expect(rng.drawn.length).toBe(20);
      return addResidualError(rng, 3, combined);
    });
    expect(new Set(lastObservations).size).toBe(1);
  });

  it("returns the prediction unchanged when the standard deviations are 0", () => {
    const rng = streamFor(1, [1, "residual-error"]);
    expect(addResidualError(rng, 7.5, { kind: "combined", additiveSdMgPerL: 0, proportionalSd: 0 })).toBe(7.5);
    expect(addResidualError(rng, 0, proportional)).toBe(0);
  });

  it("keeps observations below 0 as drawn (NONMEM style; no limit of quantification)", () => {
    const rng = streamFor(3, [1, "residual-error"]);
    const observations = Array.from({ length: 1000 }, () => addResidualError(rng, 0.1, additive));
    expect(observations.some((value) => value < 0)).toBe(true);
  });

  it("refuses a negative or non-finite prediction and negative standard deviations", () => {
    const rng = streamFor(1, [1, "residual-error"]);
    expect(() => addResidualError(rng, -1, additive)).toThrow(
      new RangeError("addResidualError requires a finite concentrationMgPerL >= 0, got -1"),
    );
    expect(() => addResidualError(rng, Number.NaN, additive)).toThrow(
      new RangeError("addResidualError requires a finite concentrationMgPerL >= 0, got NaN"),
    );
    expect(() => addResidualError(rng, 1, { kind: "proportional", proportionalSd: -0.1 })).toThrow(
      new RangeError("addResidualError requires a finite proportionalSd >= 0, got -0.1"),
    );
    expect(() => addResidualError(rng, 1, { kind: "combined", additiveSdMgPerL: Infinity, proportionalSd: 0.1 })).toThrow(
      new RangeError("addResidualError requires a finite additiveSdMgPerL >= 0, got Infinity"),
    );
  });

  it("has mean C and the closed-form variance over 200,000 observations at C = 10 mg/L, within 5 SE", () => {
    const concentrationMgPerL = 10;
    const count = 200_000;
    // Var = σ_add² (additive), σ_prop²·C² (proportional), σ_add² + σ_prop²·C² (combined): 0.25, 1, 1.25 (mg/L)².
    const variances = { additive: 0.25, proportional: 1, combined: 1.25 };
    for (const model of [additive, proportional, combined]) {
      const rng = streamFor(2024, [1, "residual-error", model.kind]);
      const observations = Array.from({ length: count }, () => addResidualError(rng, concentrationMgPerL, model));
      const variance = variances[model.kind];
      const sampleMean = mean(observations);
      const sampleVar = sampleVariance(observations);
      // The observations are normal: SE of the mean √(Var / n), SE of the sample variance Var·√(2 / (n − 1)).
      const meanSe = Math.sqrt(variance / count);
      const varianceSe = variance * Math.sqrt(2 / (count - 1));
      expect(Math.abs(sampleMean - concentrationMgPerL), `${model.kind}: mean ${sampleMean}, SE ${meanSe}`).toBeLessThanOrEqual(5 * meanSe);
      expect(Math.abs(sampleVar - variance), `${model.kind}: variance ${sampleVar}, SE ${varianceSe}`).toBeLessThanOrEqual(5 * varianceSe);
    }
  });
});
