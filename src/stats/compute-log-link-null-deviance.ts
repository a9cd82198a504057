import { fitLogLinkGlm, type LogLinkGlmProblem } from "./fit-log-link-glm.js";
import { sum } from "./sum.js";

/**
 * The null deviance of a log-link count GLM as R's `glm` reports it: with a column of ones in the
 * design, the deviance of the intercept-only model with the same offset and family (fitted by
 * IRLS, since with an offset the means are not all ȳ); without one, the deviance at μ = e^offset.
 *
 * Reference: R `glm` (the `fit2` refit for `null.deviance` when there is an offset) and `glm.fit`
 * (`wtdmu`, `nulldev`).
 *
 * @param problem a validated problem, as given to fitLogLinkGlm
 * @returns the null deviance (unitless, ≥ 0)
 * @example computeLogLinkNullDeviance({ design: [[1, 0], [1, 1]], counts: [1, 3], offset: [0, 0], family: { variance: (m) => m, unitDeviance: (y, m) => 2 * ((y > 0 ? y * Math.log(y / m) : 0) - (y - m)) }, initialLinearPredictor: [Math.log(1.1), Math.log(3.1)], maxIterations: 100, functionName: "fitPoissonRegression" })
 * // 1.0464962875290957 = 2·(1·log(1/2) + 3·log(3/2)): both counts fitted by their mean 2
 */
export function computeLogLinkNullDeviance(problem: LogLinkGlmProblem): number {
  const columnCount = problem.design[0]?.length ?? 0;
  const hasIntercept = Array.from({ length: columnCount }, (_, k) => k).some((k) =>
    problem.design.every((row) => row[k] === 1),
  );
  if (hasIntercept) return fitLogLinkGlm({ ...problem, design: problem.design.map(() => [1]) }).deviance;
  return sum(
    problem.offset.map((offset, i) =>
      problem.family.unitDeviance(problem.counts[i] ?? Number.NaN, Math.max(Math.exp(offset), Number.EPSILON)),
    ),
  );
}
