import { normalCdf } from "./distributions.js";

/**
 * P(χ²₁ ≥ x) = 2·Φ(−√x), computed in the lower normal tail so small p values keep their
 * relative accuracy (no 1 − p cancellation). NaN for NaN.
 *
 * Reference: Johnson, Kotz & Balakrishnan, Continuous Univariate Distributions vol. 1, 2nd ed.,
 * §18.1 (χ²₁ is the square of a standard normal); R `pchisq(x, 1, lower.tail = FALSE)`.
 *
 * @param statistic x ≥ 0
 * @returns the upper-tail probability
 * @example chiSquareOneDfUpperTail(3.841458820694124) // 0.05000000000000008 (3.841458820694124 = qnorm(0.975)²; R 4.2.2 pchisq(3.841458820694124, 1, lower.tail = FALSE) = 0.05)
 */
export function chiSquareOneDfUpperTail(statistic: number): number {
  return 2 * normalCdf(-Math.sqrt(statistic));
}
