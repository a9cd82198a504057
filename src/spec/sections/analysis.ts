import { z } from "zod";

export const ANALYSIS_METHODS = ["welch", "ancova"] as const;

export const analysisSchema = z.strictObject({
  methods: z
    .array(z.enum(ANALYSIS_METHODS))
    .min(1)
    .default(["welch", "ancova"])
    .describe("welch: Welch two-sample t-test; ancova: least squares with the covariates below"),
  ancova_covariates: z
    .array(z.string().min(1))
    .default(["baseline"])
    .describe("ANCOVA covariates: 'baseline' (the endpoint's baseline) or cohort number columns"),
  alternative: z.enum(["two-sided", "greater", "less"]).default("two-sided").describe("alternative hypothesis of every test"),
  confidence_level: z.number().gt(0).lt(1).default(0.95).describe("level of every confidence interval"),
});

export const outputsSchema = z.strictObject({
  keep_replicates: z
    .number()
    .int()
    .min(0)
    .default(1)
    .describe("how many replicates (the first ones) write patient-level rows (patients.csv, adverse_events.csv, concentrations.csv, visits.csv)"),
});

export const vpcSchema = z.strictObject({
  bins: z.number().int().min(2).max(100).default(10).describe("time bins with equal numbers of observations"),
  prediction_interval: z.number().gt(0).lt(1).default(0.9).describe("width of the prediction band (0.9: 5th to 95th percentile)"),
});
