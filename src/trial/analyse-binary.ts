import {
  fisherExactTest, fitLogisticRegression, inferEffect, oddsRatioConditional, oddsRatioWald, relativeRiskLog,
  riskDifferenceNewcombe, riskDifferencePropTest, testLogisticCoefficient, type EffectEstimate, type TwoByTwo,
} from "../stats/index.js";
import type { AnalysisMethod } from "../spec/schema.js";
import { failedEstimate, treatedPatients, unlessDegenerate, type Comparison, type EffectMeasure, type MethodResult } from "./comparison.js";
import { covariateColumns, designRows } from "./design-columns.js";
import type { BinaryOutcome } from "./endpoint-outcome.js";

function tableOf(comparison: Comparison, response: Uint8Array): TwoByTwo {
  const counts = [0, 0, 0, 0];
  comparison.patients.forEach((patient, index) => {
    const treated = comparison.group[index] === 1;
    counts[treated ? 0 : 2] = (counts[treated ? 0 : 2] as number) + (response[patient] as number);
    counts[treated ? 1 : 3] = (counts[treated ? 1 : 3] as number) + 1;
  });
  const [eventsTreatment = 0, totalTreatment = 0, eventsControl = 0, totalControl = 0] = counts;
  return { eventsTreatment, totalTreatment, eventsControl, totalControl };
}

/** Wald inference on the log scale; a zero cell (ratio 0 or ∞, SE ∞) is a failed analysis. */
function logScaleWald(ratio: number, logStandardError: number, comparison: Comparison): EffectEstimate {
  const estimate = Math.log(ratio);
  if (!Number.isFinite(estimate) || !Number.isFinite(logStandardError)) return failedEstimate(estimate);
  return inferEffect({ estimate, standardError: logStandardError, degreesOfFreedom: Infinity }, comparison.test);
}

function logisticEstimate(comparison: Comparison, response: Uint8Array): EffectEstimate {
  const names = comparison.plan.spec.analysis.adjustment_covariates;
  const covariates = covariateColumns(comparison.simulation.population, names, comparison.patients);
  const fit = unlessDegenerate(() => fitLogisticRegression(designRows(comparison.group, covariates), Array.from(comparison.patients, (patient) => response[patient] as number)));
  return fit === undefined ? failedEstimate() : testLogisticCoefficient(fit, 1, comparison.test);
}

function fisherEstimate(comparison: Comparison, table: TwoByTwo): EffectEstimate {
  const ratio = oddsRatioConditional(table, comparison.test.confidenceLevel);
  const pValue = fisherExactTest(table, comparison.test.alternative).pValue;
  return { estimate: Math.log(ratio.estimate), standardError: Number.NaN, statistic: Number.NaN, degreesOfFreedom: Number.NaN, pValue, ciLower: Math.log(ratio.ciLower), ciUpper: Math.log(ratio.ciUpper) };
}

function newcombeEstimate(comparison: Comparison, table: TwoByTwo): EffectEstimate {
  const score = riskDifferencePropTest(table, comparison.test, false);
  const interval = riskDifferenceNewcombe(table, comparison.test.confidenceLevel);
  return { ...score, ciLower: interval.ciLower, ciUpper: interval.ciUpper };
}

function estimateOf(method: AnalysisMethod, comparison: Comparison, outcome: BinaryOutcome): EffectEstimate {
  const table = tableOf(comparison, outcome.response);
  const level = comparison.test.confidenceLevel;
  switch (method) {
    case "risk-difference": {
      const wald = riskDifferencePropTest(table, comparison.test, false);
      return inferEffect({ estimate: wald.estimate, standardError: wald.standardError, degreesOfFreedom: Infinity }, comparison.test);
    }
    case "newcombe":
      return newcombeEstimate(comparison, table);
    case "chi-square":
      return riskDifferencePropTest(table, comparison.test, false);
    case "chi-square-yates":
      return riskDifferencePropTest(table, comparison.test, true);
    case "fisher":
      return fisherEstimate(comparison, table);
    case "odds-ratio": {
      const ratio = oddsRatioWald(table, level);
      return logScaleWald(ratio.estimate, ratio.logStandardError, comparison);
    }
    case "relative-risk": {
      const ratio = relativeRiskLog(table, level);
      return logScaleWald(ratio.estimate, ratio.logStandardError, comparison);
    }
    default:
      return logisticEstimate(comparison, outcome.response);
  }
}

const MEASURES: Partial<Record<AnalysisMethod, EffectMeasure>> = { fisher: "log-odds-ratio", "odds-ratio": "log-odds-ratio", logistic: "log-odds-ratio", "relative-risk": "log-risk-ratio" };

/** The logistic model's drug coefficient fitted to the treated patients' response probabilities, own (drug = 1) and twin (0) stacked. */
function logisticTruth(comparison: Comparison, outcome: BinaryOutcome, treated: readonly number[]): number {
  const names = comparison.plan.spec.analysis.adjustment_covariates;
  const stacked = [...treated, ...treated];
  const group = stacked.map((_, index) => (index < treated.length ? 1 : 0));
  const covariates = covariateColumns(comparison.simulation.population, names, stacked);
  const probabilities = stacked.map((patient, index) => (index < treated.length ? outcome.probability[patient] : outcome.twinProbability[patient]) as number);
  const fit = unlessDegenerate(() => fitLogisticRegression(designRows(group, covariates), probabilities, { fractional: true }));
  return fit?.converged === true ? (fit.coefficients[1] ?? Number.NaN) : Number.NaN;
}

/**
 * The true effect on the measure's scale, from the treated patients' response probabilities
 * on drug (mean p₁) and under control (their twins', mean p₀): p₁ − p₀,
 * log(odds(p₁)/odds(p₀)), log(p₁/p₀), or the logistic model of the analysis fitted to the
 * probabilities (the conditional log odds ratio, which differs from the marginal one when
 * covariates are adjusted for). Probabilities rather than the drawn responses, so the truth
 * carries no outcome noise of its own. Exactly 0 when no treated patient's probability differs
 * from its twin's.
 */
function trueEffectOf(method: AnalysisMethod, comparison: Comparison, outcome: BinaryOutcome): number {
  const treated = treatedPatients(comparison);
  if (treated.length === 0) return Number.NaN;
  if (treated.every((patient) => outcome.probability[patient] === outcome.twinProbability[patient])) return 0;
  let own = 0;
  let twin = 0;
  for (const patient of treated) {
    own += outcome.probability[patient] as number;
    twin += outcome.twinProbability[patient] as number;
  }
  const [p1, p0] = [own / treated.length, twin / treated.length];
  const measure = MEASURES[method] ?? "risk-difference";
  if (method === "logistic") return logisticTruth(comparison, outcome, treated);
  if (measure === "log-odds-ratio") return Math.log((p1 / (1 - p1)) * ((1 - p0) / p0));
  return measure === "log-risk-ratio" ? Math.log(p1 / p0) : p1 - p0;
}

/**
 * Binary endpoint, drug arm vs control: risk difference (Wald z test; Newcombe's hybrid score
 * interval with the score test; prop.test's chi-square with and without Yates's correction),
 * odds ratio (Wald, or Fisher's exact test with the conditional MLE and its exact interval),
 * relative risk (log method), and logistic regression on analysis.adjustment_covariates.
 * Ratios are estimated, tested and stored on the log scale.
 */
export function analyseBinary(comparisons: readonly Comparison[], outcome: BinaryOutcome, methods: readonly AnalysisMethod[]): MethodResult[][] {
  return comparisons.map((comparison) =>
    methods.map((method) => {
      const measure = MEASURES[method] ?? "risk-difference";
      const trueEffect = trueEffectOf(method, comparison, outcome);
      return { method, measure, estimate: estimateOf(method, comparison, outcome), trueEffect: Number.isFinite(trueEffect) ? trueEffect : Number.NaN };
    }),
  );
}
