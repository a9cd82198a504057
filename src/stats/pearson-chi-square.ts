import { chiSquareOneDfUpperTail } from "./chi-square-one-df-upper-tail.js";
import { sum } from "./sum.js";
import { computeTableCells } from "./table-cells.js";
import { validateTwoByTwo, type TwoByTwo } from "./two-by-two.js";

/** A chi-square test of independence in a 2 × 2 table (one degree of freedom). */
export interface ChiSquareTest {
  readonly statistic: number;
  readonly degreesOfFreedom: 1;
  /** Upper tail P(χ²₁ ≥ statistic), which is the two-sided p of the difference in proportions. */
  readonly pValue: number;
}

/**
 * Pearson's chi-square test of independence of arm and event, without continuity correction:
 * X² = Σ (O − E)²/E over the four cells (E from computeTableCells), p = P(χ²₁ ≥ X²). With one
 * degree of freedom χ²₁ is the square of a standard normal, so p = 2·Φ(−√X²) exactly; and X² is
 * the square of the pooled two-proportion z statistic, so p is that z test's two-sided p.
 * When no patient, or every patient, has the event, an expected count is 0 and X² and p are NaN
 * (as R, which warns); the tables of riskDifferenceNewcombe or fisherExactTest still work there.
 *
 * Reference: Pearson, K. (1900), Philosophical Magazine 50, 157–175; Agresti, A. (2013),
 * Categorical Data Analysis, 3rd ed., §3.2.1; R `chisq.test(correct = FALSE)`.
 *
 * @param table events and totals (patients) per arm
 * @returns X², 1 degree of freedom and the p value
 * @throws RangeError "pearsonChiSquare requires totalTreatment to be a positive integer, got 0"
 * @throws RangeError "pearsonChiSquare requires eventsControl to be an integer from 0 to totalControl (10), got 11"
 * @example pearsonChiSquare({ eventsTreatment: 7, totalTreatment: 10, eventsControl: 2, totalControl: 10 }).statistic
 * // 5.05050505050505 = 500/99 (R 4.2.2 stats.json hand_made_small: 5.05050505050505)
 */
export function pearsonChiSquare(table: TwoByTwo): ChiSquareTest {
  validateTwoByTwo(table, "pearsonChiSquare");
  const { observed, expected } = computeTableCells(table);
  const statistic = sum(observed.map((count, cell) => (count - (expected[cell] ?? 0)) ** 2 / (expected[cell] ?? 0)));
  return { statistic, degreesOfFreedom: 1, pValue: chiSquareOneDfUpperTail(statistic) };
}
