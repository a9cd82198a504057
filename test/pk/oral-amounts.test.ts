import { describe, expect, it } from "vitest";
import { advanceOralAmounts } from "../../src/pk/oral-amounts.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

const RATES = { absorptionRatePerH: 1.5, eliminationRatePerH: 0.0875 };

describe("advanceOralAmounts", () => {
  it("leaves the state unchanged over 0 h and empties it over a very long time", () => {
    const amounts = { depotMg: 100, centralMg: 50 };
    advanceOralAmounts(amounts, 0, RATES);
    expect(amounts).toEqual({ depotMg: 100, centralMg: 50 });
    advanceOralAmounts(amounts, 1e5, RATES);
    expect(amounts).toEqual({ depotMg: 0, centralMg: 0 });
  });

  // pk.json a_one_cmt_oral conc_closed_form at 0.5 h = 5.1486018385349 (one 320 mg dose at 0 h).
  it("doc example: 320 mg in the depot, 0.5 h later", () => {
    const amounts = { depotMg: 320, centralMg: 0 };
    advanceOralAmounts(amounts, 0.5, RATES);
    expectRelativeClose(amounts.centralMg / 32, 5.1486018385349, 1e-13, "C(0.5 h)");
    expectRelativeClose(amounts.depotMg, 320 * Math.exp(-0.75), 1e-15, "depot");
  });

  // The flow is a semigroup: advancing by s then by t equals advancing by s + t.
  it("composes: two steps equal one step of the summed length", () => {
    const twoSteps = { depotMg: 200, centralMg: 80 };
    advanceOralAmounts(twoSteps, 1.25, RATES);
    advanceOralAmounts(twoSteps, 7.5, RATES);
    const oneStep = { depotMg: 200, centralMg: 80 };
    advanceOralAmounts(oneStep, 8.75, RATES);
    expectRelativeClose(twoSteps.depotMg, oneStep.depotMg, 1e-14, "depot");
    expectRelativeClose(twoSteps.centralMg, oneStep.centralMg, 1e-14, "central");
  });

  // dAc/dt = ka·Ad − k·Ac, checked by a central difference (error ~h² f''' ≈ 1e-9 relative).
  it("satisfies the model's ODE", () => {
    const start = { depotMg: 200, centralMg: 80 };
    const stepH = 1e-4;
    const before = { ...start };
    advanceOralAmounts(before, 3 - stepH, RATES);
    const at = { ...start };
    advanceOralAmounts(at, 3, RATES);
    const after = { ...start };
    advanceOralAmounts(after, 3 + stepH, RATES);
    const slopeMgPerH = (after.centralMg - before.centralMg) / (2 * stepH);
    expectRelativeClose(slopeMgPerH, 1.5 * at.depotMg - 0.0875 * at.centralMg, 1e-7, "dAc/dt");
  });
});
