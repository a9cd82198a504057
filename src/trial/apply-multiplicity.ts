import { adjustPValues, testFixedSequence } from "../stats/index.js";
import type { Spec } from "../spec/schema.js";

export type MultiplicityMethod = Spec["analysis"]["multiplicity"]["method"];

/** The decision on each hypothesis of a family, in the family's order. */
export interface FamilyDecision {
  readonly adjustedPValues: readonly number[];
  readonly rejected: readonly boolean[];
}

/**
 * Tests a family of hypotheses at family-wise level alpha: unadjusted (none), Bonferroni,
 * Holm's step-down, Hochberg's step-up (R's `p.adjust`), or fixed-sequence testing in the
 * given order. A hypothesis is rejected when its adjusted p value is ≤ alpha. A failed
 * analysis (NaN p) enters as p = 1: it rejects nothing and, in a fixed sequence, stops it.
 *
 * @example adjustFamily("holm", [0.01, 0.04, 0.03], 0.05).rejected // [true, false, false]
 */
export function adjustFamily(method: MultiplicityMethod, pValues: readonly number[], alpha: number): FamilyDecision {
  const p = pValues.map((value) => (Number.isNaN(value) ? 1 : value));
  let adjustedPValues: readonly number[];
  if (method === "none") adjustedPValues = p;
  else if (method === "fixed-sequence") adjustedPValues = testFixedSequence(p, alpha).adjustedPValues;
  else adjustedPValues = adjustPValues(p, method);
  return { adjustedPValues, rejected: adjustedPValues.map((adjusted) => adjusted <= alpha) };
}
