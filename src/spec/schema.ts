import { z } from "zod";

/**
 * The trial specification schema: the single source of truth for what a spec may say
 * (STYLE.md §5). Types come from z.infer; the editor JSON Schema comes from
 * z.toJSONSchema. Field names carry their units (dose_mg, interval_h). Semantic rules
 * that need more than one field (one control arm, columns that exist, …) are in rules.ts.
 */

const identifier = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/, "must start with a letter and hold only letters, digits, _ and -");

const positiveFinite = z.number().positive().finite();
const probability = z.number().min(0).max(1);

export const trialSchema = z
  .strictObject({
    id: identifier.describe("short name of the trial; the default results folder is results/<id>"),
    title: z.string().min(1).describe("one-line title shown in the report"),
    seed: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).describe("master seed of every random stream"),
    replicates: z.number().int().min(1).max(10_000_000).describe("number of simulated trials"),
    alpha: z.number().gt(0).lt(1).default(0.05).describe("significance level of each test"),
    duration_days: positiveFinite.describe("planned treatment period in days (days)"),
  })
  .describe("what the trial is and how often it is simulated");

const columnSchema = z.strictObject({
  type: z.enum(["number", "integer", "category", "boolean"]).describe("how the cells are read"),
  unit: z.string().min(1).optional().describe("unit shown in tables, e.g. mg/dL"),
  label: z.string().min(1).optional().describe("readable name shown in tables"),
});

/**
 * One eligibility criterion: either a column with min / max / in / not_missing, or a safe
 * expression. One flat object (rather than a union) so that a mistake gets a precise
 * message; rules.ts checks that exactly one of column and expression is given.
 */
export const eligibilityCriterionSchema = z.strictObject({
  column: z.string().min(1).optional().describe("a column declared under cohort.columns"),
  min: z.number().finite().optional().describe("keep rows with value >= min (inclusive)"),
  max: z.number().finite().optional().describe("keep rows with value <= max (inclusive)"),
  in: z
    .array(z.union([z.string(), z.number(), z.boolean()]))
    .min(1)
    .optional()
    .describe("keep rows whose value is one of these"),
  not_missing: z.literal(true).optional().describe("keep rows where the value is present"),
  expression: z
    .string()
    .min(1)
    .optional()
    .describe('keep rows where this safe expression is true, e.g. "stage >= 2 and sex == \\"f\\""'),
  label: z.string().min(1).optional().describe("name of the criterion in the attrition table"),
});

export const cohortSchema = z.strictObject({
  file: z.string().min(1).describe("CSV file, relative to the spec file"),
  id_column: z.string().min(1).describe("column that identifies a real patient (unique)"),
  columns: z
    .record(z.string(), columnSchema)
    .describe("covariate columns to read, by name, with their types; other columns are ignored"),
  eligibility: z.array(eligibilityCriterionSchema).default([]).describe("criteria a real patient must meet (all of them)"),
});

export const populationSchema = z
  .strictObject({
    method: z
      .enum(["bootstrap", "smoothed-bootstrap"])
      .describe("bootstrap: resample eligible patients; smoothed-bootstrap: plus Gaussian kernel noise on number columns"),
    n_per_arm: z.number().int().min(2).optional().describe("virtual patients in every arm"),
    n_total: z.number().int().min(2).optional().describe("virtual patients in all arms together (with allocation)"),
    allocation: z
      .record(z.string(), z.number().int().min(1))
      .optional()
      .describe("allocation ratio by arm id, e.g. {placebo: 1, high: 2}; default 1 each"),
  })
  .describe("how virtual patients are grown from the eligible cohort");

export const regimenSchema = z.strictObject({
  route: z.literal("oral").describe("route of administration"),
  dose_mg: positiveFinite.describe("amount per administration (mg)"),
  interval_h: positiveFinite.describe("time between doses (h)"),
  n_doses: z.number().int().min(1).optional().describe("number of doses; default: enough to cover trial.duration_days"),
});

export const armSchema = z.strictObject({
  id: identifier.describe("short arm name used in outputs"),
  label: z.string().min(1).optional().describe("readable arm name for the report"),
  control: z.boolean().default(false).describe("the arm every other arm is compared with (exactly one)"),
  regimen: regimenSchema.optional().describe("dosing regimen; omit for placebo / no drug"),
});

const covariateEffectSchema = z.strictObject({
  column: z.string().min(1).describe("number or integer column of the cohort"),
  model: z.literal("power").describe("power: parameter × (value / reference) ^ exponent"),
  reference: positiveFinite.describe("reference value of the covariate, in the column's unit"),
  exponent: z.number().finite().describe("exponent of the power model, e.g. 0.75 for allometric clearance"),
});

const pkParameterSchema = z.strictObject({
  typical: positiveFinite.describe("typical value (median of the log-normal population distribution)"),
  cv: z.number().min(0).max(10).default(0).describe("between-patient coefficient of variation (log-normal, ω² = ln(1 + cv²))"),
  covariates: z.array(covariateEffectSchema).default([]).describe("covariate effects on this parameter"),
});

export const pkSchema = z.strictObject({
  model: z.literal("one-compartment-oral").describe("one compartment, first-order absorption, linear elimination"),
  bioavailability: z.number().gt(0).max(1).default(1).describe("fraction of an oral dose absorbed (F)"),
  parameters: z.strictObject({
    ka_per_h: pkParameterSchema.describe("absorption rate constant (1/h)"),
    clearance_l_per_h: pkParameterSchema.describe("clearance (L/h)"),
    volume_l: pkParameterSchema.describe("volume of distribution (L)"),
  }),
});

export const EXPOSURE_METRICS = ["auc_tau", "cavg", "cmax", "cmin", "ctrough", "auc_cumulative"] as const;
export const exposureMetricSchema = z
  .enum(EXPOSURE_METRICS)
  .describe("exposure metric over the last dosing interval: auc_tau and auc_cumulative in mg·h/L, the others in mg/L");

const drugEffectSchema = z.strictObject({
  model: z.literal("emax").describe("emax: effect = emax × E^hill / (ec50^hill + E^hill)"),
  exposure: exposureMetricSchema,
  emax: z.number().finite().describe("maximum drug effect, in the endpoint's unit (negative lowers the value)"),
  ec50: positiveFinite.describe("exposure giving half the maximum effect, in the exposure metric's unit"),
  hill: positiveFinite.default(1).describe("Hill coefficient (steepness)"),
});

export const endpointSchema = z.strictObject({
  id: identifier.describe("short endpoint name used in outputs"),
  label: z.string().min(1).optional().describe("readable endpoint name"),
  type: z.literal("continuous").describe("continuous: change from baseline of a measured value"),
  unit: z.string().min(1).optional().describe("unit of the measured value"),
  baseline_column: z.string().min(1).describe("cohort number column that holds the baseline value"),
  placebo_response: z.number().finite().default(0).describe("mean change without drug, in the endpoint's unit"),
  baseline_slope: z
    .number()
    .finite()
    .default(0)
    .describe("change per unit of baseline above baseline_centre (regression to the mean)"),
  baseline_centre: z.number().finite().default(0).describe("baseline value at which baseline_slope adds nothing"),
  drug_effect: drugEffectSchema.optional().describe("exposure-driven drug effect; omit for no effect"),
  residual_sd: z.number().min(0).finite().describe("SD of the unexplained patient-level variation"),
});

export const adverseEventSchema = z.strictObject({
  term: identifier.describe("adverse event term used in outputs, e.g. nausea"),
  label: z.string().min(1).optional().describe("readable term"),
  model: z.literal("logistic").default("logistic").describe("P(event) = 1 / (1 + exp(-(intercept + slope × exposure)))"),
  exposure: exposureMetricSchema,
  intercept: z.number().finite().describe("log-odds of the event without drug (placebo incidence)"),
  slope: z.number().finite().describe("change in log-odds per unit of exposure"),
  grades: z
    .strictObject({
      grade_1: probability.describe("share of events of CTCAE grade 1"),
      grade_2: probability.describe("share of events of CTCAE grade 2"),
      grade_3: probability.describe("share of events of CTCAE grade 3"),
    })
    .describe("how events split across grades; the shares add up to 1"),
});

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
    .describe("how many replicates (the first ones) write patient-level rows to patients.csv and adverse_events.csv"),
});

export const specSchema = z.strictObject({
  trial: trialSchema,
  cohort: cohortSchema,
  population: populationSchema,
  arms: z.array(armSchema).min(2).describe("trial arms, in report order"),
  pk: pkSchema.optional().describe("pharmacokinetic model; required when an arm has a regimen"),
  endpoints: z.array(endpointSchema).min(1).describe("efficacy endpoints"),
  adverse_events: z.array(adverseEventSchema).default([]).describe("adverse reaction models"),
  analysis: analysisSchema.default({
    methods: ["welch", "ancova"],
    ancova_covariates: ["baseline"],
    alternative: "two-sided",
    confidence_level: 0.95,
  }),
  outputs: outputsSchema.default({ keep_replicates: 1 }),
});

/** A spec after validation, with every default filled (what the manifest records). */
export type Spec = z.infer<typeof specSchema>;
export type TrialSection = Spec["trial"];
export type CohortSection = Spec["cohort"];
export type EligibilityCriterion = CohortSection["eligibility"][number];
export type ColumnDeclaration = CohortSection["columns"][string];
export type PopulationSection = Spec["population"];
export type Arm = Spec["arms"][number];
export type Regimen = NonNullable<Arm["regimen"]>;
export type PkSection = NonNullable<Spec["pk"]>;
export type PkParameter = PkSection["parameters"]["ka_per_h"];
export type Endpoint = Spec["endpoints"][number];
export type DrugEffect = NonNullable<Endpoint["drug_effect"]>;
export type AdverseEventModel = Spec["adverse_events"][number];
export type AnalysisSection = Spec["analysis"];
export type ExposureMetricName = (typeof EXPOSURE_METRICS)[number];
export type AnalysisMethod = (typeof ANALYSIS_METHODS)[number];
