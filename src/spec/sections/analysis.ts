import { z } from "zod";
import { ANALYSIS_METHODS } from "./endpoints.js";

export const analysisSchema = z.strictObject({
  methods: z
    .array(z.enum(ANALYSIS_METHODS))
    .min(1)
    .default(["welch", "ancova"])
    .describe("analyses of continuous endpoints (welch, student, ancova), the first is primary; other types have their own defaults"),
  ancova_covariates: z
    .array(z.string().min(1))
    .default(["baseline"])
    .describe("ANCOVA covariates: 'baseline' (the endpoint's baseline) or cohort number columns"),
  adjustment_covariates: z.array(z.string().min(1)).default([]).describe("cohort number columns adjusted for by logistic, cox, poisson and negative-binomial"),
  strata: z.array(z.string().min(1)).default([]).describe("cohort category or integer columns: stratified log-rank test and Cox model"),
  cox_ties: z.enum(["efron", "breslow"]).default("efron").describe("handling of tied event times in the Cox model"),
  multiplicity: z
    .strictObject({
      method: z.enum(["none", "bonferroni", "holm", "hochberg", "fixed-sequence"]).describe("adjustment of the primary analyses over endpoints and comparisons"),
      hypotheses: z
        .array(z.string().min(1))
        .min(1)
        .optional()
        .describe('the family, each "endpoint:arm" (arm: a drug arm compared with control), in testing order for fixed-sequence; default: every endpoint × drug arm in spec order'),
    })
    .default({ method: "none" })
    .describe("multiplicity adjustment of the primary analyses (family-wise error rate)"),
  cutoff: z
    .strictObject({
      day: z.number().gt(0).finite().optional().describe("calendar day (after the first patient enters) of the analysis"),
      events: z.number().int().min(1).optional().describe("analyse when this many events of the first time-to-event endpoint have occurred"),
    })
    .optional()
    .describe("when time-to-event endpoints are analysed (administrative censoring); default: trial.duration_days after the first patient enters"),
  alternative: z.enum(["two-sided", "greater", "less"]).default("two-sided").describe("alternative hypothesis of every test unless an endpoint sets its own (greater: drug − control > 0, or ratio > 1)"),
  confidence_level: z.number().gt(0).lt(1).default(0.95).describe("level of every confidence interval"),
  estimand: z
    .enum(["treatment-policy", "hypothetical", "composite"])
    .default("treatment-policy")
    .describe("how efficacy treats dose changes from adverse events (intercurrent events): treatment-policy: the outcome after the doses really given (interruptions, reductions, discontinuation); hypothetical: the outcome had every patient stayed on the planned dose, which each patient's twin makes exactly known; composite: stopping the drug for an adverse event is itself an outcome (binary endpoints: the endpoint's composite_value)"),
});

export const outputsSchema = z.strictObject({
  keep_replicates: z
    .number()
    .int()
    .min(0)
    .default(1)
    .describe("how many replicates (the first ones) write patient-level rows (patients.csv, adverse_events.csv, concentrations.csv, visits.csv)"),
});

export const enrolmentSchema = z
  .strictObject({
    periods: z
      .array(
        z.strictObject({
          months: z.number().gt(0).finite().optional().describe("length of the period (months of 30.4375 days); the last period is open-ended"),
          patients_per_month: z.number().gt(0).finite().describe("accrual rate during the period"),
        }),
      )
      .min(1)
      .describe("piecewise-constant accrual rates, in order"),
  })
  .describe("patients enter as a Poisson process with these rates; without it, all enter on day 0");

export const vpcSchema = z.strictObject({
  bins: z.number().int().min(2).max(100).default(10).describe("time bins with equal numbers of observations"),
  prediction_interval: z.number().gt(0).lt(1).default(0.9).describe("width of the prediction band (0.9: 5th to 95th percentile)"),
});
