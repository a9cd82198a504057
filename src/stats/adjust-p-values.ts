/**
 * A multiplicity adjustment of R's `p.adjust`: Bonferroni, Holm (step-down), Hochberg (step-up),
 * Hommel (closed Simes tests) control the family-wise error rate; "BH" (Benjamini–Hochberg)
 * controls the false discovery rate.
 */
export type PValueAdjustment = "bonferroni" | "holm" | "hochberg" | "hommel" | "BH";

/**
 * The allowed adjustments, in the order messages list them (R's `p.adjust.methods` without "BY",
 * "fdr", an alias of "BH", and "none").
 *
 * Reference: R `p.adjust.methods`.
 *
 * @example P_VALUE_ADJUSTMENTS.includes("hommel") // true
 */
export const P_VALUE_ADJUSTMENTS: readonly PValueAdjustment[] = ["bonferroni", "holm", "hochberg", "hommel", "BH"];

/**
 * Adjusted p values, exactly as R's `p.adjust(p, method)` (same products and divisions in the
 * same order, so equal to the last bit): reject hypothesis i at level α when adjusted[i] ≤ α.
 * Ties are ordered by position (R's stable `order`) and get equal adjusted values. With one p
 * value nothing changes, and Hommel with two is Hochberg (as R).
 *
 * Reference: Holm, S. (1979), Scand. J. Statist. 6, 65–70; Hochberg, Y. (1988), Biometrika 75,
 * 800–802; Hommel, G. (1988), Biometrika 75, 383–386 (algorithm of Wright, S. P. (1992),
 * Biometrics 48, 1005–1013); Benjamini, Y. & Hochberg, Y. (1995), JRSS B 57, 289–300; R `p.adjust`.
 *
 * @param pValues raw p values in [0, 1], in any order
 * @param method the adjustment
 * @returns adjusted p values in [0, 1], in the order of pValues
 * @throws RangeError "adjustPValues requires p values in [0, 1], got 1.2 at index 3"
 * @throws RangeError 'adjustPValues requires method "bonferroni", "holm", "hochberg", "hommel" or "BH", got "fdr"'
 * @example adjustPValues([0.01, 0.04, 0.03, 0.005], "holm") // [0.03, 0.06, 0.06, 0.02] (R 4.2.2: p.adjust(c(0.01, 0.04, 0.03, 0.005), "holm"))
 */
export function adjustPValues(pValues: readonly number[], method: PValueAdjustment): number[] {
  const bad = pValues.findIndex((p) => !(p >= 0 && p <= 1));
  if (bad >= 0) throw new RangeError(`adjustPValues requires p values in [0, 1], got ${pValues[bad]} at index ${bad}`);
  if (!P_VALUE_ADJUSTMENTS.includes(method)) {
    throw new RangeError(
      `adjustPValues requires method "bonferroni", "holm", "hochberg", "hommel" or "BH", got "${String(method)}"`,
    );
  }
  const n = pValues.length;
  if (n <= 1) return [...pValues];
  switch (method) {
    case "bonferroni":
      return pValues.map((p) => Math.min(1, n * p));
    case "holm":
      return adjustInOrder(pValues, "ascending", (p, rank) => (n - rank + 1) * p);
    case "hochberg":
      return adjustInOrder(pValues, "descending", (p, rank) => (n + 1 - rank) * p);
    case "BH":
      return adjustInOrder(pValues, "descending", (p, rank) => (n / rank) * p);
    case "hommel":
      return n === 2 ? adjustInOrder(pValues, "descending", (p, rank) => (n + 1 - rank) * p) : adjustHommel(pValues);
  }
}

/**
 * Holm (ascending: running maximum) and the step-up methods (descending: running minimum) of
 * scaled p values, capped at 1. `rank` is the 1-based rank of p among all p values ascending.
 */
function adjustInOrder(
  pValues: readonly number[],
  direction: "ascending" | "descending",
  scale: (p: number, rank: number) => number,
): number[] {
  const n = pValues.length;
  const order = sortedIndices(pValues, direction);
  const adjusted = new Array<number>(n).fill(Number.NaN);
  let running = direction === "ascending" ? -Infinity : Infinity;
  for (const [position, index] of order.entries()) {
    const rank = direction === "ascending" ? position + 1 : n - position;
    const scaled = scale(pValues[index] ?? Number.NaN, rank);
    running = direction === "ascending" ? Math.max(running, scaled) : Math.min(running, scaled);
    adjusted[index] = Math.min(1, running);
  }
  return adjusted;
}

/**
 * Hommel's adjustment by Wright's algorithm as in R: for each subset size m from n − 1 down to 2,
 * the Simes-based bound q of every sorted p value, keeping the largest over m.
 */
function adjustHommel(pValues: readonly number[]): number[] {
  const n = pValues.length;
  const order = sortedIndices(pValues, "ascending");
  const sorted = order.map((index) => pValues[index] ?? Number.NaN);
  const start = Math.min(...sorted.map((p, k) => (n * p) / (k + 1)));
  const adjustedSorted = new Array<number>(n).fill(start);
  for (let m = n - 1; m >= 2; m -= 1) {
    let simes = Infinity;
    for (let t = 0; t <= m - 2; t += 1) simes = Math.min(simes, (m * (sorted[n - m + 1 + t] ?? Number.NaN)) / (t + 2));
    const bounds = sorted.map((p, k) => (k <= n - m ? Math.min(m * p, simes) : Number.NaN));
    const tail = bounds[n - m] ?? Number.NaN;
    for (let k = 0; k < n; k += 1) adjustedSorted[k] = Math.max(adjustedSorted[k] ?? Number.NaN, k <= n - m ? (bounds[k] ?? Number.NaN) : tail);
  }
  const adjusted = new Array<number>(n).fill(Number.NaN);
  for (const [position, index] of order.entries()) {
    adjusted[index] = Math.max(adjustedSorted[position] ?? Number.NaN, sorted[position] ?? Number.NaN);
  }
  return adjusted;
}

/** Indices sorted by p (ties by index, as R's stable `order`), ascending or descending in p. */
function sortedIndices(pValues: readonly number[], direction: "ascending" | "descending"): number[] {
  const sign = direction === "ascending" ? 1 : -1;
  return pValues
    .map((_, index) => index)
    .sort((a, b) => sign * ((pValues[a] ?? 0) - (pValues[b] ?? 0)) || a - b);
}
