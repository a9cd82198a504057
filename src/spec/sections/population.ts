import { z } from "zod";
import { probability, positiveFinite } from "./common.js";

export const populationSchema = z
  .strictObject({
    method: z
      .enum(["bootstrap", "smoothed-bootstrap", "gaussian-copula", "cohort"])
      .describe("bootstrap: resample eligible patients; smoothed-bootstrap: plus Gaussian kernel noise on number columns; gaussian-copula: new patients from the empirical marginals joined by the correlation of normal scores; cohort: every eligible patient once, in file order"),
    missing: z
      .enum(["preserve", "impute"])
      .default("preserve")
      .describe("gaussian-copula: preserve: a value is missing as often as in the cohort (jointly with the other columns); impute: every virtual patient gets every value"),
    n_per_arm: z.number().int().min(2).optional().describe("virtual patients in every arm"),
    n_total: z.number().int().min(2).optional().describe("virtual patients in all arms together (with allocation)"),
    allocation: z
      .record(z.string(), z.number().int().min(1))
      .optional()
      .describe("allocation ratio by arm id, e.g. {placebo: 1, high: 2}; default 1 each"),
  })
  .describe("how virtual patients are grown from the eligible cohort");

export const adherenceSchema = z
  .strictObject({
    model: z.enum(["constant", "beta"]).describe("constant: every dose missed with the same probability; beta: each patient's probability of taking a dose drawn from a Beta distribution"),
    missed_dose_probability: probability.optional().describe("constant: probability that a scheduled dose is missed"),
    mean_taken: z.number().gt(0).lt(1).optional().describe("beta: mean probability of taking a dose"),
    concentration: positiveFinite.optional().describe("beta: precision κ = a + b of Beta(mean·κ, (1 − mean)·κ); larger means less spread between patients"),
  })
  .describe("how patients miss scheduled doses (seeded, per patient, the same under every arm)");
