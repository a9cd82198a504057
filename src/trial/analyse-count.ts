import { fitNegativeBinomialRegression, fitPoissonRegression, inferEffect, NotOverdispersedError, type CountRegressionOptions, type EffectEstimate } from "../stats/index.js";
import type { AnalysisMethod } from "../spec/schema.js";
import { failedEstimate, treatedPatients, unlessDegenerate, type Comparison, type MethodResult } from "./comparison.js";
import { covariateColumns, designRows } from "./design-columns.js";
import type { CountOutcome } from "./endpoint-outcome.js";

interface CountSample {
  readonly patients: readonly number[];
  readonly counts: readonly number[];
  readonly group: readonly number[];
}

/**
 * The negative binomial fit, or its Poisson limit when the trial's counts are not
 * overdispersed (θ̂ = ∞: the likelihood rises all the way to the Poisson model, whose fit is
 * then the maximum likelihood fit; R's glm.nb stops at its iteration limit with a warning and
 * reports nearly the Poisson estimates).
 */
function fitNegativeBinomial(options: CountRegressionOptions): { coefficients: readonly number[]; standardErrors: readonly number[] } {
  try {
    return fitNegativeBinomialRegression(options);
  } catch (error) {
    if (error instanceof NotOverdispersedError) return fitPoissonRegression(options);
    throw error;
  }
}

/** The drug coefficient (log rate ratio) of a log-link count regression with log(years at risk) as offset. */
function logRateRatio(comparison: Comparison, sample: CountSample, outcome: CountOutcome, model: "poisson" | "negative-binomial"): { estimate: number; standardError: number } | undefined {
  const covariates = covariateColumns(comparison.simulation.population, comparison.plan.spec.analysis.adjustment_covariates, sample.patients);
  const options = { design: designRows(sample.group, covariates), counts: sample.counts, offset: sample.patients.map((patient) => Math.log(outcome.exposureYears[patient] as number)) };
  const fit = unlessDegenerate(() => (model === "poisson" ? fitPoissonRegression(options) : fitNegativeBinomial(options)));
  const estimate = fit?.coefficients[1];
  const standardError = fit?.standardErrors[1];
  if (estimate === undefined || standardError === undefined || !Number.isFinite(estimate)) return undefined;
  return { estimate, standardError };
}

/**
 * The true log rate ratio: log(Σ μ₁ / Σ μ₀) over the treated patients' expected counts on drug
 * and under control (their twins'), without the negative binomial frailty, which both share.
 * With a log link the ratio is collapsible: for a constant drug effect it is that effect
 * whatever the covariates, and with an exposure-driven effect it is the rate ratio of the
 * treated population that an unadjusted analysis targets. Exactly 0 when no treated patient's
 * expected count differs from its twin's.
 */
function trueLogRateRatio(comparison: Comparison, outcome: CountOutcome): number {
  const treated = treatedPatients(comparison);
  if (treated.length === 0) return Number.NaN;
  if (treated.every((patient) => outcome.meanCount[patient] === outcome.twinMeanCount[patient])) return 0;
  let own = 0;
  let twin = 0;
  for (const patient of treated) {
    own += outcome.meanCount[patient] as number;
    twin += outcome.twinMeanCount[patient] as number;
  }
  return Math.log(own / twin);
}

/**
 * Count endpoint, drug arm vs control: Poisson or negative binomial regression (`glm`,
 * `MASS::glm.nb`) of the count on the arm and analysis.adjustment_covariates with
 * log(years at risk) as offset; the rate ratio is stored as a log rate ratio with its Wald test.
 */
export function analyseCount(comparisons: readonly Comparison[], outcome: CountOutcome, methods: readonly AnalysisMethod[]): MethodResult[][] {
  return comparisons.map((comparison) => {
    const patients = Array.from(comparison.patients);
    const sample = { patients, counts: patients.map((patient) => outcome.count[patient] as number), group: Array.from(comparison.group) };
    const trueEffect = trueLogRateRatio(comparison, outcome);
    return methods.map((method) => {
      const fitted = logRateRatio(comparison, sample, outcome, method === "poisson" ? "poisson" : "negative-binomial");
      const estimate: EffectEstimate = fitted === undefined ? failedEstimate() : inferEffect({ ...fitted, degreesOfFreedom: Infinity }, comparison.test);
      return { method, measure: "log-rate-ratio", estimate, trueEffect };
    });
  });
}
