import { z } from "zod";
import { finite, identifier, positiveFinite } from "./common.js";

export const EXPOSURE_METRICS = ["auc_tau", "cavg", "cmax", "cmin", "ctrough", "auc_cumulative"] as const;
export const EXPOSURE_DRIVERS = [...EXPOSURE_METRICS, "concentration", "effect-site"] as const;

export const drugEffectSchema = z.strictObject({
  model: z
    .enum(["emax", "sigmoid-emax", "linear", "log-linear", "constant"])
    .describe("emax: emax·X/(ec50 + X); sigmoid-emax: with hill; linear: slope·X; log-linear: slope·ln(X + offset); constant: the same value for every patient on drug"),
  exposure: z
    .enum(EXPOSURE_DRIVERS)
    .optional()
    .describe("X: an exposure metric of the last dosing interval (auc_tau, auc_cumulative in mg·h/L; cavg, cmax, cmin, ctrough in mg/L), or the concentration (mg/L) at the visit, or the effect-site concentration (with ke0_per_h); not for constant"),
  value: finite.optional().describe("constant: the effect of being on drug (e.g. a log hazard ratio)"),
  emax: finite.optional().describe("maximum effect, in the endpoint's unit (negative lowers the value)"),
  ec50: positiveFinite.optional().describe("X giving half the maximum effect, in X's unit"),
  hill: positiveFinite.default(1).describe("Hill coefficient (steepness) of sigmoid-emax"),
  slope: finite.optional().describe("linear and log-linear: effect per unit of X (or of ln X)"),
  offset: positiveFinite.default(1).describe("log-linear: added to X before the logarithm, in X's unit"),
  ke0_per_h: positiveFinite.optional().describe("effect-site: equilibration rate constant (1/h)"),
});

const indirectResponseSchema = z.strictObject({
  type: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).describe("1: drug inhibits production; 2: inhibits loss; 3: stimulates production; 4: stimulates loss (Dayneka, Garg & Jusko 1993)"),
  kout_per_h: positiveFinite.describe("first-order loss rate constant (1/h); kin = kout × baseline"),
  imax: z.number().gt(0).max(1).optional().describe("types 1, 2: maximum inhibition (fraction)"),
  ic50_mg_per_l: positiveFinite.optional().describe("types 1, 2: concentration at half-maximal inhibition (mg/L)"),
  emax: positiveFinite.optional().describe("types 3, 4: maximum stimulation (fraction)"),
  ec50_mg_per_l: positiveFinite.optional().describe("types 3, 4: concentration at half-maximal stimulation (mg/L)"),
});

const progressionSchema = z.strictObject({
  model: z.enum(["linear", "exponential"]).describe("linear: baseline + rate·t; exponential: baseline·exp(rate·t), t in days"),
  rate_per_day: finite.describe("natural progression per day: units per day (linear) or fraction per day (exponential)"),
  drug_action: z.enum(["offset", "protective"]).describe("offset: the drug effect adds to the value (symptomatic); protective: the drug slows progression, rate × (1 − effect)"),
});

export const ENDPOINT_TYPES = ["continuous", "binary", "time-to-event", "count"] as const;

export const ANALYSIS_METHODS = [
  "welch", "student", "ancova",
  "risk-difference", "newcombe", "chi-square", "chi-square-yates", "fisher", "odds-ratio", "relative-risk", "logistic",
  "logrank", "cox",
  "poisson", "negative-binomial",
] as const;

/** A term of a linear predictor (log-odds, log hazard, log rate): coefficient × (x − reference), x possibly logged. */
const linearCovariateSchema = z.strictObject({
  column: z.string().min(1).describe("a cohort number or integer column"),
  coefficient: finite.describe("change in the linear predictor per unit of the (transformed) covariate"),
  reference: finite.default(0).describe("covariate value (after the transform) at which the term is 0"),
  transform: z.enum(["none", "log"]).default("none").describe("log: the natural log of the covariate enters"),
});

const responderSchema = z.strictObject({
  endpoint: z.string().min(1).describe("the id of a continuous endpoint"),
  threshold: finite.describe("change from baseline that defines a responder, in that endpoint's unit"),
  direction: z.enum(["above", "below"]).describe("above: change >= threshold responds; below: change <= threshold"),
});

const baselineHazardSchema = z.strictObject({
  model: z.enum(["exponential", "weibull"]).describe("exponential: constant hazard; weibull: H0(t) = (t / scale)^shape"),
  median_days: positiveFinite.optional().describe("median event time of the reference patient without drug (days), instead of rate or scale"),
  rate_per_day: positiveFinite.optional().describe("exponential: hazard of the reference patient (1/day)"),
  scale_days: positiveFinite.optional().describe("weibull: scale (days)"),
  shape: positiveFinite.optional().describe("weibull: shape (> 1: rising hazard)"),
});

/** The control-arm outcome model fitted on real patients: the twin generator. */
export const twinModelSchema = z.strictObject({
  rows: z
    .strictObject({
      column: z.string().min(1).describe("cohort column that selects the fitting rows, e.g. the real trial's arm"),
      values: z.array(z.union([z.string(), z.number()])).min(1).describe("values of that column whose rows are fitted (e.g. the placebo arm)"),
    })
    .optional()
    .describe("the real patients the model is fitted on (among the eligible ones); default every eligible patient"),
  outcome_column: z.string().min(1).optional().describe("continuous: cohort column with the real change from baseline; binary: cohort column of the real outcome (with event_values)"),
  time_column: z.string().min(1).optional().describe("time-to-event: cohort column with the real follow-up time (days)"),
  event_column: z.string().min(1).optional().describe("time-to-event: cohort column that says whether the follow-up ended in the event"),
  event_values: z.array(z.union([z.string(), z.number()])).min(1).optional().describe("binary and time-to-event: values of the outcome or event column that are events (others are non-events or censored)"),
  covariates: z
    .array(z.strictObject({ column: z.string().min(1).describe("a cohort number or integer column"), transform: z.enum(["none", "log"]).default("none").describe("log: the natural log of the covariate enters") }))
    .default([])
    .describe("prognostic covariates of the model (they become the endpoint's covariate terms, centred at their mean in the fitting rows)"),
  distribution: z.enum(["weibull", "exponential"]).optional().describe("time-to-event: the proportional-hazards baseline fitted by maximum likelihood; default weibull"),
});

export const endpointSchema = z.strictObject({
  id: identifier.describe("short endpoint name used in outputs"),
  label: z.string().min(1).optional().describe("readable endpoint name"),
  type: z.enum(ENDPOINT_TYPES).describe("continuous: change from baseline; binary: responder or event yes/no; time-to-event; count of events"),
  methods: z.array(z.enum(ANALYSIS_METHODS)).min(1).optional().describe("analyses of this endpoint, the first is primary; default by type"),
  drift: z
    .strictObject({
      shift: finite.default(0).describe("added to every trial patient's expected change, log odds, log hazard or log rate (both arms), not to the twin model nor to historical controls: a drift between the historical data and the trial"),
      unmeasured_sd: z.number().min(0).finite().default(0).describe("SD of a prognostic factor the twin model does not know, on the same scale, drawn for every trial patient (shared by its twin)"),
    })
    .optional()
    .describe("how the trial's patients differ from the historical data behind the twin model and external controls (for designs that borrow them)"),
  twin_model: twinModelSchema
    .optional()
    .describe("fit the outcome without drug on real patients (lm, logistic regression, exponential or Weibull PH) instead of stating placebo_response, residual_sd, logistic.intercept, baseline_hazard and covariates"),
  alternative: z.enum(["two-sided", "greater", "less"]).optional().describe("alternative hypothesis of this endpoint's tests (greater: drug − control > 0, or ratio > 1); default: analysis.alternative"),
  covariates: z.array(linearCovariateSchema).optional().describe("covariate terms of the expected change (continuous) or of the linear predictor (logistic binary, time-to-event, count); default none"),
  responder: responderSchema.optional().describe("binary: responders by a threshold on a continuous endpoint's change"),
  composite_value: z.union([z.literal(0), z.literal(1)]).optional().describe("binary, with analysis.estimand composite: the outcome a patient gets when its drug is stopped for an adverse event (0: a non-responder, 1: the event)"),
  logistic: z.strictObject({ intercept: finite.describe("log-odds of the event of the reference patient without drug") }).optional().describe("binary: a logistic model on covariates and drug"),
  baseline_hazard: baselineHazardSchema.optional().describe("time-to-event: the hazard of the reference patient without drug"),
  dropout_rate_per_year: z.number().min(0).finite().optional().describe("time-to-event: rate of random dropout, censoring the event time (1/year); default 0"),
  observed: z
    .strictObject({
      time_column: z.string().min(1).describe("cohort column with the real follow-up time (days)"),
      event_column: z.string().min(1).describe("cohort column whose value says whether the follow-up ended in the event"),
      event_values: z.array(z.union([z.string(), z.number()])).min(1).describe("values of event_column that are events (others are censored)"),
      arm_column: z.string().min(1).describe("cohort column with the real trial's arm"),
    })
    .optional()
    .describe("time-to-event: the real trial's outcome in the cohort file, shown in the report next to the simulation"),
  count_model: z.enum(["poisson", "negative-binomial"]).optional().describe("count: Poisson, or negative binomial (gamma-distributed patient rates)"),
  rate_per_year: positiveFinite.optional().describe("count: event rate of the reference patient without drug (events per year)"),
  dispersion: positiveFinite.optional().describe("count, negative binomial: θ of Var = μ + μ²/θ (smaller: more overdispersed)"),
  unit: z.string().min(1).optional().describe("unit of the measured value"),
  model: z
    .enum(["exposure-response", "indirect-response", "disease-progression"])
    .optional()
    .describe("continuous: exposure-response (default): placebo response + baseline term + drug effect; indirect-response: turnover model driven by concentration; disease-progression: natural course with a drug effect"),
  baseline_column: z.string().min(1).optional().describe("continuous: cohort number column that holds the baseline value"),
  visits_days: z.array(z.number().gt(0).finite()).min(1).optional().describe("days after the first dose at which the endpoint is measured; default: the end of the trial"),
  primary_visit_day: z.number().gt(0).finite().optional().describe("the visit analysed; default: the last"),
  placebo_response: finite.optional().describe("continuous: mean change without drug at every visit, in the endpoint's unit; default 0"),
  baseline_slope: finite.optional().describe("continuous: change per unit of baseline above baseline_centre (regression to the mean); default 0"),
  baseline_centre: finite.optional().describe("continuous: baseline value at which baseline_slope adds nothing; default 0"),
  drug_effect: drugEffectSchema.optional().describe("direct drug effect (exposure-response, disease-progression); omit for none"),
  indirect_response: indirectResponseSchema.optional().describe("the turnover model (model: indirect-response)"),
  progression: progressionSchema.optional().describe("the natural course (model: disease-progression)"),
  residual_sd: z.number().min(0).finite().optional().describe("continuous: SD of the unexplained variation at each visit (independent between visits)"),
});
