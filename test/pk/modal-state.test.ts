import { describe, expect, it } from "vitest";
import { preparePkSystem } from "../../src/pk/index.js";
import { advanceModalState, concentrationAfter, createModalState, slopeAfter, type ModalState } from "../../src/pk/modal-state.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";
import { ONE_CMT_ORAL, ORAL_MODELS } from "./model-fixtures.js";

const ORAL = preparePkSystem(ONE_CMT_ORAL);

/** A state at 0 h with the given contents. */
function stateWith(system: ReturnType<typeof preparePkSystem>, contents: { readonly modesMgPerL?: readonly number[]; readonly depotMg?: number; readonly infusionRateMgPerH?: number }): ModalState {
  const state = createModalState(system);
  state.timeH = 0;
  // The first modes of the given values (models with fewer modes take fewer).
  state.modeConcentrationsMgPerL.set((contents.modesMgPerL ?? []).slice(0, state.modeConcentrationsMgPerL.length));
  state.depotMg = contents.depotMg ?? 0;
  state.infusionRateMgPerH = contents.infusionRateMgPerH ?? 0;
  return state;
}

describe("createModalState", () => {
  it("doc example: an empty body before any dose", () => {
    const state = createModalState(preparePkSystem({ compartments: 1, clearanceLPerH: 2.8, centralVolumeL: 32, bioavailability: 1, lagTimeH: 0 }));
    expect(state.timeH).toBe(-Infinity);
    expect(Array.from(state.modeConcentrationsMgPerL)).toEqual([0]);
    expect([state.depotMg, state.infusionRateMgPerH]).toEqual([0, 0]);
  });

  it("gives 0 for an empty body whatever the time, even infinitely long after", () => {
    const state = createModalState(ORAL);
    expect(concentrationAfter(state, Infinity)).toBe(0);
    expect(concentrationAfter(state, 5)).toBe(0);
  });
});

describe("advanceModalState", () => {
  // pk.json a_one_cmt_oral conc_closed_form at 0.5 h = 5.1486018385349.
  it("doc example: 320 mg in the depot, 0.5 h later", () => {
    const state = stateWith(ORAL, { depotMg: 320 });
    advanceModalState(state, 0.5);
    expect(state.modeConcentrationsMgPerL[0]).toBe(5.148601838534906);
    expectRelativeClose(state.modeConcentrationsMgPerL[0] as number, 5.1486018385349, 1e-13, "C(0.5 h)");
    expectRelativeClose(state.depotMg, 320 * Math.exp(-0.75), 1e-15, "depot");
    expect(state.timeH).toBe(0.5);
  });

  it("leaves the state unchanged over 0 h and empties it over a very long time", () => {
    const state = stateWith(ORAL, { modesMgPerL: [50], depotMg: 100 });
    advanceModalState(state, 0);
    expect([state.modeConcentrationsMgPerL[0], state.depotMg]).toEqual([50, 100]);
    advanceModalState(state, 1e5);
    expect([state.modeConcentrationsMgPerL[0], state.depotMg]).toEqual([0, 0]);
  });

  it("only sets the time of an empty body", () => {
    const state = createModalState(ORAL);
    advanceModalState(state, 7);
    expect(state.timeH).toBe(7);
    expect(Array.from(state.modeConcentrationsMgPerL)).toEqual([0]);
  });

  // The flow is a semigroup: advancing by s then by t equals advancing by s + t (to rounding),
  // also when the second step reuses the cached factors of the first.
  it.each(ORAL_MODELS)("composes: two steps equal one step of the summed length (%s)", (_, parameters) => {
    const system = preparePkSystem(parameters);
    const contents = { modesMgPerL: [3, 2, 1], depotMg: 200, infusionRateMgPerH: 40 };
    const twoSteps = stateWith(system, contents);
    advanceModalState(twoSteps, 3.75);
    advanceModalState(twoSteps, 7.5);
    const oneStep = stateWith(system, contents);
    advanceModalState(oneStep, 7.5);
    expectRelativeClose(twoSteps.depotMg, oneStep.depotMg, 1e-14, "depot");
    oneStep.modeConcentrationsMgPerL.forEach((value, mode) => expectRelativeClose(twoSteps.modeConcentrationsMgPerL[mode] as number, value, 1e-14, `mode ${mode}`));
  });
});

describe("concentrationAfter and slopeAfter", () => {
  it("doc examples: 320 mg in the depot (1 compartment, V 32 L, ka 1.5 /h)", () => {
    const state = stateWith(ORAL, { depotMg: 320 });
    expect(concentrationAfter(state, 0.5)).toBe(5.148601838534906);
    expect(slopeAfter(state, 0)).toBe(15);
  });

  it("agree with advancing the state", () => {
    const state = stateWith(ORAL, { modesMgPerL: [4], depotMg: 100, infusionRateMgPerH: 10 });
    const expected = concentrationAfter(state, 2.5);
    advanceModalState(state, 2.5);
    expectRelativeClose(state.modeConcentrationsMgPerL[0] as number, expected, 1e-15, "C(2.5 h)");
  });

  // A central difference of C has error ~h² C''' / 6 ≈ 1e-9 relative for h = 1e-4 h.
  it.each(ORAL_MODELS)("give dC/dt as the derivative of C (%s)", (_, parameters) => {
    const system = preparePkSystem(parameters);
    const state = stateWith(system, { modesMgPerL: [3, 2, 1], depotMg: 200, infusionRateMgPerH: 40 });
    for (const elapsedH of [0.3, 2, 11]) {
      const stepH = 1e-4;
      const difference = (concentrationAfter(state, elapsedH + stepH) - concentrationAfter(state, elapsedH - stepH)) / (2 * stepH);
      expectRelativeClose(slopeAfter(state, elapsedH), difference, 1e-7, `dC/dt at ${elapsedH} h`);
    }
  });
});
