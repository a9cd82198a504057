import { z } from "zod";
import { identifier, positiveFinite } from "./common.js";

export const DESIGN_KINDS = ["randomised", "single-arm-synthetic", "external-control"] as const;

const matchingSchema = z.strictObject({
  method: z.enum(["propensity", "mahalanobis"]).default("propensity").describe("propensity: nearest neighbour on the logit of a logistic propensity score (trial vs historical); mahalanobis: nearest neighbour by Mahalanobis distance on the covariates"),
  covariates: z
    .array(z.string().min(1))
    .min(1)
    .optional()
    .describe("cohort number columns matched on; default the twin model's covariates (with their transforms)"),
  caliper_sd: positiveFinite
    .optional()
    .describe("propensity: the largest allowed distance in SDs of the logit propensity score (Austin 2011 suggests 0.2); mahalanobis: the largest allowed Mahalanobis distance; default no caliper"),
});

export const designSchema = z.strictObject({
  id: identifier.describe("short design name used in summary.csv (not 'rct': that is the arms' own trial)"),
  label: z.string().min(1).optional().describe("readable design name"),
  kind: z
    .enum(DESIGN_KINDS)
    .describe("randomised: a concurrent randomised trial (any allocation ratio; with prognostic_score, PROCOVA); single-arm-synthetic: every trial patient on drug, compared with its own twin simulated by the twin model; external-control: every trial patient on drug, compared with real control patients from the cohort, matched"),
  n_total: z.number().int().min(2).optional().describe("randomised: trial patients in both arms"),
  allocation: z
    .record(z.string(), z.number().int().min(1))
    .optional()
    .describe("randomised: allocation ratio by arm id, e.g. {placebo: 1, drug: 2}; default 1:1"),
  prognostic_score: z.boolean().default(false).describe("randomised: adjust for the twin model's predicted outcome without drug (PROCOVA): ANCOVA for continuous, logistic for binary, Cox for time-to-event, Poisson or negative binomial for counts"),
  n_treated: z.number().int().min(2).optional().describe("single-arm-synthetic, external-control: trial patients (all on drug)"),
  matching: matchingSchema.optional().describe("external-control: how historical controls are matched to the trial patients (1:1 nearest neighbour without replacement)"),
  historical_outcomes: z
    .enum(["real", "twin-model"])
    .optional()
    .describe("external-control: real (default): the historical patients' recorded outcomes; twin-model: their outcomes drawn anew from the twin model (as the trial patients' are), which separates the design's own bias from the twin model's misfit to the real data"),
});

export const designsSchema = z
  .strictObject({
    endpoint: z.string().min(1).optional().describe("the endpoint the designs are compared on; default the first endpoint"),
    null_run: z.boolean().default(true).describe("also run every design with no drug effect on that endpoint, for its type I error"),
    candidates: z.array(designSchema).min(1).describe("the designs, run on the same virtual patients in every replicate"),
  })
  .describe("trial designs compared side by side on the same virtual patients: concurrent, PROCOVA, single-arm with synthetic control, external control");
