/**
 * The CTCAE grade (1, 2, 3, …) an event gets from a uniform draw and the grade shares:
 * the smallest g with u < share₁ + … + share_g. Shares add up to 1; the last grade takes
 * any rounding remainder.
 *
 * @param uniform a draw in (0, 1)
 * @param shares share of events of grade 1, 2, 3, …
 * @example gradeOf(0.75, [0.6, 0.3, 0.1]) // 2
 */
export function gradeOf(uniform: number, shares: readonly number[]): number {
  let cumulative = 0;
  for (let index = 0; index < shares.length; index++) {
    cumulative += shares[index] as number;
    if (uniform < cumulative) return index + 1;
  }
  return shares.length;
}
