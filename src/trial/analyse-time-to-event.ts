import { fitCoxModel, inferEffect, logRankTest, normalCdf, type EffectEstimate } from "../stats/index.js";
import type { AnalysisMethod } from "../spec/schema.js";
import { failedEstimate, treatedPatients, unlessDegenerate, type Comparison, type MethodResult } from "./comparison.js";
import { covariateColumns, stratumCodes } from "./design-columns.js";
import type { TimeToEventOutcome } from "./endpoint-outcome.js";

interface SurvivalSample {
  readonly patients: readonly number[];
  readonly times: readonly number[];
  readonly events: readonly number[];
  readonly group: readonly number[];
}

/**
 * The Cox model's drug coefficient (log hazard ratio) with its Wald inference: the drug arm
 * indicator first, then `adjusted` covariates, stratified by analysis.strata.
 */
function coxLogHazardRatio(comparison: Comparison, sample: SurvivalSample, adjusted: readonly string[]): { estimate: number; standardError: number } | undefined {
  const { population } = comparison.simulation;
  const { analysis } = comparison.plan.spec;
  const covariates = [Array.from(sample.group), ...covariateColumns(population, adjusted, sample.patients)];
  const strata = stratumCodes(population, analysis.strata, sample.patients);
  const fit = unlessDegenerate(() => fitCoxModel({ times: sample.times, events: sample.events, covariates, ties: analysis.cox_ties, ...(strata === undefined ? {} : { strata }) }));
  const estimate = fit?.coefficients[0];
  const standardError = fit?.standardErrors[0];
  if (fit === undefined || !fit.converged || estimate === undefined || standardError === undefined || !Number.isFinite(estimate)) return undefined;
  return { estimate, standardError };
}

/** The (stratified) log-rank p value for the alternative, from z = sign(O − E of the drug arm)·√χ². */
function logRankEstimate(comparison: Comparison, sample: SurvivalSample): EffectEstimate {
  const strata = stratumCodes(comparison.simulation.population, comparison.plan.spec.analysis.strata, sample.patients);
  const test = logRankTest({ times: sample.times, events: sample.events, groups: sample.group, ...(strata === undefined ? {} : { strata }) });
  const cox = coxLogHazardRatio(comparison, sample, []);
  if (cox === undefined) return failedEstimate();
  const wald = inferEffect({ ...cox, degreesOfFreedom: Infinity }, comparison.test);
  const statistic = Math.sign((test.observed[1] ?? 0) - (test.expected[1] ?? 0)) * Math.sqrt(test.chiSquare);
  const alternative = comparison.test.alternative;
  const pValue = alternative === "two-sided" ? test.pValue : normalCdf(alternative === "greater" ? -statistic : statistic);
  return { ...wald, statistic, pValue };
}

function observedSample(comparison: Comparison, outcome: TimeToEventOutcome): SurvivalSample {
  const patients = Array.from(comparison.patients);
  return { patients, times: patients.map((patient) => outcome.timeDays[patient] as number), events: patients.map((patient) => outcome.event[patient] as number), group: Array.from(comparison.group) };
}

/**
 * The true log hazard ratio: the same Cox model (covariates, strata) fitted to independent
 * draws of the treated patients' event times on drug and under control (`potential`, at
 * least 2000 pairs per trial), each censored at that patient's own follow-up in the trial:
 * the analysis's estimand for this trial's treated patients and follow-up, free of their
 * realised outcome noise. The follow-up matters: a hazard ratio that is not constant over
 * time (marginal over prognostic covariates, or adjusted for only some of them) is averaged
 * over the times the trial observes. Exactly 0 when no treated patient's hazard differs from
 * its twin's.
 */
function trueLogHazardRatio(comparison: Comparison, outcome: TimeToEventOutcome, adjusted: readonly string[]): number {
  const treated = treatedPatients(comparison);
  if (treated.length === 0) return Number.NaN;
  const { potential } = outcome;
  if (treated.every((patient) => potential.sameHazard[patient] === 1)) return 0;
  const k = potential.perPatient;
  const patients: number[] = [];
  const times: number[] = [];
  const events: number[] = [];
  const group: number[] = [];
  for (const [draws, code] of [[potential.own, 1], [potential.twin, 0]] as const) {
    for (const patient of treated) {
      const followUp = outcome.followUpDays[patient] as number;
      for (let draw = 0; draw < k; draw++) {
        const time = draws[patient * k + draw] as number;
        patients.push(patient);
        times.push(Math.min(time, followUp));
        events.push(time <= followUp ? 1 : 0);
        group.push(code);
      }
    }
  }
  return coxLogHazardRatio(comparison, { patients, times, events, group }, adjusted)?.estimate ?? Number.NaN;
}

/**
 * Time-to-event endpoint at the analysis cutoff, drug arm vs control: the (stratified)
 * log-rank test with the unadjusted Cox hazard ratio as its estimate (`logrank`), or the Cox
 * model adjusted for analysis.adjustment_covariates with its Wald test (`cox`); Efron or
 * Breslow ties, strata from analysis.strata. Hazard ratios are stored as log hazard ratios.
 */
export function analyseTimeToEvent(comparisons: readonly Comparison[], outcome: TimeToEventOutcome, methods: readonly AnalysisMethod[]): MethodResult[][] {
  return comparisons.map((comparison) => {
    const sample = observedSample(comparison, outcome);
    const events = sample.events.reduce((total, event) => total + event, 0);
    return methods.map((method) => {
      const adjusted = method === "cox" ? comparison.plan.spec.analysis.adjustment_covariates : [];
      let estimate: EffectEstimate;
      if (method === "logrank") estimate = logRankEstimate(comparison, sample);
      else {
        const cox = coxLogHazardRatio(comparison, sample, adjusted);
        estimate = cox === undefined ? failedEstimate() : inferEffect({ ...cox, degreesOfFreedom: Infinity }, comparison.test);
      }
      return { method, measure: "log-hazard-ratio", estimate, trueEffect: trueLogHazardRatio(comparison, outcome, adjusted), events };
    });
  });
}
