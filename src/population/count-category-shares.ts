/** How a category column of one group (real or virtual patients) spreads over its levels. */
export interface CategoryShares {
  /** Non-missing values. */
  readonly count: number;
  /** Missing values (code −1) / all values (NaN for an empty column). */
  readonly missingShare: number;
  /** shares[code] = patients with that code / non-missing values (NaN when none is observed). */
  readonly shares: readonly number[];
}

/**
 * The share of each level among the non-missing values of a category column, and the share
 * of missing values among all of them.
 *
 * Reference: R `prop.table(table(x))` (NA excluded) and `mean(is.na(x))`.
 *
 * @param codes level codes 0 … levelCount − 1, −1 = missing
 * @param levelCount how many levels the column has (levels absent from `codes` get share 0)
 * @returns counts and shares (unitless)
 * @throws RangeError "countCategoryShares requires codes from -1 to 1, got 2 at index 3"
 * @example countCategoryShares(Int32Array.from([0, 1, 1, -1]), 3).shares // [1/3, 2/3, 0]
 */
export function countCategoryShares(codes: ArrayLike<number>, levelCount: number): CategoryShares {
  const counts = new Array<number>(levelCount).fill(0);
  let missing = 0;
  for (let index = 0; index < codes.length; index++) {
    const code = codes[index] as number;
    if (code === -1) missing++;
    else if (Number.isInteger(code) && code >= 0 && code < levelCount) counts[code] = (counts[code] as number) + 1;
    else throw new RangeError(`countCategoryShares requires codes from -1 to ${levelCount - 1}, got ${code} at index ${index}`);
  }
  const count = codes.length - missing;
  return { count, missingShare: missing / codes.length, shares: counts.map((levelTotal) => levelTotal / count) };
}
