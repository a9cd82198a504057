import type { DormandPrinceWorkspace } from "./dormand-prince-workspace.js";
import { evaluateDerivative } from "./evaluate-derivative.js";

/**
 * A first step size for a (re)start at timeH, with k1 = f(timeH, state) already in place:
 * Hairer's HINIT, which makes an explicit Euler step of size h0 = 0.01·‖y‖/‖f‖, estimates the
 * second derivative from it and picks h with h^5 · max(‖f‖, ‖f′‖) ≈ 0.01, all norms scaled by
 * the tolerances (max norm, as the error control). One right-hand-side evaluation (into k2).
 * The result is at most longestH, the distance to the next event or output end.
 *
 * Reference: Hairer, Nørsett & Wanner, Solving ODEs I, §II.4, "Starting step size" (p. 169).
 *
 * @param timeH time of the (re)start, h
 * @param longestH the longest step allowed, h (> 0)
 * @example chooseInitialStepH(workspace, 0, 24) // 0.0289 for y' = −y, y(0) = 1, both tolerances 1e-6
 */
export function chooseInitialStepH(workspace: DormandPrinceWorkspace, timeH: number, longestH: number): number {
  const { state: y, stage, k1, k2 } = workspace;
  const stateNorm = scaledNorm(workspace, y);
  const slopeNorm = scaledNorm(workspace, k1);
  const guessH = (0.01 * stateNorm) / slopeNorm;
  // 1e-6 h when either norm is tiny, or the guess is 0 (an infinite slope norm: absolute 0, y 0).
  const firstH = Math.min(longestH, stateNorm < 1e-5 || slopeNorm < 1e-5 || !(guessH > 0) ? 1e-6 : guessH);
  for (let i = 0; i < y.length; i++) stage[i] = y[i]! + firstH * k1[i]!;
  evaluateDerivative(workspace, timeH + firstH, k2);
  for (let i = 0; i < y.length; i++) stage[i] = k2[i]! - k1[i]!;
  const curvatureNorm = scaledNorm(workspace, stage) / firstH;
  const largest = Math.max(slopeNorm, curvatureNorm);
  const secondH = largest <= 1e-15 ? Math.max(1e-6, firstH * 1e-3) : Math.pow(0.01 / largest, 0.2);
  return Math.min(100 * firstH, secondH > 0 ? secondH : firstH, longestH);
}

/** max_i |v_i| / (absolute + relative · |y_i|). */
function scaledNorm(workspace: DormandPrinceWorkspace, vector: Float64Array): number {
  const { state, tolerances } = workspace;
  let largest = 0;
  for (let i = 0; i < vector.length; i++) {
    const magnitude = Math.abs(vector[i]!);
    if (magnitude === 0) continue;
    largest = Math.max(largest, magnitude / (tolerances.absolute + tolerances.relative * Math.abs(state[i]!)));
  }
  return largest;
}
