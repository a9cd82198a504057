/**
 * Two-sample Kolmogorov–Smirnov distance D = sup over t of |F₁(t) − F₂(t)|, the largest gap
 * between the two empirical distribution functions. Both functions are step functions that only
 * jump at observed values, so the supremum is attained at one of the pooled observations; at a
 * value shared by both samples (a tie) both functions jump together, so the gap is read only after
 * every copy of that value has been counted on both sides (reading it between the copies, as a
 * naive merge does, overstates D). The gap is computed on integers, |i·m − j·n| / (n·m), so the
 * result is the exact fraction rounded once.
 *
 * Reference: Conover, W. J. (1999). Practical Nonparametric Statistics, 3rd ed., §6.3 (Smirnov
 * test); R `ks.test(x, y)$statistic` (stats/R/ks.test.R, which drops the steps inside tied runs).
 *
 * @param first the first sample (any unit, no NaN), in any order
 * @param second the second sample (same unit, no NaN), in any order
 * @returns D in [0, 1]
 * @throws RangeError "kolmogorovSmirnovDistance requires at least one value in each sample, got 0 and 3"
 * @throws RangeError "kolmogorovSmirnovDistance requires values without NaN, got NaN in the second sample"
 * @example kolmogorovSmirnovDistance([1, 2, 2, 3], [2, 3, 4]) // 0.4166666666666667 = 5/12 (R 4.2.2: ks.test(c(1, 2, 2, 3), c(2, 3, 4))$statistic = 0.4166667)
 */
export function kolmogorovSmirnovDistance(first: ArrayLike<number>, second: ArrayLike<number>): number {
  const a = sortedSample(first, "first");
  const b = sortedSample(second, "second");
  if (a.length === 0 || b.length === 0) {
    throw new RangeError(`kolmogorovSmirnovDistance requires at least one value in each sample, got ${a.length} and ${b.length}`);
  }
  const n = a.length;
  const m = b.length;
  let i = 0;
  let j = 0;
  let largestGap = 0;
  while (i < n || j < m) {
    const value = Math.min(i < n ? (a[i] as number) : Infinity, j < m ? (b[j] as number) : Infinity);
    while (i < n && a[i] === value) i++;
    while (j < m && b[j] === value) j++;
    // F₁ = i/n and F₂ = j/m just after `value`; n·m ≤ 2⁵³ keeps the integers exact.
    largestGap = Math.max(largestGap, Math.abs(i * m - j * n));
  }
  return largestGap / (n * m);
}

function sortedSample(values: ArrayLike<number>, which: string): Float64Array {
  const sorted = Float64Array.from(values);
  for (const value of sorted) {
    if (Number.isNaN(value)) throw new RangeError(`kolmogorovSmirnovDistance requires values without NaN, got NaN in the ${which} sample`);
  }
  // Float64Array sorts numerically ascending; −0 and 0 compare equal in the merge above.
  return sorted.sort();
}
