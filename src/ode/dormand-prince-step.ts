import type { DormandPrinceWorkspace } from "./dormand-prince-workspace.js";
import { evaluateDerivative } from "./evaluate-derivative.js";
import { measureScaledError } from "./scaled-error-norm.js";

// Dormand & Prince (1980), J Comput Appl Math 6:19–26; the tableau of Hairer, Nørsett & Wanner,
// Solving ODEs I, 2nd ed., Table II.5.2 (as in Hairer's dopri5.f and MATLAB ode45).
const C2 = 1 / 5, C3 = 3 / 10, C4 = 4 / 5, C5 = 8 / 9;
const A21 = 1 / 5;
const A31 = 3 / 40, A32 = 9 / 40;
const A41 = 44 / 45, A42 = -56 / 15, A43 = 32 / 9;
const A51 = 19372 / 6561, A52 = -25360 / 2187, A53 = 64448 / 6561, A54 = -212 / 729;
const A61 = 9017 / 3168, A62 = -355 / 33, A63 = 46732 / 5247, A64 = 49 / 176, A65 = -5103 / 18656;
// The 5th-order weights b equal the last row of A (FSAL); b2 = 0.
const A71 = 35 / 384, A73 = 500 / 1113, A74 = 125 / 192, A75 = -2187 / 6784, A76 = 11 / 84;
// e = b − b̂: the difference to the embedded 4th-order solution, the local error estimate.
const E1 = 71 / 57600, E3 = -71 / 16695, E4 = 71 / 1920, E5 = -17253 / 339200, E6 = 22 / 525, E7 = -1 / 40;

/**
 * Tries one Dormand–Prince 5(4) step of size stepH from (timeH, workspace.state), with k1 =
 * f(timeH, state) already in place (FSAL) and workspace.stageEndH = timeH + stepH (or the
 * double below it, see DormandPrinceWorkspace). Leaves the 5th-order solution in workspace.proposal,
 * f at it in workspace.k7, and returns the scaled error norm (accept when ≤ 1); the state itself
 * is not changed. Six right-hand-side evaluations.
 *
 * Reference: Hairer, Nørsett & Wanner, Solving ODEs I, §II.4–II.5 (Table 5.2).
 *
 * @param timeH start of the step, h
 * @param stepH step size, h (> 0)
 * @example attemptDormandPrinceStep(workspace, 0, 0.1) // 0.0042 for y' = −y, y(0) = 1, both tolerances 1e-6;
 * // workspace.proposal[0] is then 0.9048374183 (e^-0.1 = 0.9048374180)
 */
export function attemptDormandPrinceStep(workspace: DormandPrinceWorkspace, timeH: number, stepH: number): number {
  evaluateFirstStages(workspace, timeH, stepH);
  evaluateLastStages(workspace, timeH, stepH);
  const { k1, k3, k4, k5, k6, k7, stage: error } = workspace;
  for (let i = 0; i < error.length; i++) {
    error[i] = stepH * (E1 * k1[i]! + E3 * k3[i]! + E4 * k4[i]! + E5 * k5[i]! + E6 * k6[i]! + E7 * k7[i]!);
  }
  return measureScaledError(workspace);
}

/** Stages 2 to 4. */
function evaluateFirstStages(workspace: DormandPrinceWorkspace, timeH: number, h: number): void {
  const { state: y, stage, k1, k2, k3, k4 } = workspace;
  const count = y.length;
  for (let i = 0; i < count; i++) stage[i] = y[i]! + h * A21 * k1[i]!;
  evaluateDerivative(workspace, timeH + C2 * h, k2);
  for (let i = 0; i < count; i++) stage[i] = y[i]! + h * (A31 * k1[i]! + A32 * k2[i]!);
  evaluateDerivative(workspace, timeH + C3 * h, k3);
  for (let i = 0; i < count; i++) stage[i] = y[i]! + h * (A41 * k1[i]! + A42 * k2[i]! + A43 * k3[i]!);
  evaluateDerivative(workspace, timeH + C4 * h, k4);
}

/** Stages 5 to 7; the 7th is f at the proposed solution, which becomes the next k1. */
function evaluateLastStages(workspace: DormandPrinceWorkspace, timeH: number, h: number): void {
  const { state: y, stage, proposal, k1, k2, k3, k4, k5, k6, k7 } = workspace;
  const count = y.length;
  for (let i = 0; i < count; i++) {
    stage[i] = y[i]! + h * (A51 * k1[i]! + A52 * k2[i]! + A53 * k3[i]! + A54 * k4[i]!);
  }
  evaluateDerivative(workspace, timeH + C5 * h, k5);
  for (let i = 0; i < count; i++) {
    stage[i] = y[i]! + h * (A61 * k1[i]! + A62 * k2[i]! + A63 * k3[i]! + A64 * k4[i]! + A65 * k5[i]!);
  }
  evaluateDerivative(workspace, workspace.stageEndH, k6);
  for (let i = 0; i < count; i++) {
    proposal[i] = y[i]! + h * (A71 * k1[i]! + A73 * k3[i]! + A74 * k4[i]! + A75 * k5[i]! + A76 * k6[i]!);
  }
  stage.set(proposal);
  evaluateDerivative(workspace, workspace.stageEndH, k7);
}
