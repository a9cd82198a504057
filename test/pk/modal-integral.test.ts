import { describe, expect, it } from "vitest";
import { preparePkSystem } from "../../src/pk/index.js";
import { integrateConcentrationAfter } from "../../src/pk/modal-integral.js";
import { concentrationAfter, createModalState, type ModalState } from "../../src/pk/modal-state.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";
import { ORAL_MODELS } from "./model-fixtures.js";

function loadedState(parameters: (typeof ORAL_MODELS)[number][1]): ModalState {
  const state = createModalState(preparePkSystem(parameters));
  state.timeH = 0;
  state.modeConcentrationsMgPerL.set([3, 2, 1].slice(0, parameters.compartments));
  state.depotMg = 200;
  state.infusionRateMgPerH = 40;
  return state;
}

/** Simpson's rule on concentrationAfter with `panels` panels (even). */
function simpsonMgHPerL(state: ModalState, lengthH: number, panels: number): number {
  const stepH = lengthH / panels;
  let weighted = concentrationAfter(state, 0) + concentrationAfter(state, lengthH);
  for (let index = 1; index < panels; index++) weighted += (index % 2 === 1 ? 4 : 2) * concentrationAfter(state, index * stepH);
  return (weighted * stepH) / 3;
}

describe("integrateConcentrationAfter", () => {
  it("is 0 over no time and for an empty body", () => {
    const state = loadedState(ORAL_MODELS[0]?.[1] as (typeof ORAL_MODELS)[number][1]);
    expect(integrateConcentrationAfter(state, 0)).toBe(0);
    expect(integrateConcentrationAfter(createModalState(state.system), 10)).toBe(0);
  });

  // Gibaldi & Perrier ch. 1: AUC of a bolus = D/CL; 10 mg/L in V = 10 L is 100 mg, CL 5 L/h.
  it("doc example: 10 mg/L in one compartment (CL 5 L/h, V 10 L) gives 20 mg·h/L", () => {
    const system = preparePkSystem({ compartments: 1, clearanceLPerH: 5, centralVolumeL: 10, bioavailability: 1, lagTimeH: 0 });
    const state = createModalState(system);
    state.timeH = 0;
    state.modeConcentrationsMgPerL[0] = 10;
    expectRelativeClose(integrateConcentrationAfter(state, 1e4), 20, 1e-15, "AUC");
  });

  // Simpson with 20000 panels over 12 h: error ≈ 12 · (6e-4)⁴ · |C⁗| / 180 ≈ 1e-14 relative.
  it.each(ORAL_MODELS)("equals Simpson's integral of the profile, with depot, infusion and modes (%s)", (_, parameters) => {
    const state = loadedState(parameters);
    expectRelativeClose(integrateConcentrationAfter(state, 12), simpsonMgHPerL(state, 12, 20000), 1e-12, "AUC over 12 h");
  });

  // Over 1 µh the profile is nearly flat: AUC ≈ C(0) · L with a relative correction ~ L · |C'|/C.
  // Mass balance would subtract amounts of ~200 mg to get ~1e-6 of them; the modal form keeps
  // full precision (Simpson is exact to rounding on such a short, smooth stretch).
  it.each(ORAL_MODELS)("keeps full relative precision over a tiny window (%s)", (_, parameters) => {
    const state = loadedState(parameters);
    expectRelativeClose(integrateConcentrationAfter(state, 1e-6), simpsonMgHPerL(state, 1e-6, 2), 1e-14, "AUC over 1e-6 h");
  });
});
