import { normalCdf, normalQuantile } from "./distributions.js";
import type { EffectEstimate } from "./effect-estimate.js";
import { pearsonChiSquare } from "./pearson-chi-square.js";
import { pearsonChiSquareYates } from "./pearson-chi-square-yates.js";
import { validateTestOptions, type TestOptions } from "./test-options.js";
import { validateTwoByTwo, type TwoByTwo } from "./two-by-two.js";

/**
 * R's `prop.test` for two proportions (treatment first): the risk difference d = p₁ − p₂ with
 * its Wald standard error √(p₁(1 − p₁)/n₁ + p₂(1 − p₂)/n₂), the interval
 * d ∓ (z·SE + c·(1/n₁ + 1/n₂)) clamped to [−1, 1], and Pearson's chi-square test, where
 * c = min(0.5, |d|/(1/n₁ + 1/n₂)) with the continuity correction and 0 without it. The
 * statistic is the signed root z = sign(d)·√X², so a one-sided p is Φ(−z) ("greater") or Φ(z)
 * ("less"); two-sided, p = P(χ²₁ ≥ X²). The interval is always two-sided at the level (R's
 * one-sided prop.test gives a one-sided interval instead). An expected count of 0 (no patient
 * or every patient with the event) gives NaN statistic and p, as R.
 *
 * Reference: R `stats::prop.test` (R 4.2.2 source); Yates, F. (1934), JRSS Suppl. 1, 217–235;
 * Fleiss, Levin & Paik (2003), Statistical Methods for Rates and Proportions, 3rd ed., §5.2.
 *
 * @param table events and totals (patients) per arm
 * @param options confidence level and alternative of the p value
 * @param correct whether to apply Yates's continuity correction (R's default is TRUE)
 * @returns the risk difference with its SE, interval, signed statistic (df Infinity) and p value
 * @throws RangeError "riskDifferencePropTest requires totalControl to be a positive integer, got 0"
 * @example riskDifferencePropTest({ eventsTreatment: 7, totalTreatment: 10, eventsControl: 2, totalControl: 10 }, { confidenceLevel: 0.95, alternative: "two-sided" }, false).ciLower
 * // 0.12299340010328368 (R 4.2.2 prop.test(c(7, 2), c(10, 10), correct = FALSE)$conf.int[1] = 0.122993400103284)
 */
export function riskDifferencePropTest(table: TwoByTwo, options: TestOptions, correct: boolean): EffectEstimate {
  validateTwoByTwo(table, "riskDifferencePropTest");
  validateTestOptions(options, "riskDifferencePropTest");
  const riskTreatment = table.eventsTreatment / table.totalTreatment;
  const riskControl = table.eventsControl / table.totalControl;
  const estimate = riskTreatment - riskControl;
  const standardError = Math.sqrt((riskTreatment * (1 - riskTreatment)) / table.totalTreatment + (riskControl * (1 - riskControl)) / table.totalControl);
  const inverseSum = 1 / table.totalTreatment + 1 / table.totalControl;
  const correction = correct ? Math.min(0.5, Math.abs(estimate) / inverseSum) : 0;
  const width = normalQuantile(1 - (1 - options.confidenceLevel) / 2) * standardError + correction * inverseSum;
  const chiSquare = correct ? pearsonChiSquareYates(table) : pearsonChiSquare(table);
  const statistic = Math.sign(estimate) * Math.sqrt(chiSquare.statistic);
  const pValue = options.alternative === "two-sided" ? chiSquare.pValue : normalCdf(options.alternative === "greater" ? -statistic : statistic);
  return { estimate, standardError, statistic, degreesOfFreedom: Infinity, pValue, ciLower: Math.max(estimate - width, -1), ciUpper: Math.min(estimate + width, 1) };
}
