import { z } from "zod";
import { finite, identifier, positiveFinite, probability } from "./common.js";
import { EXPOSURE_METRICS } from "./endpoints.js";

export const ADVERSE_EVENT_MODELS = ["logistic", "hazard", "per-cycle"] as const;
/** What drives a time-driven AE model in each dosing interval. */
export const INTERVAL_DRIVERS = ["cavg", "cmax", "auc_tau", "auc_cumulative", "concentration"] as const;

const linearTermSchema = z.strictObject({
  column: z.string().min(1).describe("a cohort number or integer column"),
  coefficient: finite.describe("change in the log hazard (hazard) or log odds (per-cycle) per unit of the (transformed) covariate"),
  reference: finite.default(0).describe("covariate value (after the transform) at which the term is 0"),
  transform: z.enum(["none", "log"]).default("none").describe("log: the natural log of the covariate enters"),
});

export const adverseEventSchema = z.strictObject({
  term: identifier.describe("adverse event term used in outputs, e.g. nausea"),
  label: z.string().min(1).optional().describe("readable term"),
  soc: z.string().min(1).optional().describe("MedDRA-style system organ class, e.g. Blood and lymphatic system disorders; default Unclassified"),
  pt: z.string().min(1).optional().describe("MedDRA-style preferred term, e.g. Neutrophil count decreased; default the label"),
  model: z
    .enum(ADVERSE_EVENT_MODELS)
    .default("logistic")
    .describe("logistic: whether the event happens at all, P = 1 / (1 + exp(-(intercept + slope × exposure))) on a whole-trial exposure metric; hazard: time to event with hazard rate_per_year × exp(slope × exposure + covariates), the exposure of each dosing interval; per-cycle: in each dosing interval the event happens with P = 1 / (1 + exp(-(intercept + slope × exposure + covariates)))"),
  exposure: z
    .enum([...EXPOSURE_METRICS, "concentration"])
    .describe("logistic: an exposure metric over the last dosing interval (auc_tau, auc_cumulative in mg·h/L; cavg, cmax, cmin, ctrough in mg/L); hazard and per-cycle: the exposure of each dosing interval: cavg or cmax (mg/L), auc_tau (mg·h/L), or auc_cumulative up to the interval's start (mg·h/L); hazard only: concentration, the concentration through time (the average of each sixteenth of an interval)"),
  intercept: finite.optional().describe("logistic: log-odds of the event without drug; per-cycle: log-odds per cycle without drug"),
  rate_per_year: positiveFinite.optional().describe("hazard: event rate without drug (events per patient-year)"),
  slope: finite.describe("change in the log-odds (logistic, per-cycle) or log hazard (hazard) per unit of exposure"),
  covariates: z.array(linearTermSchema).optional().describe("hazard, per-cycle: covariate terms of the log hazard or log odds (e.g. age); default none"),
  recurrence: z.boolean().default(false).describe("hazard, per-cycle: the event can happen again after it starts (up to max_occurrences); else only the first counts"),
  max_occurrences: z.number().int().min(1).max(50).default(10).describe("hazard, per-cycle with recurrence: the most occurrences per patient simulated"),
  grades: z
    .strictObject({
      grade_1: probability.describe("share of events of CTCAE grade 1"),
      grade_2: probability.describe("share of events of CTCAE grade 2"),
      grade_3: probability.describe("share of events of CTCAE grade 3"),
      grade_4: probability.default(0).describe("share of events of CTCAE grade 4 (life-threatening)"),
      grade_5: probability.default(0).describe("share of events of CTCAE grade 5 (death)"),
    })
    .optional()
    .describe("how events split across grades (a fixed split); the shares add up to 1"),
  ordinal: z
    .strictObject({
      intercepts: z.tuple([finite, finite, finite, finite]).describe("θ2, θ3, θ4, θ5 of P(grade ≥ g) = 1 / (1 + exp(-(θg + slope × exposure))), decreasing"),
      slope: finite.describe("change in every cumulative log-odds per unit of exposure (the same exposure as the event's)"),
    })
    .optional()
    .describe("hazard, per-cycle: grades from a proportional-odds model on exposure, instead of grades"),
  serious_from_grade: z.number().int().min(1).max(5).default(3).describe("hazard, per-cycle: events of this grade or worse are serious"),
  duration_days: z
    .strictObject({
      median: positiveFinite.describe("median time until the grade is back to ≤ 1 (days)"),
      geometric_sd: z.number().min(1).finite().default(1).describe("spread of the log-normal duration (1: every event lasts the median)"),
    })
    .optional()
    .describe("hazard, per-cycle: how long an event lasts (log-normal); dose interruptions last until recovery"),
});

export const doseModificationSchema = z
  .strictObject({
    rules: z
      .array(
        z.strictObject({
          term: z.string().min(1).describe("the AE term, or any"),
          grade_at_least: z.number().int().min(1).max(5).describe("the rule fires on an event of this grade or worse"),
          action: z
            .enum(["interrupt", "reduce", "interrupt-then-reduce", "discontinue"])
            .describe("interrupt: no doses until the event is over, then the same level; reduce: the next doses one level lower; interrupt-then-reduce: both; discontinue: no more doses"),
        }),
      )
      .min(1)
      .describe("in order; the first rule that fits an event fires"),
    discontinue_after_occurrences: z.number().int().min(1).optional().describe("discontinue at the n-th event that fires a rule (e.g. 2: on a second occurrence); default never"),
    max_interruption_days: positiveFinite.optional().describe("discontinue when an interruption would last longer (the event has not recovered by then); default no limit"),
    re_escalate_after_days: positiveFinite.optional().describe("after this many days at a reduced level without an event that fires a rule, go back up one level (and again after as many more days); default never"),
  })
  .describe("how adverse events change the dose: interruptions, reductions to the next dose level, discontinuation");
