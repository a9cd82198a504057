import { z } from "zod";
import { finite, identifier, positiveFinite } from "./common.js";

export const EXPOSURE_METRICS = ["auc_tau", "cavg", "cmax", "cmin", "ctrough", "auc_cumulative"] as const;
export const EXPOSURE_DRIVERS = [...EXPOSURE_METRICS, "concentration", "effect-site"] as const;

export const drugEffectSchema = z.strictObject({
  model: z.enum(["emax", "sigmoid-emax", "linear", "log-linear"]).describe("emax: emax·X/(ec50 + X); sigmoid-emax: with hill; linear: slope·X; log-linear: slope·ln(X + offset)"),
  exposure: z
    .enum(EXPOSURE_DRIVERS)
    .describe("X: an exposure metric of the last dosing interval (auc_tau, auc_cumulative in mg·h/L; cavg, cmax, cmin, ctrough in mg/L), or the concentration (mg/L) at the visit, or the effect-site concentration (with ke0_per_h)"),
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

export const endpointSchema = z.strictObject({
  id: identifier.describe("short endpoint name used in outputs"),
  label: z.string().min(1).optional().describe("readable endpoint name"),
  type: z.literal("continuous").describe("continuous: change from baseline of a measured value"),
  unit: z.string().min(1).optional().describe("unit of the measured value"),
  model: z
    .enum(["exposure-response", "indirect-response", "disease-progression"])
    .default("exposure-response")
    .describe("exposure-response: placebo response + baseline term + drug effect; indirect-response: turnover model driven by concentration; disease-progression: natural course with a drug effect"),
  baseline_column: z.string().min(1).describe("cohort number column that holds the baseline value"),
  visits_days: z.array(z.number().gt(0).finite()).min(1).optional().describe("days after the first dose at which the endpoint is measured; default: the end of the trial"),
  primary_visit_day: z.number().gt(0).finite().optional().describe("the visit analysed; default: the last"),
  placebo_response: finite.default(0).describe("mean change without drug at every visit, in the endpoint's unit"),
  baseline_slope: finite.default(0).describe("change per unit of baseline above baseline_centre (regression to the mean)"),
  baseline_centre: finite.default(0).describe("baseline value at which baseline_slope adds nothing"),
  drug_effect: drugEffectSchema.optional().describe("direct drug effect (exposure-response, disease-progression); omit for none"),
  indirect_response: indirectResponseSchema.optional().describe("the turnover model (model: indirect-response)"),
  progression: progressionSchema.optional().describe("the natural course (model: disease-progression)"),
  residual_sd: z.number().min(0).finite().describe("SD of the unexplained variation at each visit (independent between visits)"),
});
