import type { EffectEstimate } from "../../src/stats/effect-estimate.js";
import type { TestOptions } from "../../src/stats/test-options.js";
import { expectRelativeClose } from "./expect-relative.js";
import type { ReferenceTTest, ReferenceTTestBlock } from "./stats-reference.js";

type TwoSampleTest = (treatment: readonly number[], control: readonly number[], options: TestOptions) => EffectEstimate;

/** 1e-8 relative, as asked of the R comparisons; observed below 1e-14 (the JSON has 15 digits). */
const REFERENCE_TOLERANCE = 1e-8;

/**
 * Runs a two-sample test on a stats.json block (x = treatment, y = control) two-sided and
 * "greater", and compares every number R stored: t, df, both p values, the difference, the 95 %
 * CI and the standard error, to REFERENCE_TOLERANCE. Returns the largest relative difference seen.
 */
export function expectTTestMatches(
  test: TwoSampleTest,
  block: ReferenceTTestBlock,
  expected: ReferenceTTest,
): number {
  const twoSided = test(block.inputs.x, block.inputs.y, { confidenceLevel: 0.95, alternative: "two-sided" });
  const greater = test(block.inputs.x, block.inputs.y, { confidenceLevel: 0.95, alternative: "greater" });
  const pairs: readonly (readonly [string, number, number])[] = [
    ["t", twoSided.statistic, expected.t],
    ["df", twoSided.degreesOfFreedom, expected.df],
    ["p two-sided", twoSided.pValue, expected.p_two_sided],
    ["p greater", greater.pValue, expected.p_one_sided_greater],
    ["estimate", twoSided.estimate, expected.estimate_diff],
    ["ci lower", twoSided.ciLower, expected.ci95_diff[0]],
    ["ci upper", twoSided.ciUpper, expected.ci95_diff[1]],
    ["stderr", twoSided.standardError, expected.stderr],
  ];
  return Math.max(...pairs.map(([label, got, want]) => expectRelativeClose(got, want, REFERENCE_TOLERANCE, label)));
}
