import type { DormandPrinceWorkspace } from "./dormand-prince-workspace.js";

/**
 * Evaluates the right-hand side at (timeH, workspace.stage) into `derivative`, counts the
 * evaluation and throws a RangeError naming solveOde if a component is not finite: an infinite
 * or NaN derivative means a model or parameter error (a division by a zero volume, a log of a
 * negative amount) that no step size can cure.
 *
 * @param timeH time of the evaluation, h
 * @example evaluateDerivative(workspace, 0, workspace.k1) // k1 = f(0, stage), e.g. [-2] for y' = −y at y = 2
 */
export function evaluateDerivative(workspace: DormandPrinceWorkspace, timeH: number, derivative: Float64Array): void {
  workspace.rhs(timeH, workspace.stage, derivative);
  workspace.rhsEvaluations++;
  for (let index = 0; index < derivative.length; index++) {
    if (!Number.isFinite(derivative[index])) {
      throw new RangeError(
        `solveOde requires finite derivatives: the derivative of state ${index} is ${derivative[index]} at t = ${timeH} h`,
      );
    }
  }
}
