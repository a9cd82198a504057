import type { DormandPrinceWorkspace } from "./dormand-prince-workspace.js";

// Coefficients of the continuous extension of Dormand–Prince 5(4) (Hairer, Nørsett & Wanner,
// Solving ODEs I, §II.6, eq. (6.12) with Shampine's coefficients, as in Hairer's dopri5.f).
const D1 = -12715105075 / 11282082432;
const D3 = 87487479700 / 32700410799;
const D4 = -10690763975 / 1880347072;
const D5 = 701980252875 / 199316789632;
const D6 = -1453857185 / 822651844;
const D7 = 69997945 / 29380423;

/**
 * Prepares the continuous extension of the step just accepted (from workspace.state to
 * workspace.proposal, with k1..k7 of that step), before the state is advanced. Its error is
 * O(h^5) per step, of the order of the step's own local error, so reporting outputs through it
 * lets steps stay as long as the tolerance allows.
 *
 * Reference: Hairer, Nørsett & Wanner, Solving ODEs I, §II.6 (dense output, DOPRI5 CONTD5).
 *
 * @param stepH size of the step just accepted, h
 * @example prepareDenseOutput(workspace, 0.1) // fills workspace.dense for the step just tried
 */
export function prepareDenseOutput(workspace: DormandPrinceWorkspace, stepH: number): void {
  const { state: y, proposal, k1, k3, k4, k5, k6, k7, dense } = workspace;
  const [difference, slopeTerm, curvatureTerm, correction] = dense;
  for (let i = 0; i < y.length; i++) {
    const change = proposal[i]! - y[i]!;
    const slope = stepH * k1[i]! - change;
    difference[i] = change;
    slopeTerm[i] = slope;
    curvatureTerm[i] = change - stepH * k7[i]! - slope;
    correction[i] = stepH * (D1 * k1[i]! + D3 * k3[i]! + D4 * k4[i]! + D5 * k5[i]! + D6 * k6[i]! + D7 * k7[i]!);
  }
}

/**
 * The state at fraction `theta` ∈ [0, 1] of the step prepared by prepareDenseOutput, written
 * into workspace.stage, free once a step is accepted (workspace.state must still hold the
 * step's start): y(θ) = y0 + θ(Δ + (1−θ)(B + θ(C + (1−θ)D))).
 *
 * @example interpolateDenseOutput(workspace, 0.5) // workspace.stage[0] = 0.951229421 after a step of
 * // 0.1 h of y' = −y from 1 (e^-0.05 = 0.951229425)
 */
export function interpolateDenseOutput(workspace: DormandPrinceWorkspace, theta: number): void {
  const { state: y, stage: target } = workspace;
  const [difference, slopeTerm, curvatureTerm, correction] = workspace.dense;
  const rest = 1 - theta;
  for (let i = 0; i < y.length; i++) {
    target[i] = y[i]! + theta * (difference[i]! + rest * (slopeTerm[i]! + theta * (curvatureTerm[i]! + rest * correction[i]!)));
  }
}
