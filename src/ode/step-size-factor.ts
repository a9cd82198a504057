/** Safety factor on the optimal step (Hairer's DOPRI5 uses 0.9). */
export const STEP_SAFETY = 0.9;
/** Smallest ratio new step / old step (Hairer's fac1 = 0.2). */
export const MIN_STEP_FACTOR = 0.2;
/** Largest ratio new step / old step (MATLAB ode45 uses 5, Hairer 10). */
export const MAX_STEP_FACTOR = 5;

/**
 * The ratio of the next step to the one just tried, from its scaled error norm:
 * safety · err^(−1/5), clamped to [MIN_STEP_FACTOR, largestFactor]. The caller passes
 * MAX_STEP_FACTOR, or 1 right after a rejection (Hairer's rule that stops a rejected step from
 * growing back at once). A zero error gives the largest factor; a NaN error the smallest.
 *
 * Reference: Hairer, Nørsett & Wanner, Solving ODEs I, §II.4, eq. (4.13) with q = 4.
 *
 * @param errorNorm the scaled error norm of the step (accept when ≤ 1)
 * @param largestFactor the largest ratio allowed (MAX_STEP_FACTOR, or 1 after a rejection)
 * @example chooseStepSizeFactor(1, MAX_STEP_FACTOR) // 0.9
 */
export function chooseStepSizeFactor(errorNorm: number, largestFactor: number): number {
  if (Number.isNaN(errorNorm)) return MIN_STEP_FACTOR;
  const ideal = errorNorm === 0 ? largestFactor : STEP_SAFETY * Math.pow(errorNorm, -0.2);
  return Math.min(largestFactor, Math.max(MIN_STEP_FACTOR, ideal));
}
