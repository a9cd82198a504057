/** The outcome of a fixed-sequence (hierarchical) test, one entry per hypothesis in the pre-specified order. */
export interface FixedSequenceResult {
  /** Whether the hypothesis was reached: every earlier one was rejected. */
  readonly tested: readonly boolean[];
  readonly rejected: readonly boolean[];
  /** max(p₁, …, pᵢ): hypothesis i is rejected iff this is ≤ α. */
  readonly adjustedPValues: readonly number[];
}

/**
 * Fixed-sequence testing: the hypotheses are tested in their pre-specified order, each at the
 * full α; testing goes on while p ≤ α and stops at the first p > α, which and all later ones are
 * not rejected. It controls the family-wise error rate at α without splitting it. The adjusted p
 * value of the i-th hypothesis is max(p₁, …, pᵢ).
 *
 * Reference: Maurer, W., Hothorn, L. A. & Lehmacher, W. (1995), Multiple comparisons in drug
 * clinical trials and preclinical assays: a-priori ordered hypotheses, in Vollmar, J. (ed.),
 * Biometrie in der chemisch-pharmazeutischen Industrie 6, 3–18; Westfall, P. H. & Krishen, A.
 * (2001), J. Statist. Plann. Inference 99, 25–40; EMA/CHMP multiplicity guideline (2017) §5.
 *
 * @param pValues raw p values in [0, 1], in the pre-specified testing order
 * @param alpha family-wise significance level, strictly between 0 and 1
 * @returns per hypothesis: tested, rejected and the adjusted p value
 * @throws RangeError "testFixedSequence requires p values in [0, 1], got -0.1 at index 0"
 * @throws RangeError "testFixedSequence requires alpha strictly between 0 and 1, got 5"
 * @example testFixedSequence([0.012, 0.031, 0.061, 0.003], 0.05).rejected // [true, true, false, false] (models.json fixed_sequence)
 */
export function testFixedSequence(pValues: readonly number[], alpha: number): FixedSequenceResult {
  const bad = pValues.findIndex((p) => !(p >= 0 && p <= 1));
  if (bad >= 0) throw new RangeError(`testFixedSequence requires p values in [0, 1], got ${pValues[bad]} at index ${bad}`);
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`testFixedSequence requires alpha strictly between 0 and 1, got ${alpha}`);
  const adjustedPValues: number[] = [];
  for (const p of pValues) adjustedPValues.push(Math.max(p, adjustedPValues.at(-1) ?? 0));
  const rejected = adjustedPValues.map((adjusted) => adjusted <= alpha);
  const tested = rejected.map((_, i) => i === 0 || rejected[i - 1] === true);
  return { tested, rejected, adjustedPValues };
}
