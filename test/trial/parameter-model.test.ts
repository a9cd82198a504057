// parameterOrder, assembleOmega and buildParameterModel: stream order of the PK parameters, Ω from
// CVs and correlations (ω² = ln(1 + cv²), Ωᵢⱼ = ρ·ωᵢ·ωⱼ) or from a pk.omega block, the Cholesky
// factors against their 2 × 2 closed form, and the refusal of a non-positive-definite Ω.
import { describe, expect, it } from "vitest";
import { pkSchema, type PkSection } from "../../src/spec/schema.js";
import { assembleOmega, buildParameterModel, parameterOrder } from "../../src/trial/parameter-model.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

/** A pk section as the spec adapter gives it (defaults filled). */
function pk(fields: Record<string, unknown>): PkSection {
  return pkSchema.parse({ model: "one-compartment", ...fields });
}

const p = (typical: number, cv = 0, covariates: unknown[] = []) => ({ typical, cv, covariates });

// R 4.2.2: log(1.09) = 0.0861776962410524, log(1.25) = 0.22314355131421 (ω² for CV 0.3 and 0.5).
const OMEGA2_CV30 = 0.0861776962410524;
const OMEGA2_CV50 = 0.22314355131421;
/** ln(1 + cv²) is computed with log1p and R prints 15 digits: 1e-14 relative covers both. */
const DIGITS_15 = 1e-14;

/** |A − B| entrywise, with a message naming the entry. */
function expectMatrixClose(got: readonly (readonly number[])[], expected: readonly (readonly number[])[], tolerance: number, label: string): void {
  expect(got.length, `${label}: rows`).toBe(expected.length);
  expected.forEach((row, i) => row.forEach((value, j) => expectRelativeClose(got[i]?.[j] ?? Number.NaN, value, tolerance, `${label}[${i}][${j}]`)));
}

describe("parameterOrder", () => {
  it("is empty without parameters", () => {
    expect(parameterOrder(pk({ parameters: {} }))).toEqual([]);
  });

  it("puts closed-form parameters in the canonical order ka, CL, V, Q2, V2, Q3, V3, lag whatever the spec order", () => {
    const section = pk({
      model: "three-compartment",
      parameters: {
        lag_time_h: p(0.5), volume3_l: p(100), q3_l_per_h: p(2), volume_l: p(32), volume2_l: p(50), ka_per_h: p(1.5), q2_l_per_h: p(4), clearance_l_per_h: p(2.8),
      },
    });
    expect(parameterOrder(section)).toEqual(["ka_per_h", "clearance_l_per_h", "volume_l", "q2_l_per_h", "volume2_l", "q3_l_per_h", "volume3_l", "lag_time_h"]);
  });

  it("keeps the canonical order for a subset (IV two-compartment without ka, with lag)", () => {
    const section = pk({ model: "two-compartment", parameters: { volume2_l: p(50), lag_time_h: p(0.5), clearance_l_per_h: p(2.8), q2_l_per_h: p(4), volume_l: p(32) } });
    expect(parameterOrder(section)).toEqual(["clearance_l_per_h", "volume_l", "q2_l_per_h", "volume2_l", "lag_time_h"]);
  });

  it("keeps the spec order for ode models, canonical names included", () => {
    expect(parameterOrder(pk({ model: "ode", parameters: { vmax: p(10), volume_l: p(32), km: p(4), ka_per_h: p(1.5) } }))).toEqual(["vmax", "volume_l", "km", "ka_per_h"]);
  });
});

describe("assembleOmega", () => {
  it("is an all-zero matrix when no parameter varies", () => {
    expect(assembleOmega(pk({ parameters: { volume_l: p(32), clearance_l_per_h: p(2.8) } }))).toEqual([[0, 0], [0, 0]]);
  });

  it("has ln(1 + cv²) on the diagonal, in stream order: ka 0.5, CL 0.3, V 0", () => {
    const omega = assembleOmega(pk({ parameters: { volume_l: p(32), clearance_l_per_h: p(2.8, 0.3), ka_per_h: p(1.5, 0.5) } }));
    expectMatrixClose(omega, [[OMEGA2_CV50, 0, 0], [0, OMEGA2_CV30, 0], [0, 0, 0]], DIGITS_15, "Ω");
  });

  it("has ρ·ωᵢ·ωⱼ off the diagonal: CL 0.3, V 0.5, ρ 0.4", () => {
    // R 4.2.2: 0.4 * sqrt(log(1.09) * log(1.25)) = 0.0554689061486605.
    const section = pk({
      parameters: { clearance_l_per_h: p(2.8, 0.3), volume_l: p(32, 0.5) },
      correlations: [{ parameters: ["volume_l", "clearance_l_per_h"], correlation: 0.4 }],
    });
    expectMatrixClose(assembleOmega(section), [[OMEGA2_CV30, 0.0554689061486605], [0.0554689061486605, OMEGA2_CV50]], DIGITS_15, "Ω");
  });

  it("gives a covariance of 0 with a parameter whose CV is 0 (ρ·ωᵢ·0)", () => {
    const section = pk({
      parameters: { ka_per_h: p(1.5), clearance_l_per_h: p(2.8, 0.3) },
      correlations: [{ parameters: ["ka_per_h", "clearance_l_per_h"], correlation: 0.5 }],
    });
    expectMatrixClose(assembleOmega(section), [[0, 0], [0, OMEGA2_CV30]], DIGITS_15, "Ω");
  });

  it("lets a pk.omega block replace the CVs of its parameters, placed by name in stream order", () => {
    // Block given as (V, CL) = [[0.04, 0.03], [0.03, 0.09]]; in stream order (ka, CL, V) it lands at
    // Ω[1][1] = 0.09, Ω[2][2] = 0.04, Ω[1][2] = Ω[2][1] = 0.03; CL's own cv 0.3 is ignored.
    const section = pk({
      parameters: { ka_per_h: p(1.5, 0.5), clearance_l_per_h: p(2.8, 0.3), volume_l: p(32) },
      omega: { parameters: ["volume_l", "clearance_l_per_h"], matrix: [[0.04, 0.03], [0.03, 0.09]] },
    });
    expectMatrixClose(assembleOmega(section), [[OMEGA2_CV50, 0, 0], [0, 0.09, 0.03], [0, 0.03, 0.04]], DIGITS_15, "Ω");
  });
});

describe("buildParameterModel", () => {
  it("collects names, typical values and covariate effects in stream order (spec defaults filled)", () => {
    const section = pk({
      parameters: {
        volume_l: p(32, 0, [{ column: "wt", model: "linear", reference: 70, slope: 0.01 }]),
        clearance_l_per_h: p(2.8, 0, [
          { column: "wt", model: "power", reference: 70, exponent: 0.75 },
          { column: "sex", model: "categorical", factors: { F: 0.8 } },
          { column: "crcl", model: "exponential", coefficient: 0.005 },
        ]),
        ka_per_h: p(1.5),
      },
    });
    const model = buildParameterModel(section);
    expect(model.names).toEqual(["ka_per_h", "clearance_l_per_h", "volume_l"]);
    expect(model.typical).toEqual([1.5, 2.8, 32]);
    expect(model.effects).toEqual([
      [],
      [
        { kind: "power", covariate: "wt", reference: 70, exponent: 0.75 },
        { kind: "categorical", covariate: "sex", factors: { F: 0.8 } },
        // reference left out: 0 (the exponential model's neutral covariate value)
        { kind: "exponential", covariate: "crcl", reference: 0, coefficient: 0.005 },
      ],
      [{ kind: "linear", covariate: "wt", reference: 70, slope: 0.01 }],
    ]);
    expect(model.uncertainty).toBeUndefined();
    expect(Object.hasOwn(model, "uncertainty")).toBe(false);
  });

  it("factors Ω as in the 2 × 2 closed form L = [[ω₁, 0], [ρ·ω₂, ω₂·√(1 − ρ²)]]", () => {
    // ω₁ = √ln 1.09, ω₂ = √ln 1.25, ρ = 0.4. R 4.2.2: sqrt(log(1.09)) = 0.293560379208524,
    // 0.4 * sqrt(log(1.25)) = 0.188952290830976, sqrt(log(1.25)) * sqrt(1 - 0.16) = 0.432944087734128.
    const section = pk({
      parameters: { clearance_l_per_h: p(2.8, 0.3), volume_l: p(32, 0.5) },
      correlations: [{ parameters: ["clearance_l_per_h", "volume_l"], correlation: 0.4 }],
    });
    const expected = [[0.293560379208524, 0], [0.188952290830976, 0.432944087734128]];
    // Zero above the diagonal exactly; 1e-14 below (a square root and a division on 15-digit inputs).
    expect(buildParameterModel(section).omegaLower[0]?.[1]).toBe(0);
    expectMatrixClose(buildParameterModel(section).omegaLower, expected, DIGITS_15, "L");
  });

  it("gives a zero row of L to a parameter without variability", () => {
    const model = buildParameterModel(pk({ parameters: { ka_per_h: p(1.5), clearance_l_per_h: p(2.8, 0.3) } }));
    expect(model.omegaLower[0]).toEqual([0, 0]);
    expectRelativeClose(model.omegaLower[1]?.[1] ?? Number.NaN, 0.293560379208524, DIGITS_15, "L[1][1]"); // R 4.2.2: sqrt(log(1.09))
  });

  it("factors the log-covariance of the uncertain typical values, listed in stream order", () => {
    // RSE 0.2 on CL and 0.1 on V, correlation 0.5; ka has none. σ = √ln(1 + rse²): R 4.2.2
    // sqrt(log(1.04)) = 0.198042200435365, sqrt(log(1.01)) = 0.0997513451195927. L = [[σ₁, 0], [ρσ₂, σ₂√(1 − ρ²)]].
    const section = pk({
      parameters: { volume_l: p(32), ka_per_h: p(1.5), clearance_l_per_h: p(2.8) },
      uncertainty: { rse: { volume_l: 0.1, clearance_l_per_h: 0.2 }, correlations: [{ parameters: ["volume_l", "clearance_l_per_h"], correlation: 0.5 }] },
    });
    const uncertainty = buildParameterModel(section).uncertainty;
    expect(uncertainty?.indexes).toEqual([1, 2]);
    const expected = [[0.198042200435365, 0], [0.5 * 0.0997513451195927, 0.0997513451195927 * Math.sqrt(0.75)]];
    expectMatrixClose(uncertainty?.lower ?? [], expected, DIGITS_15, "uncertainty L");
  });

  it("refuses a correlation set that is not positive definite with the Cholesky RangeError", () => {
    // CVs 0.3 (ω² = ln 1.09 each), ρ(ka, CL) = 0.9, ρ(CL, V) = 0.9, ρ(ka, V) = −0.9: each pair is a valid
    // correlation, but det R = 1 − 3·0.81 + 2·0.9·0.9·(−0.9) = −2.888, so the leading minor of order 3
    // is ω⁶·det R = (ln 1.09)³·(−2.888) = −0.00184833985905346 (R 4.2.2); order 2 is ω⁴·0.19 > 0.
    const section = pk({
      parameters: { ka_per_h: p(1.5, 0.3), clearance_l_per_h: p(2.8, 0.3), volume_l: p(32, 0.3) },
      correlations: [
        { parameters: ["ka_per_h", "clearance_l_per_h"], correlation: 0.9 },
        { parameters: ["clearance_l_per_h", "volume_l"], correlation: 0.9 },
        { parameters: ["ka_per_h", "volume_l"], correlation: -0.9 },
      ],
    });
    let error: unknown;
    try {
      buildParameterModel(section);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RangeError);
    const message = (error as RangeError).message;
    const match = /^choleskyFactor requires a positive-definite matrix: the leading principal minor of order 3 is (\S+)$/.exec(message);
    expect(match, message).not.toBeNull();
    // 1e-12: the minor is a product of three pivots, each after a few roundings.
    expectRelativeClose(Number(match?.[1]), -0.00184833985905346, 1e-12, "leading minor of order 3");
  });
});
