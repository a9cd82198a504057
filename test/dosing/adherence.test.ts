// drawAdherence and isDoseTaken: how many uniforms a patient reads (stream alignment, STYLE.md §6),
// known values of the patient-level probability, and the distribution of the draws over many
// patients against its closed-form moments.
import { test as propTest, fc } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { drawAdherence, isDoseTaken, type AdherenceModel, type PatientAdherence } from "../../src/dosing/index.js";
import { streamFor, type Rng } from "../../src/rng/index.js";
import { countUniforms } from "../helpers/counting-rng.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

/** An Rng that hands out the given uniforms in order (then fails), to feed known values. */
function scriptedRng(uniforms: readonly number[]): Rng {
  let position = 0;
  return {
    next(): number {
      const value = uniforms[position++];
      if (value === undefined) throw new Error(`scriptedRng: only ${uniforms.length} uniforms scripted`);
      return value;
    },
  };
}

const MODELS: readonly AdherenceModel[] = [
  { kind: "full" },
  { kind: "constant", missProbability: 0.2 },
  { kind: "beta", meanTaken: 0.85, concentration: 12 },
];

describe("isDoseTaken", () => {
  it("takes every dose without adherence draws (undefined)", () => {
    expect(isDoseTaken(undefined, 0)).toBe(true);
    expect(isDoseTaken(undefined, 1000)).toBe(true);
  });

  it("doc example: probability 0.9, uniforms [0.95, 0.1] → dose 0 missed, dose 1 taken", () => {
    const adherence: PatientAdherence = { takeProbability: 0.9, uniforms: Float64Array.from([0.95, 0.1]) };
    expect(isDoseTaken(adherence, 0)).toBe(false);
    expect(isDoseTaken(adherence, 1)).toBe(true);
  });

  it("takes a dose when its uniform is strictly below the probability (a tie is a miss)", () => {
    const adherence: PatientAdherence = { takeProbability: 0.5, uniforms: Float64Array.from([0.5, 0.49999999999999994]) };
    expect(isDoseTaken(adherence, 0)).toBe(false);
    expect(isDoseTaken(adherence, 1)).toBe(true);
  });

  it("misses every dose at probability 0 and takes every dose at probability 1 (uniforms are in (0, 1))", () => {
    const uniforms = Float64Array.from([1e-300, 0.5, 1 - 2 ** -53]);
    for (let index = 0; index < uniforms.length; index++) {
      expect(isDoseTaken({ takeProbability: 0, uniforms }, index)).toBe(false);
      expect(isDoseTaken({ takeProbability: 1, uniforms }, index)).toBe(true);
    }
  });
});

describe("drawAdherence: uniforms read", () => {
  for (const model of MODELS) {
    it(`${model.kind}: reads 1 + scheduleLength uniforms, the patient's first, then one per dose in order`, () => {
      const rng = countUniforms(streamFor(7, [1, "adherence"]));
      const adherence = drawAdherence(rng, model, 5);
      expect(rng.drawn.length).toBe(6);
      expect(Array.from(adherence.uniforms)).toEqual(rng.drawn.slice(1));
    });

    it(`${model.kind}: reads 1 uniform for an empty schedule`, () => {
      const rng = countUniforms(streamFor(7, [1, "adherence"]));
      expect(drawAdherence(rng, model, 0).uniforms.length).toBe(0);
      expect(rng.drawn.length).toBe(1);
    });
  }

  propTest.prop([fc.constantFrom(...MODELS), fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 50 }), fc.integer({ min: 0, max: 1e6 })])(
    "patients stay aligned: n patients read exactly n·(1 + scheduleLength) uniforms",
    (model, scheduleLength, patients, seed) => {
      const rng = countUniforms(streamFor(seed, [1, "adherence"]));
      for (let patient = 0; patient < patients; patient++) drawAdherence(rng, model, scheduleLength);
      expect(rng.drawn.length).toBe(patients * (1 + scheduleLength));
    },
  );
});

describe("drawAdherence: known patient-level probabilities", () => {
  it("full: probability 1", () => {
    expect(drawAdherence(scriptedRng([0.3, 0.99]), { kind: "full" }, 1).takeProbability).toBe(1);
  });

  it("constant: 1 − missProbability whatever the first uniform (0.2 → 0.8)", () => {
    expect(drawAdherence(scriptedRng([0.01]), { kind: "constant", missProbability: 0.2 }, 0).takeProbability).toBe(0.8);
    expect(drawAdherence(scriptedRng([0.99]), { kind: "constant", missProbability: 0.2 }, 0).takeProbability).toBe(0.8);
  });

  it("beta, mean 0.75, κ 4 = Beta(3, 1), whose quantile is u^(1/3): u = 0.125 → 0.5, u = 0.729 → 0.9", () => {
    // Beta(3, 1) has CDF x³, so the quantile is u^(1/3): 0.125^(1/3) = 0.5, 0.729^(1/3) = 0.9.
    // 1e-12: the Beta quantile is found iteratively (stdlib, after Boost ibeta_inv), to about 1e-15.
    const model: AdherenceModel = { kind: "beta", meanTaken: 0.75, concentration: 4 };
    expectRelativeClose(drawAdherence(scriptedRng([0.125]), model, 0).takeProbability, 0.5, 1e-12, "Beta(3, 1) quantile of 0.125");
    expectRelativeClose(drawAdherence(scriptedRng([0.729]), model, 0).takeProbability, 0.9, 1e-12, "Beta(3, 1) quantile of 0.729");
  });

  it("beta, mean 0.9, κ 20 = Beta(18, 2): u = 0.3 gives qbeta(0.3, 18, 2)", () => {
    // R 4.2.2: qbeta(0.3, 18, 2) = 0.876396279018266. 1e-12: (1 − 0.9)·20 is 1.9999999999999996 in
    // binary, not 2, and R prints 15 digits (R's qbeta(0.3, 18, 2 - 4e-16) prints the same value).
    const adherence = drawAdherence(scriptedRng([0.3]), { kind: "beta", meanTaken: 0.9, concentration: 20 }, 0);
    expectRelativeClose(adherence.takeProbability, 0.876396279018266, 1e-12, "qbeta(0.3, 18, 2)");
  });
});

describe("drawAdherence: distribution over many patients", () => {
  it("constant: the fraction of doses taken over 20,000 patients × 10 doses is 1 − p within 5 binomial SE", () => {
    // Every dose is an independent Bernoulli(1 − p) trial, so the fraction of N·L doses taken has
    // SE = √(p·(1 − p) / (N·L)) = √(0.2·0.8 / 200,000) = 8.9e-4.
    const patients = 20_000;
    const doses = 10;
    const missProbability = 0.2;
    const rng = streamFor(2024, [1, "adherence"]);
    let taken = 0;
    for (let patient = 0; patient < patients; patient++) {
      const adherence = drawAdherence(rng, { kind: "constant", missProbability }, doses);
      for (let dose = 0; dose < doses; dose++) if (isDoseTaken(adherence, dose)) taken++;
    }
    const fraction = taken / (patients * doses);
    const standardError = Math.sqrt((missProbability * (1 - missProbability)) / (patients * doses));
    expect(Math.abs(fraction - (1 - missProbability)), `fraction taken ${fraction}, expected 0.8, SE ${standardError}`).toBeLessThanOrEqual(5 * standardError);
  });

  it("beta: mean and variance of the patient-level probabilities over 50,000 patients match Beta(m·κ, (1 − m)·κ)", () => {
    // m = 0.85, κ = 12: α = 10.2, β = 1.8. Beta moments: mean m, variance σ² = m(1 − m)/(κ + 1) =
    // 0.85·0.15/13 = 0.00980769…; excess kurtosis γ₂ = 6[(α − β)²(α + β + 1) − αβ(α + β + 2)] /
    // [αβ(α + β + 2)(α + β + 3)] (Johnson, Kotz & Balakrishnan, vol. 2, ch. 25).
    // SE of the sample mean: σ/√N. SE of the sample variance: σ²·√((2 + γ₂)/N) (Var s² ≈ (μ₄ − σ⁴)/N,
    // μ₄ = σ⁴(3 + γ₂)). Both checked to 5 SE.
    const meanTaken = 0.85;
    const concentration = 12;
    const alpha = meanTaken * concentration;
    const beta = (1 - meanTaken) * concentration;
    const variance = (meanTaken * (1 - meanTaken)) / (concentration + 1);
    const excessKurtosis =
      (6 * ((alpha - beta) ** 2 * (alpha + beta + 1) - alpha * beta * (alpha + beta + 2))) / (alpha * beta * (alpha + beta + 2) * (alpha + beta + 3));
    const patients = 50_000;
    const rng = streamFor(99, [1, "adherence"]);
    const probabilities = new Float64Array(patients);
    for (let patient = 0; patient < patients; patient++) probabilities[patient] = drawAdherence(rng, { kind: "beta", meanTaken, concentration }, 3).takeProbability;
    const mean = probabilities.reduce((total, value) => total + value, 0) / patients;
    const sampleVariance = probabilities.reduce((total, value) => total + (value - mean) ** 2, 0) / (patients - 1);
    const meanSe = Math.sqrt(variance / patients);
    const varianceSe = variance * Math.sqrt((2 + excessKurtosis) / patients);
    expect(Math.abs(mean - meanTaken), `mean ${mean}, expected ${meanTaken}, SE ${meanSe}`).toBeLessThanOrEqual(5 * meanSe);
    expect(Math.abs(sampleVariance - variance), `variance ${sampleVariance}, expected ${variance}, SE ${varianceSe}`).toBeLessThanOrEqual(5 * varianceSe);
    expect(Math.min(...probabilities)).toBeGreaterThan(0);
    expect(Math.max(...probabilities)).toBeLessThan(1);
  });
});
