import type { ExpressionValue } from "../expr/index.js";
import { evaluateBoundExpression, type BoundExpression, type ModelFrame } from "./bound-expression.js";
import type { CompiledOdeModel } from "./compile-ode-model.js";
import type { OdeRightHandSide } from "./ode-problem.js";

/**
 * Where things are in the state vector of a simulated ODE model with n compartments:
 * [amounts of the n compartments (mg), AUC of the concentration (mg·h/L), n infusion rates
 * (mg/h, derivative 0, switched by events)]. Keeping the rates in the state makes every event
 * a pure change of the state, and the AUC state integrates C under the same error control.
 *
 * @example describeOdeModelState(2) // { aucIndex: 2, firstRateIndex: 3, stateCount: 5 }
 */
export function describeOdeModelState(compartmentCount: number): { readonly aucIndex: number; readonly firstRateIndex: number; readonly stateCount: number } {
  return { aucIndex: compartmentCount, firstRateIndex: compartmentCount + 1, stateCount: 2 * compartmentCount + 1 };
}

/**
 * The right-hand side of a compiled model for one set of parameter values: d(amount)/dt from
 * each equation plus the compartment's infusion rate, d(AUC)/dt = concentration, and 0 for
 * the rates. It allocates nothing per call: the frame and each expression's value slots are
 * made once here.
 *
 * @param parameterValues in model.parameters order
 * @example buildOdeModelRightHandSide(compileOdeModel(oneCompartmentOral), Float64Array.of(1.5, 2.8, 32))(0, Float64Array.of(100, 64, 0, 0, 10), dy)
 * // dy = [-150, 154.4, 2, 0, 0]: −ka·depot, ka·depot − CL/V·central + rate, C = 64/32, and the rates' 0
 */
export function buildOdeModelRightHandSide(model: CompiledOdeModel, parameterValues: Float64Array): OdeRightHandSide {
  const count = model.compartments.length;
  const { aucIndex, firstRateIndex, stateCount } = describeOdeModelState(count);
  const frame: ModelFrame = { timeH: 0, state: new Float64Array(0), parameterValues };
  const equations = model.equations;
  const equationSlots = equations.map(makeSlots);
  const concentrationSlots = makeSlots(model.concentration);
  return (timeH, state, derivative) => {
    frame.timeH = timeH;
    frame.state = state;
    for (let index = 0; index < count; index++) {
      derivative[index] = evaluateBoundExpression(equations[index]!, frame, equationSlots[index]!) + state[firstRateIndex + index]!;
    }
    derivative[aucIndex] = evaluateBoundExpression(model.concentration, frame, concentrationSlots);
    for (let index = firstRateIndex; index < stateCount; index++) derivative[index] = 0;
  };
}

/**
 * One reusable value slot per variable of a bound expression, for evaluateBoundExpression.
 *
 * @example makeSlots(bound).length // bound.sources.length
 */
export function makeSlots(bound: BoundExpression): ExpressionValue[] {
  return new Array<ExpressionValue>(bound.sources.length).fill(0);
}
