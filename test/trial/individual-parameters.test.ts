// drawIndividualParameters and drawReplicateTypicals: the uniforms they read (one normal per
// parameter per patient; one per uncertain typical value per replicate), exact values recomputed
// from those uniforms, covariate factors by hand, and the log-normal distribution over many
// patients or replicates against its moments (5 standard errors).
import { describe, expect, it } from "vitest";
import type { VirtualPopulation } from "../../src/population/index.js";
import { normalQuantile, streamFor } from "../../src/rng/index.js";
import { pkSchema } from "../../src/spec/schema.js";
import { drawIndividualParameters, drawReplicateTypicals, type CovariateReader } from "../../src/trial/individual-parameters.js";
import { buildParameterModel } from "../../src/trial/parameter-model.js";
import { countUniforms } from "../helpers/counting-rng.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

const SEX_LEVELS = ["M", "F"] as const;

/** n patients with weights cycling 35, 70, 140 kg and sex M, F, M, F, … */
function population(size: number): VirtualPopulation {
  const weights = [35, 70, 140];
  return {
    size,
    sourceRow: Int32Array.from({ length: size }, (_, patient) => patient),
    numeric: new Map([["wt", Float64Array.from({ length: size }, (_, patient) => weights[patient % 3] as number)]]),
    categorical: new Map([["sex", Int32Array.from({ length: size }, (_, patient) => patient % 2)]]),
  };
}

/** Reads wt as a number and sex as its level name, as the pipeline's reader does for category columns. */
const READER: CovariateReader = {
  columns: ["wt", "sex"],
  read: (people, patient) => ({ wt: people.numeric.get("wt")?.[patient] ?? Number.NaN, sex: SEX_LEVELS[people.categorical.get("sex")?.[patient] ?? 0] ?? "M" }),
};
const NO_COVARIATES: CovariateReader = { columns: [], read: () => ({}) };

const p = (typical: number, cv = 0, covariates: unknown[] = []) => ({ typical, cv, covariates });

function modelOf(fields: Record<string, unknown>) {
  return buildParameterModel(pkSchema.parse({ model: "one-compartment", ...fields }));
}

/** Mean and sample SD (n − 1) of ln(values / reference). */
function logMoments(values: Float64Array, reference: number): { mean: number; sd: number } {
  const logs = Array.from(values, (value) => Math.log(value / reference));
  const mean = logs.reduce((total, value) => total + value, 0) / logs.length;
  const variance = logs.reduce((total, value) => total + (value - mean) ** 2, 0) / (logs.length - 1);
  return { mean, sd: Math.sqrt(variance) };
}

/**
 * For n normal draws with SD σ: SE of the mean σ/√n, SE of the sample SD ≈ σ/√(2(n − 1)) (delta
 * method on Var s² = 2σ⁴/(n − 1)). Asserts both to 5 SE.
 */
function expectLogNormal(values: Float64Array, reference: number, sigma: number, label: string): void {
  const { mean, sd } = logMoments(values, reference);
  const n = values.length;
  const meanSe = sigma / Math.sqrt(n);
  const sdSe = sigma / Math.sqrt(2 * (n - 1));
  expect(Math.abs(mean), `${label}: mean of ln(P/θ) ${mean}, expected 0, SE ${meanSe}`).toBeLessThanOrEqual(5 * meanSe);
  expect(Math.abs(sd - sigma), `${label}: SD of ln(P/θ) ${sd}, expected ${sigma}, SE ${sdSe}`).toBeLessThanOrEqual(5 * sdSe);
}

// R 4.2.2: sqrt(log(1.09)) = 0.293560379208524, sqrt(log(1.25)) = 0.472380727077439 (ω for CV 0.3, 0.5).
const OMEGA_CV30 = 0.293560379208524;
const OMEGA_CV50 = 0.472380727077439;

describe("drawIndividualParameters: uniforms read", () => {
  it("reads nothing and returns empty columns for an empty population", () => {
    const model = modelOf({ parameters: { clearance_l_per_h: p(2.8, 0.3), volume_l: p(32, 0.5) } });
    const rng = countUniforms(streamFor(1, [1, "random-effects"]));
    const drawn = drawIndividualParameters({ model, typical: model.typical, population: population(0), covariates: NO_COVARIATES }, rng);
    expect(drawn.values.map((column) => column.length)).toEqual([0, 0]);
    expect(rng.drawn.length).toBe(0);
  });

  it("reads exactly one normal per parameter per patient, parameters without variability included", () => {
    // 3 parameters (ka has CV 0) × 25 patients = 75 uniforms.
    const model = modelOf({ parameters: { ka_per_h: p(1.5), clearance_l_per_h: p(2.8, 0.3), volume_l: p(32, 0.5) } });
    const rng = countUniforms(streamFor(3, [1, "random-effects"]));
    drawIndividualParameters({ model, typical: model.typical, population: population(25), covariates: NO_COVARIATES }, rng);
    expect(rng.drawn.length).toBe(75);
  });

  it("gives θ·exp(ω·Φ⁻¹(u)) from the patient's uniforms in parameter order (diagonal Ω), θ exactly for CV 0", () => {
    const model = modelOf({ parameters: { ka_per_h: p(1.5), clearance_l_per_h: p(2.8, 0.3), volume_l: p(32, 0.5) } });
    const rng = countUniforms(streamFor(5, [1, "random-effects"]));
    const { names, values } = drawIndividualParameters({ model, typical: model.typical, population: population(4), covariates: NO_COVARIATES }, rng);
    expect(names).toEqual(["ka_per_h", "clearance_l_per_h", "volume_l"]);
    const omegas = [0, OMEGA_CV30, OMEGA_CV50];
    for (let patient = 0; patient < 4; patient++) {
      expect(values[0]?.[patient]).toBe(1.5);
      for (const index of [1, 2]) {
        const z = normalQuantile(rng.drawn[3 * patient + index] as number);
        const expected = (model.typical[index] as number) * Math.exp((omegas[index] as number) * z);
        // 1e-14: ω from R's 15 digits vs √ln 1p(cv²), times |z| < 6, inside exp.
        expectRelativeClose(values[index]?.[patient] ?? Number.NaN, expected, 1e-14, `${names[index]} of patient ${patient}`);
      }
    }
  });

  it("uses the typical values it is given (a replicate's), not the model's", () => {
    const model = modelOf({ parameters: { clearance_l_per_h: p(2.8, 0.3) } });
    const options = { model, population: population(5), covariates: NO_COVARIATES };
    const base = drawIndividualParameters({ ...options, typical: [2.8] }, streamFor(8, [1, "random-effects"]));
    const doubled = drawIndividualParameters({ ...options, typical: [5.6] }, streamFor(8, [1, "random-effects"]));
    // Same stream, typical 2.8 → 5.6: every value exactly doubles (× 2 is exact in binary).
    expect(Array.from(doubled.values[0] ?? [])).toEqual(Array.from(base.values[0] ?? [], (value) => 2 * value));
  });
});

describe("drawIndividualParameters: covariate effects", () => {
  it("multiplies the typical value: CL = 2.8·(wt/70)^0.75·(0.8 if F), without variability", () => {
    // Patients 0..5: (35 kg, M), (70, F), (140, M), (35, F), (70, M), (140, F).
    // (35/70)^0.75 = 2^−0.75, (140/70)^0.75 = 2^0.75.
    const model = modelOf({
      parameters: {
        clearance_l_per_h: p(2.8, 0, [
          { column: "wt", model: "power", reference: 70, exponent: 0.75 },
          { column: "sex", model: "categorical", factors: { F: 0.8 } },
        ]),
      },
    });
    const { values } = drawIndividualParameters({ model, typical: model.typical, population: population(6), covariates: READER }, streamFor(1, [1, "random-effects"]));
    const expected = [2.8 * 2 ** -0.75, 2.8 * 0.8, 2.8 * 2 ** 0.75, 2.8 * 2 ** -0.75 * 0.8, 2.8, 2.8 * 2 ** 0.75 * 0.8];
    // 1e-15: a pow and two products, each rounded once.
    expected.forEach((value, patient) => expectRelativeClose(values[0]?.[patient] ?? Number.NaN, value, 1e-15, `CL of patient ${patient}`));
  });

  it("reading covariate columns directly (CovariateReader.column) gives the same doubles as a values object per patient", () => {
    const model = modelOf({
      parameters: {
        clearance_l_per_h: p(2.8, 0.3, [
          { column: "wt", model: "power", reference: 70, exponent: 0.75 },
          { column: "sex", model: "categorical", factors: { F: 0.8 } },
        ]),
        volume_l: p(32, 0.2, [{ column: "wt", model: "linear", reference: 70, slope: 0.01 }]),
      },
    });
    const people = population(60);
    const columns: CovariateReader = { ...READER, column: (name) => (patient) => (READER.read(people, patient) as Record<string, number | string>)[name] ?? Number.NaN };
    const byObject = drawIndividualParameters({ model, typical: model.typical, population: people, covariates: READER }, streamFor(3, [1, "random-effects"]));
    const byColumn = drawIndividualParameters({ model, typical: model.typical, population: people, covariates: columns }, streamFor(3, [1, "random-effects"]));
    byObject.values.forEach((parameter, index) => parameter.forEach((value, patient) => expect(Object.is(byColumn.values[index]?.[patient], value)).toBe(true)));
  });

  it("applies the effects before exp(η): V = 32·(1 + 0.01·(wt − 70))·exp(ω·z)", () => {
    // Linear factors: 35 kg → 1 − 0.35 = 0.65, 70 → 1, 140 → 1.7.
    const model = modelOf({ parameters: { volume_l: p(32, 0.5, [{ column: "wt", model: "linear", reference: 70, slope: 0.01 }]) } });
    const rng = countUniforms(streamFor(2, [1, "random-effects"]));
    const { values } = drawIndividualParameters({ model, typical: model.typical, population: population(3), covariates: READER }, rng);
    [0.65, 1, 1.7].forEach((factor, patient) => {
      const expected = 32 * factor * Math.exp(OMEGA_CV50 * normalQuantile(rng.drawn[patient] as number));
      // 1e-14: ω from R's 15 digits inside exp, and 0.01·(wt − 70) rounds.
      expectRelativeClose(values[0]?.[patient] ?? Number.NaN, expected, 1e-14, `V of patient ${patient}`);
    });
  });
});

describe("drawIndividualParameters: distribution over many patients", () => {
  it("diagonal Ω: ln(P/θ) has mean 0 and SD ω = √ln(1 + cv²) for each parameter, over 40,000 patients (5 SE)", () => {
    const model = modelOf({ parameters: { ka_per_h: p(1.5, 0.5), clearance_l_per_h: p(2.8, 0.3), volume_l: p(32, 1) } });
    const { values } = drawIndividualParameters({ model, typical: model.typical, population: population(40_000), covariates: NO_COVARIATES }, streamFor(17, [1, "random-effects"]));
    // R 4.2.2: sqrt(log(2)) = 0.832554611157698 (CV 1).
    expectLogNormal(values[0] as Float64Array, 1.5, OMEGA_CV50, "ka");
    expectLogNormal(values[1] as Float64Array, 2.8, OMEGA_CV30, "CL");
    expectLogNormal(values[2] as Float64Array, 32, 0.832554611157698, "V");
  });

  it("with ρ(CL, V) = −0.6 the sample correlation of the logs is −0.6 within 5 SE, SE ≈ (1 − ρ²)/√n", () => {
    // Large-sample SE of a Pearson correlation of bivariate normal data: (1 − ρ²)/√n = 0.64/√40,000 = 0.0032.
    const rho = -0.6;
    const model = modelOf({
      parameters: { clearance_l_per_h: p(2.8, 0.3), volume_l: p(32, 0.5) },
      correlations: [{ parameters: ["clearance_l_per_h", "volume_l"], correlation: rho }],
    });
    const n = 40_000;
    const { values } = drawIndividualParameters({ model, typical: model.typical, population: population(n), covariates: NO_COVARIATES }, streamFor(23, [1, "random-effects"]));
    const x = Array.from(values[0] ?? [], (value) => Math.log(value));
    const y = Array.from(values[1] ?? [], (value) => Math.log(value));
    const meanX = x.reduce((total, value) => total + value, 0) / n;
    const meanY = y.reduce((total, value) => total + value, 0) / n;
    let sxy = 0;
    let sxx = 0;
    let syy = 0;
    for (let i = 0; i < n; i++) {
      const dx = (x[i] as number) - meanX;
      const dy = (y[i] as number) - meanY;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
    const correlation = sxy / Math.sqrt(sxx * syy);
    const standardError = (1 - rho ** 2) / Math.sqrt(n);
    expect(Math.abs(correlation - rho), `correlation ${correlation}, expected ${rho}, SE ${standardError}`).toBeLessThanOrEqual(5 * standardError);
    expectLogNormal(values[0] as Float64Array, 2.8, OMEGA_CV30, "CL");
    expectLogNormal(values[1] as Float64Array, 32, OMEGA_CV50, "V");
  });
});

describe("drawReplicateTypicals", () => {
  const uncertain = { parameters: { ka_per_h: p(1.5), clearance_l_per_h: p(2.8, 0.3), volume_l: p(32, 0.5) }, uncertainty: { rse: { clearance_l_per_h: 0.2, volume_l: 0.1 } } };

  it("returns a copy of the spec's typical values without uncertainty, reading nothing", () => {
    const model = modelOf({ parameters: { clearance_l_per_h: p(2.8, 0.3), volume_l: p(32) } });
    const rng = countUniforms(streamFor(1, [1, "parameter-uncertainty"]));
    const typical = drawReplicateTypicals(model, rng);
    expect(typical).toEqual([2.8, 32]);
    expect(typical).not.toBe(model.typical);
    expect(rng.drawn.length).toBe(0);
  });

  it("returns the spec's typical values with uncertainty but no stream", () => {
    expect(drawReplicateTypicals(modelOf(uncertain), undefined)).toEqual([1.5, 2.8, 32]);
  });

  it("reads one normal per uncertain parameter per replicate and gives θ·exp(σ·Φ⁻¹(u)), σ = √ln(1 + rse²)", () => {
    // R 4.2.2: sqrt(log(1.04)) = 0.198042200435365, sqrt(log(1.01)) = 0.0997513451195927.
    const model = modelOf(uncertain);
    const rng = countUniforms(streamFor(4, [1, "parameter-uncertainty"]));
    const typical = drawReplicateTypicals(model, rng);
    expect(rng.drawn.length).toBe(2);
    expect(typical[0]).toBe(1.5);
    expectRelativeClose(typical[1] ?? Number.NaN, 2.8 * Math.exp(0.198042200435365 * normalQuantile(rng.drawn[0] as number)), 1e-14, "CL*");
    expectRelativeClose(typical[2] ?? Number.NaN, 32 * Math.exp(0.0997513451195927 * normalQuantile(rng.drawn[1] as number)), 1e-14, "V*");
  });

  it("varies log-normally over 20,000 replicates: ln(θ*/θ) mean 0, SD √ln(1 + rse²) (5 SE); ka never varies", () => {
    const model = modelOf(uncertain);
    const replicates = 20_000;
    const rng = streamFor(31, [1, "parameter-uncertainty"]);
    const drawn = [new Float64Array(replicates), new Float64Array(replicates), new Float64Array(replicates)];
    for (let replicate = 0; replicate < replicates; replicate++) {
      drawReplicateTypicals(model, rng).forEach((value, index) => ((drawn[index] as Float64Array)[replicate] = value));
    }
    expect(drawn[0]?.every((value) => value === 1.5)).toBe(true);
    expectLogNormal(drawn[1] as Float64Array, 2.8, 0.198042200435365, "CL*");
    expectLogNormal(drawn[2] as Float64Array, 32, 0.0997513451195927, "V*");
  });
});
