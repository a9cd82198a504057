import type { DormandPrinceWorkspace } from "./dormand-prince-workspace.js";

/**
 * The max norm of the local error estimate (held in workspace.stage) scaled component-wise by
 * absolute + relative · max(|y_i|, |y_new,i|): max_i |err_i| / sc_i. A step is accepted when it
 * is ≤ 1. The max norm (MATLAB ode45) rather than Hairer's RMS norm bounds every component,
 * so a small state next to a large one is controlled as tightly. A zero error counts 0 even
 * where the allowance is 0 (absolute 0 and y = 0); a NaN error gives NaN, which the caller rejects.
 *
 * Reference: Hairer, Nørsett & Wanner, Solving ODEs I, §II.4, eq. (4.10)–(4.11).
 *
 * @example measureScaledError(workspace) // 0.5 when the largest |err| is half its allowance
 */
export function measureScaledError(workspace: DormandPrinceWorkspace): number {
  const { state, proposal, stage: error, tolerances } = workspace;
  const { relative, absolute } = tolerances;
  let largest = 0;
  for (let i = 0; i < error.length; i++) {
    const magnitude = Math.abs(error[i]!);
    if (magnitude === 0) continue;
    const ratio = magnitude / (absolute + relative * Math.max(Math.abs(state[i]!), Math.abs(proposal[i]!)));
    if (ratio > largest) largest = ratio;
    else if (Number.isNaN(ratio)) return Number.NaN;
  }
  return largest;
}
