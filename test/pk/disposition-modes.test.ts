import { describe, expect, it } from "vitest";
import { deriveDispositionModes } from "../../src/pk/disposition-modes.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";
import { ONE_CMT_ORAL, THREE_CMT, TWO_CMT } from "./model-fixtures.js";
import { pkJsonRegimen } from "./reference-regimens.js";

/** Gibaldi & Perrier (1982) ch. 2: α, β = ½ [(k12 + k21 + k10) ± √((k12 + k21 + k10)² − 4 k21 k10)]. */
function textbookMacroConstants(k10: number, k12: number, k21: number): readonly [number, number] {
  const sum = k10 + k12 + k21;
  const root = Math.sqrt(sum * sum - 4 * k21 * k10);
  return [(sum + root) / 2, (sum - root) / 2];
}

describe("deriveDispositionModes", () => {
  it("is the single rate CL/V with weight 1/V for one compartment", () => {
    const modes = deriveDispositionModes(ONE_CMT_ORAL);
    expect(Array.from(modes.ratesPerH)).toEqual([2.8 / 32]);
    expect(Array.from(modes.weightsPerL)).toEqual([1 / 32]);
  });

  // pk.json stores R's α and β to 15 significant digits; mpmath 1.3.0 eigsy at 40 digits gives
  // α = 0.71503676271838608363…, β = 0.034963237281613916374…, weights 0.097788950436097503645…
  // and 0.0022110495639024963553… /L.
  it("doc example: pk.json b_two_cmt_iv_bolus α, β and the textbook coefficients", () => {
    const { ratesPerH, weightsPerL } = deriveDispositionModes(TWO_CMT);
    const stored = pkJsonRegimen("b_two_cmt_iv_bolus").macro_constants as Record<string, number>;
    expectRelativeClose(ratesPerH[0] as number, stored.alpha as number, 1e-14, "α vs pk.json");
    expectRelativeClose(ratesPerH[1] as number, stored.beta as number, 1e-14, "β vs pk.json");
    expectRelativeClose(ratesPerH[0] as number, 0.7150367627183861, 1e-15, "α vs mpmath");
    expectRelativeClose(ratesPerH[1] as number, 0.034963237281613914, 1e-15, "β vs mpmath");
    expectRelativeClose(weightsPerL[0] as number, 0.0977889504360975, 1e-15, "A/D vs mpmath");
    expectRelativeClose(weightsPerL[1] as number, 0.0022110495639024964, 1e-15, "B/D vs mpmath");
  });

  // The textbook β subtracts nearly equal numbers (0.75 − 0.68), losing about a digit; 1e-14.
  it.each([
    ["pk.json b", TWO_CMT, "b_two_cmt_iv_bolus"],
    ["pk.json d", { ...TWO_CMT, clearanceLPerH: 4, centralVolumeL: 20, q2LPerH: 3, volume2L: 50 }, "d_two_cmt_oral"],
  ] as const)("two compartments (%s): α, β and A, B as in Gibaldi & Perrier", (_, parameters, id) => {
    const stored = pkJsonRegimen(id).macro_constants as Record<string, number>;
    const { k10, k12, k21 } = stored as { k10: number; k12: number; k21: number };
    const [alpha, beta] = textbookMacroConstants(k10, k12, k21);
    const { ratesPerH, weightsPerL } = deriveDispositionModes(parameters);
    expectRelativeClose(ratesPerH[0] as number, alpha, 1e-14, "α");
    expectRelativeClose(ratesPerH[1] as number, beta, 1e-14, "β");
    expectRelativeClose(ratesPerH[0] as number, stored.alpha as number, 1e-14, "α vs pk.json");
    expectRelativeClose(ratesPerH[1] as number, stored.beta as number, 1e-14, "β vs pk.json");
    const volumeL = parameters.centralVolumeL;
    expectRelativeClose(weightsPerL[0] as number, (alpha - k21) / (volumeL * (alpha - beta)), 1e-14, "A / D");
    expectRelativeClose(weightsPerL[1] as number, (k21 - beta) / (volumeL * (alpha - beta)), 1e-14, "B / D");
  });

  // mpmath 1.3.0 eigsy at 40 digits (pk-extra.json e): rates 0.79357140725450022124…,
  // 0.057007694638910918292…, 0.0044208981065888604642…; weights 0.094094025031572363744…,
  // 0.0057725978366619938575…, 0.00013337713176564239896… /L. Measured ≤ 4e-16 (rates), 1.5e-15.
  it("three compartments: rates and weights to rounding, and the textbook coefficients", () => {
    const { ratesPerH, weightsPerL } = deriveDispositionModes(THREE_CMT);
    [0.7935714072545003, 0.057007694638910915, 0.0044208981065888605].forEach((expected, mode) => {
      expectRelativeClose(ratesPerH[mode] as number, expected, 1e-15, `rate ${mode}`);
    });
    [0.09409402503157237, 0.005772597836661994, 0.0001333771317656424].forEach((expected, mode) => {
      expectRelativeClose(weightsPerL[mode] as number, expected, 4e-15, `weight ${mode}`);
    });
    // Gibaldi & Perrier appendix C: A/D = (k21 − α)(k31 − α) / (V1 (β − α)(γ − α)), and cyclically.
    const [alpha, beta, gamma] = Array.from(ratesPerH) as [number, number, number];
    const coefficient = (rate: number, others: readonly [number, number]) => ((0.1 - rate) * (0.005 - rate)) / (10 * (others[0] - rate) * (others[1] - rate));
    expectRelativeClose(weightsPerL[0] as number, coefficient(alpha, [beta, gamma]), 1e-13, "A / D");
    expectRelativeClose(weightsPerL[1] as number, coefficient(beta, [alpha, gamma]), 1e-13, "B / D");
    expectRelativeClose(weightsPerL[2] as number, coefficient(gamma, [alpha, beta]), 1e-13, "C / D");
  });

  // Σ weights = 1/V1 (a bolus starts at D/V1) and Σ weight/rate = 1/CL (AUC of a bolus = D/CL).
  it.each([
    ["1 compartment", ONE_CMT_ORAL],
    ["2 compartments", TWO_CMT],
    ["3 compartments", THREE_CMT],
    ["3 compartments, slow elimination", { ...THREE_CMT, clearanceLPerH: 0.01, q2LPerH: 100, volume2L: 1000, q3LPerH: 20, volume3L: 500 }],
  ] as const)("has Σ weights = 1/V1 and Σ weight/rate = 1/CL: %s", (_, parameters) => {
    const { ratesPerH, weightsPerL } = deriveDispositionModes(parameters);
    const weights = Array.from(weightsPerL);
    expectRelativeClose(weights.reduce((sum, weight) => sum + weight, 0), 1 / parameters.centralVolumeL, 1e-15, "Σ weights");
    const areaPerMg = weights.reduce((sum, weight, mode) => sum + weight / (ratesPerH[mode] as number), 0);
    expectRelativeClose(areaPerMg, 1 / parameters.clearanceLPerH, 1e-14, "Σ weight / rate");
  });

  // CL 0.01 L/h, V1 10 L, Q2 100 L/h, V2 1000 L, Q3 20 L/h, V3 500 L: elimination 10⁶ times
  // slower than distribution. mpmath 1.3.0 eigsy at 40 digits: γ = 6.6218630967641572738…e-6 /h.
  // Jacobi's own eigenvalue is off by 2.6e-12 here (about 2e-16 · (CL + Q2 + Q3) / CL, the
  // condition of the diagonally scaled matrix); the determinant identity keeps γ to rounding
  // (measured 1.3e-16).
  it("keeps the terminal rate exact when elimination is much slower than distribution", () => {
    const parameters = { ...THREE_CMT, clearanceLPerH: 0.01, q2LPerH: 100, volume2L: 1000, q3LPerH: 20, volume3L: 500 };
    const { ratesPerH } = deriveDispositionModes(parameters);
    expectRelativeClose(ratesPerH[0] as number, 12.091034077706366, 1e-15, "α");
    expectRelativeClose(ratesPerH[1] as number, 0.04995930043053684, 1e-15, "β");
    expectRelativeClose(ratesPerH[2] as number, 0.000006621863096764158, 1e-15, "γ");
  });
});
