import { chiSquareOneDfUpperTail } from "./chi-square-one-df-upper-tail.js";
import type { ChiSquareTest } from "./pearson-chi-square.js";
import { sum } from "./sum.js";
import { computeTableCells } from "./table-cells.js";
import { validateTwoByTwo, type TwoByTwo } from "./two-by-two.js";

/**
 * Pearson's chi-square test of independence with Yates' continuity correction:
 * X² = Σ (|O − E| − c)²/E with c = min(0.5, |O − E|) (R's rule: the correction never exceeds
 * the deviation, so a table at its expected counts gives 0, not a positive statistic), and
 * p = P(χ²₁ ≥ X²) = 2·Φ(−√X²). More conservative than pearsonChiSquare, closer to Fisher's
 * exact test. An expected count of 0 (no patient or every patient with the event) gives NaN.
 *
 * Reference: Yates, F. (1934). Contingency tables involving small numbers and the χ² test.
 * Supplement to the JRSS 1, 217–235; R `chisq.test(correct = TRUE)` (its default for 2 × 2).
 *
 * @param table events and totals (patients) per arm
 * @returns the corrected X², 1 degree of freedom and the p value
 * @throws RangeError "pearsonChiSquareYates requires totalControl to be a positive integer, got 0"
 * @throws RangeError "pearsonChiSquareYates requires eventsTreatment to be an integer from 0 to totalTreatment (10), got -1"
 * @example pearsonChiSquareYates({ eventsTreatment: 7, totalTreatment: 10, eventsControl: 2, totalControl: 10 }).statistic
 * // 3.2323232323232323 = 320/99 (R 4.2.2 stats.json hand_made_small: 3.23232323232323)
 */
export function pearsonChiSquareYates(table: TwoByTwo): ChiSquareTest {
  validateTwoByTwo(table, "pearsonChiSquareYates");
  const { observed, expected } = computeTableCells(table);
  const deviations = observed.map((count, cell) => Math.abs(count - (expected[cell] ?? 0)));
  const correction = Math.min(0.5, ...deviations);
  const statistic = sum(deviations.map((deviation, cell) => (deviation - correction) ** 2 / (expected[cell] ?? 0)));
  return { statistic, degreesOfFreedom: 1, pValue: chiSquareOneDfUpperTail(statistic) };
}
