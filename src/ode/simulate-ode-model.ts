import { evaluateBoundExpression, type ModelFrame } from "./bound-expression.js";
import type { CompiledOdeModel } from "./compile-ode-model.js";
import { buildOdeDoseEvents } from "./ode-dose-events.js";
import type { OdeDose } from "./ode-model-definition.js";
import { buildOdeModelRightHandSide, describeOdeModelState, makeSlots } from "./ode-model-right-hand-side.js";
import type { OdeTolerances } from "./ode-problem.js";
import { solveOde } from "./solve-ode.js";

/** Options of simulateOdeModel. */
export interface SimulateOdeModelOptions {
  /** In model.parameters order. */
  readonly parameterValues: Float64Array;
  readonly doses: readonly OdeDose[];
  /** Non-decreasing times ≥ startH, h. A value at a dose time includes that dose. */
  readonly outputTimesH: ArrayLike<number>;
  readonly tolerances: OdeTolerances;
  /** Start of the simulation, with every compartment empty and AUC 0; 0 h if omitted. */
  readonly startH?: number;
  readonly maxSteps?: number;
}

/** A simulated profile at the output times. */
export interface OdeModelProfile {
  /** The concentration expression at each output time, mg/L. */
  readonly concentrationsMgPerL: Float64Array;
  /** ∫ C dt from startH to each output time, mg·h/L: the AUC over [t1, t2] is auc(t2) − auc(t1). */
  readonly aucMgHPerL: Float64Array;
  /** Row-major outputs × compartments, mg. */
  readonly amountsMg: Float64Array;
}

/**
 * Simulates a compiled ODE model from empty compartments with Dormand–Prince 5(4) (solveOde),
 * restarting at every dose and infusion start or stop. The AUC is a state, d AUC/dt = C, so
 * it is exact to the solver tolerance over any window. Throws RangeErrors naming
 * simulateOdeModel for bad doses or parameter values, or an expression that does not give a
 * finite number (the message names the compartment).
 *
 * Reference: Gabrielsson & Weiner, Pharmacokinetic and Pharmacodynamic Data Analysis, 5th ed.
 * (2016), ch. 2 (compartment models as ODEs); the solver is Hairer, Nørsett & Wanner's DOPRI5.
 *
 * @example simulateOdeModel(compileOdeModel(oneCompartmentOral), { parameterValues: Float64Array.of(1.5, 2.8, 32),
 *   doses: [{ compartment: 0, timeH: 0, amountMg: 320 }], outputTimesH: [0.5], tolerances: { relative: 1e-10, absolute: 1e-12 } })
 *   .concentrationsMgPerL[0] // 5.14860183853 (pk.json case a at 0.5 h)
 */
export function simulateOdeModel(model: CompiledOdeModel, options: SimulateOdeModelOptions): OdeModelProfile {
  const count = model.compartments.length;
  const { parameterValues, outputTimesH, startH = 0 } = options;
  if (parameterValues.length !== model.parameters.length || !parameterValues.every(Number.isFinite)) {
    throw new RangeError(`simulateOdeModel requires ${model.parameters.length} finite parameter values (${model.parameters.join(", ")}), got [${parameterValues.join(", ")}]`);
  }
  const { aucIndex, stateCount } = describeOdeModelState(count);
  const states = solveOde({
    rhs: buildOdeModelRightHandSide(model, parameterValues),
    initialState: new Float64Array(stateCount),
    startH,
    outputTimesH,
    events: buildOdeDoseEvents(options.doses, count, startH),
    tolerances: options.tolerances,
    ...(options.maxSteps === undefined ? {} : { maxSteps: options.maxSteps }),
  });
  const outputCount = outputTimesH.length;
  const profile = { concentrationsMgPerL: new Float64Array(outputCount), aucMgHPerL: new Float64Array(outputCount), amountsMg: new Float64Array(outputCount * count) };
  const frame: ModelFrame = { timeH: startH, state: new Float64Array(count), parameterValues };
  const slots = makeSlots(model.concentration);
  for (let row = 0; row < outputCount; row++) {
    frame.timeH = outputTimesH[row]!;
    frame.state = states.subarray(row * stateCount, row * stateCount + count);
    profile.amountsMg.set(frame.state, row * count);
    profile.concentrationsMgPerL[row] = evaluateBoundExpression(model.concentration, frame, slots);
    profile.aucMgHPerL[row] = states[row * stateCount + aucIndex]!;
  }
  return profile;
}
