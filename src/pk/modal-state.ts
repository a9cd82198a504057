import { expm1OverX } from "./expm1-over-x.js";
import { exponentialConvolutionH } from "./exponential-convolution.js";
import type { AreaFactors } from "./modal-integral.js";
import type { PkSystem } from "./pk-system.js";

/**
 * The exponentials of one step of elapsedH, for reuse: values holds e^(−r_j Δ) for each mode,
 * then each mode's depot transfer (e^(−r_j Δ) − e^(−ka Δ)) / (ka − r_j), then e^(−ka Δ).
 */
interface StepFactors {
  readonly values: Float64Array;
  /** The step Δ the values are for, h (NaN: none yet). */
  elapsedH: number;
}

/**
 * The state of a patient's model at `timeH`, in modal form (see PkSystem): the central
 * concentration is the sum of the mode concentrations, each ≥ 0. Mutable on purpose: the dose
 * loops move one state forward in place instead of allocating one per event.
 */
export interface ModalState {
  readonly system: PkSystem;
  /** Time of the state, h; −Infinity before the first event (the body is empty). */
  timeH: number;
  /** z_j, mg/L: mode j's share of the central concentration. */
  readonly modeConcentrationsMgPerL: Float64Array;
  /** Amount in the absorption depot, mg. */
  depotMg: number;
  /** Sum of the rates of the infusions running, mg/h. */
  infusionRateMgPerH: number;
  /** Factors of the last step between events: regular schedules repeat it, at no exponential. */
  readonly eventStep: StepFactors;
  /** Factors of the last evaluation after the state (slope and concentration at one time share them). */
  readonly sampleStep: StepFactors;
  /** Factors of the last area over a piece (integrateConcentrationAfter): regular schedules repeat the length. */
  readonly areaStep: AreaFactors;
}

/**
 * An empty body before any dose, for the given system. Allocates the only arrays the sweeps
 * need (each ≤ 7 doubles, so V8 keeps them on its heap, where they are cheap).
 *
 * Reference: the modal (spectral) state of a linear compartmental model, Jacquez, J. A. (1996).
 * Compartmental Analysis in Biology and Medicine, 3rd ed., ch. 5.
 *
 * @param system from preparePkSystem
 * @example createModalState(preparePkSystem({ compartments: 1, clearanceLPerH: 2.8, centralVolumeL: 32, bioavailability: 1, lagTimeH: 0 }))
 * // { timeH: −Infinity, modeConcentrationsMgPerL: Float64Array [0], depotMg: 0, infusionRateMgPerH: 0, … }
 */
export function createModalState(system: PkSystem): ModalState {
  const modeCount = system.modeRatesPerH.length;
  return {
    system,
    timeH: -Infinity,
    modeConcentrationsMgPerL: new Float64Array(modeCount),
    depotMg: 0,
    infusionRateMgPerH: 0,
    eventStep: { values: new Float64Array(2 * modeCount + 1), elapsedH: Number.NaN },
    sampleStep: { values: new Float64Array(2 * modeCount + 1), elapsedH: Number.NaN },
    areaStep: {
      decay: new Float64Array(modeCount),
      depot: new Float64Array(modeCount),
      infusion: new Float64Array(modeCount),
      decayLengthH: Number.NaN,
      depotLengthH: Number.NaN,
      infusionLengthH: Number.NaN,
    },
  };
}

/**
 * A new state equal to the given one (same system, time and contents), to follow a second
 * path through the same events, e.g. a window that starts between two events.
 *
 * @param state copied, not changed
 * @example copyModalState(state).modeConcentrationsMgPerL // a new array with the same values
 */
export function copyModalState(state: ModalState): ModalState {
  const copy = createModalState(state.system);
  copy.timeH = state.timeH;
  copy.modeConcentrationsMgPerL.set(state.modeConcentrationsMgPerL);
  copy.depotMg = state.depotMg;
  copy.infusionRateMgPerH = state.infusionRateMgPerH;
  return copy;
}

/**
 * Fills the factors for a step of elapsedH unless they already hold it. The transfer is the
 * difference form only when |ka − r| Δ ≥ 1, where it loses at most 2 ulps; otherwise
 * exponentialConvolutionH, exact through ka = r. Without ka the transfers are 0 (no depot).
 */
function prepareStep(step: StepFactors, system: PkSystem, elapsedH: number): void {
  if (elapsedH === step.elapsedH) return;
  const { values } = step;
  const modeCount = system.modeRatesPerH.length;
  const absorptionRatePerH = system.absorptionRatePerH;
  const hasDepot = !Number.isNaN(absorptionRatePerH);
  const depotDecay = hasDepot ? Math.exp(-absorptionRatePerH * elapsedH) : 0;
  for (let mode = 0; mode < modeCount; mode++) {
    const ratePerH = system.modeRatesPerH[mode] as number;
    const decay = Math.exp(-ratePerH * elapsedH);
    const inverseGapH = system.inverseRateGapsH[mode] as number;
    values[mode] = decay;
    if (!hasDepot) values[modeCount + mode] = 0;
    else if (elapsedH >= Math.abs(inverseGapH)) values[modeCount + mode] = (decay - depotDecay) * inverseGapH;
    else values[modeCount + mode] = exponentialConvolutionH(elapsedH, ratePerH, absorptionRatePerH);
  }
  values[2 * modeCount] = depotDecay;
  step.elapsedH = elapsedH;
}

/**
 * Mode j's concentration after a prepared step, with no event in between, by the exact solution
 * of dz/dt = −r z + w (ka · Ad₀ e^(−ka t) + R):
 * z(t) = z₀ e^(−r t) + w ka Ad₀ (e^(−r t) − e^(−ka t)) / (ka − r) + w R (1 − e^(−r t)) / r,
 * the infusion term through expm1. Every term is ≥ 0.
 */
function modeConcentrationAfter(state: ModalState, step: StepFactors, mode: number): number {
  const { system, depotMg, infusionRateMgPerH } = state;
  const modeCount = system.modeRatesPerH.length;
  const weightPerL = system.modeWeightsPerL[mode] as number;
  let valueMgPerL = (state.modeConcentrationsMgPerL[mode] as number) * (step.values[mode] as number);
  if (depotMg > 0) valueMgPerL += weightPerL * system.absorptionRatePerH * depotMg * (step.values[modeCount + mode] as number);
  if (infusionRateMgPerH > 0) {
    const elapsedH = step.elapsedH;
    valueMgPerL += weightPerL * infusionRateMgPerH * elapsedH * expm1OverX(-(system.modeRatesPerH[mode] as number) * elapsedH);
  }
  return valueMgPerL;
}

/**
 * Moves the state to timeH (≥ state.timeH) in place, with no event in between. Stepping from
 * event to event gives exactly the superposition of all earlier doses (the system is linear and
 * time-invariant), at O(modes) per step.
 *
 * Reference: Gibaldi, M. & Perrier, D. (1982). Pharmacokinetics, 2nd ed., ch. 3 (superposition).
 *
 * @param state moved in place
 * @param timeH the new time, h
 * @example const state = createModalState(system); // 1 compartment, CL 2.8 L/h, V 32 L, ka 1.5 /h
 * state.timeH = 0; state.depotMg = 320; advanceModalState(state, 0.5);
 * state.modeConcentrationsMgPerL[0] // 5.148601838534906 mg/L (pk.json a_one_cmt_oral at 0.5 h: 5.1486018385349)
 */
export function advanceModalState(state: ModalState, timeH: number): void {
  if (state.timeH === -Infinity) {
    state.timeH = timeH;
    return;
  }
  const { eventStep, modeConcentrationsMgPerL: modes } = state;
  prepareStep(eventStep, state.system, timeH - state.timeH);
  for (let mode = 0; mode < modes.length; mode++) modes[mode] = modeConcentrationAfter(state, eventStep, mode);
  state.depotMg *= eventStep.values[2 * modes.length] as number;
  state.timeH = timeH;
}

/**
 * The central concentration elapsedH after the state, with no event in between, mg/L; the state
 * is not changed. A sum of non-negative terms, so it is ≥ 0 and exact to a few ulps relative.
 *
 * Reference: Gibaldi, M. & Perrier, D. (1982). Pharmacokinetics, 2nd ed., ch. 1–2 and appendix C
 * (C as a sum of exponentials, one per disposition rate and one for absorption).
 *
 * @param state the state (0 for an empty body, whatever elapsedH)
 * @param elapsedH time after state.timeH, h (≥ 0)
 * @example concentrationAfter(stateWith320MgInTheDepot, 0.5)
 * // 5.148601838534906 mg/L (1 compartment, CL 2.8 L/h, V 32 L, ka 1.5 /h; pk.json a_one_cmt_oral at 0.5 h)
 */
export function concentrationAfter(state: ModalState, elapsedH: number, memo?: StepMemo): number {
  const { sampleStep } = state;
  if (memo !== undefined && elapsedH !== sampleStep.elapsedH) recallStep(memo, sampleStep, state.system, elapsedH);
  prepareStep(sampleStep, state.system, elapsedH);
  let concentrationMgPerL = 0;
  for (let mode = 0; mode < state.modeConcentrationsMgPerL.length; mode++) concentrationMgPerL += modeConcentrationAfter(state, sampleStep, mode);
  return concentrationMgPerL;
}

/**
 * Step factors remembered for the whole-hour steps 0 … size − 1 h: a sampling grid on the hour
 * with doses on the hour meets the same few steps after every dose, and the factors of a step
 * are the same doubles whenever they are computed, so remembering them changes no result.
 */
export interface StepMemo {
  readonly size: number;
  readonly stride: number;
  readonly values: Float64Array;
  readonly filled: Uint8Array;
}

/** An empty memo for the system's steps of 0 … size − 1 whole hours. */
export function createStepMemo(system: PkSystem, size: number): StepMemo {
  const stride = 2 * system.modeRatesPerH.length + 1;
  return { size, stride, values: new Float64Array(size * stride), filled: new Uint8Array(size) };
}

/** Puts a remembered step into `step` (or computes and remembers it); other steps are left to prepareStep. */
function recallStep(memo: StepMemo, step: StepFactors, system: PkSystem, elapsedH: number): void {
  if (!(elapsedH >= 0 && elapsedH < memo.size) || !Number.isInteger(elapsedH)) return;
  const offset = elapsedH * memo.stride;
  if (memo.filled[elapsedH] === 1) {
    for (let at = 0; at < memo.stride; at++) step.values[at] = memo.values[offset + at] as number;
    step.elapsedH = elapsedH;
    return;
  }
  prepareStep(step, system, elapsedH);
  for (let at = 0; at < memo.stride; at++) memo.values[offset + at] = step.values[at] as number;
  memo.filled[elapsedH] = 1;
}

/**
 * dC/dt elapsedH after the state, with no event in between, mg/L/h: Σ_j −rate_j z_j(t) + (Σ_j
 * weight_j)(ka Ad(t) + R). Near a stationary point it is a difference of nearly equal terms, so
 * its absolute error is a few ulps of the largest term (what limits where an extremum is found).
 *
 * Reference: the model's ODEs (LinearPkParameters) in modal form, dz_j/dt = −rate_j z_j +
 * weight_j · input; Gibaldi, M. & Perrier, D. (1982). Pharmacokinetics, 2nd ed., appendix C.
 *
 * @param state the state (not changed)
 * @param elapsedH time after state.timeH, h (≥ 0)
 * @example slopeAfter(stateWith320MgInTheDepot, 0) // 15 mg/L/h = ka · 320 mg / 32 L (1 compartment, V 32 L, ka 1.5 /h)
 */
export function slopeAfter(state: ModalState, elapsedH: number): number {
  const { sampleStep, system } = state;
  prepareStep(sampleStep, system, elapsedH);
  const modeCount = state.modeConcentrationsMgPerL.length;
  let inputMgPerH = state.infusionRateMgPerH;
  if (state.depotMg > 0) inputMgPerH += system.absorptionRatePerH * state.depotMg * (sampleStep.values[2 * modeCount] as number);
  let slopeMgPerLPerH = system.weightSumPerL * inputMgPerH;
  for (let mode = 0; mode < modeCount; mode++) {
    slopeMgPerLPerH -= (system.modeRatesPerH[mode] as number) * modeConcentrationAfter(state, sampleStep, mode);
  }
  return slopeMgPerLPerH;
}
