import { z } from "zod";
import { correlationSchema, finite, positiveFinite, variableName } from "./common.js";

/**
 * One covariate effect on a parameter: a factor multiplying its typical value. One flat
 * object per effect; the rules check the fields each model needs.
 */
export const covariateEffectSchema = z.strictObject({
  column: z.string().min(1).describe("a cohort column (number/integer; category or boolean for categorical)"),
  model: z
    .enum(["power", "exponential", "linear", "categorical"])
    .describe("power: (x/reference)^exponent; exponential: exp(coefficient·(x − reference)); linear: 1 + slope·(x − reference); categorical: a factor per category"),
  reference: finite.optional().describe("covariate value of the typical patient (power: > 0), in the column's unit"),
  exponent: finite.optional().describe("power: the exponent, e.g. 0.75 for allometric clearance"),
  coefficient: finite.optional().describe("exponential: change in log(parameter) per unit of the covariate"),
  slope: finite.optional().describe("linear: fractional change of the parameter per unit of the covariate"),
  factors: z.record(z.string(), positiveFinite).optional().describe("categorical: factor by category level (levels not listed: 1)"),
});

export const pkParameterSchema = z.strictObject({
  typical: positiveFinite.describe("typical value (the median of the log-normal population distribution)"),
  cv: z.number().min(0).max(10).default(0).describe("between-patient coefficient of variation (log-normal, ω² = ln(1 + cv²))"),
  covariates: z.array(covariateEffectSchema).default([]).describe("covariate effects on this parameter"),
});

const omegaSchema = z.strictObject({
  parameters: z.array(z.string().min(1)).min(1).describe("the parameters, in the order of the matrix"),
  matrix: z.array(z.array(finite)).describe("variances and covariances of η (log scale), symmetric positive definite"),
});

const uncertaintySchema = z.strictObject({
  rse: z.record(z.string(), z.number().gt(0).max(10)).describe("relative standard error of each typical value (log-normal)"),
  correlations: z.array(correlationSchema).default([]).describe("correlations between the estimates (log scale)"),
});

const residualErrorSchema = z.strictObject({
  model: z.enum(["additive", "proportional", "combined"]).describe("additive: C + ε₁·sd; proportional: C·(1 + ε₁·cv); combined: C·(1 + ε₁·cv) + ε₂·sd"),
  additive_sd_mg_per_l: z.number().min(0).finite().optional().describe("additive SD (mg/L)"),
  proportional_cv: z.number().min(0).finite().optional().describe("proportional coefficient of variation (fraction)"),
});

const odeSchema = z.strictObject({
  compartments: z.array(variableName).min(1).describe("state names, e.g. [depot, central]"),
  equations: z.record(variableName, z.string().min(1)).describe("d(state)/dt for every compartment, in the expression language"),
  concentration: z.string().min(1).describe('the observed concentration (mg/L), e.g. "central / v"'),
  dose_compartments: z
    .strictObject({
      oral: variableName.optional().describe("compartment receiving oral doses (bioavailability and lag applied)"),
      "iv-bolus": variableName.optional().describe("compartment receiving IV boluses"),
      infusion: variableName.optional().describe("compartment receiving infusions"),
    })
    .describe("which compartment each route doses into"),
  relative_tolerance: z.number().gt(0).max(0.1).default(1e-8).describe("relative error tolerance of the Dormand–Prince solver"),
  absolute_tolerance: z.number().gt(0).default(1e-10).describe("absolute error tolerance of the solver (mg)"),
});

export const PK_MODELS = ["one-compartment", "two-compartment", "three-compartment", "ode"] as const;

export const pkSchema = z.strictObject({
  model: z.enum(PK_MODELS).describe("linear one-, two- or three-compartment model in closed form, or ode: your own equations"),
  bioavailability: z.number().gt(0).max(1).default(1).describe("fraction of an oral dose absorbed (F)"),
  parameters: z
    .record(variableName, pkParameterSchema)
    .describe("closed-form models: ka_per_h, clearance_l_per_h, volume_l, q2_l_per_h, volume2_l, q3_l_per_h, volume3_l, lag_time_h; ode: any names the equations use"),
  correlations: z.array(correlationSchema).default([]).describe("correlations between parameters' η (with their cv)"),
  omega: omegaSchema.optional().describe("full variance–covariance matrix of η instead of cv and correlations"),
  uncertainty: uncertaintySchema.optional().describe("uncertainty of the typical values, drawn once per simulated trial"),
  ode: odeSchema.optional().describe("the equations of an ode model"),
  residual_error: residualErrorSchema.optional().describe("measurement error of observed concentrations"),
  sampling_times_h: z.array(z.number().min(0).finite()).default([]).describe("times since the first dose at which concentrations are observed (h): concentrations.csv and NCA"),
  threshold_mg_per_l: z.number().min(0).finite().optional().describe("concentration threshold (mg/L): patients.csv gets the time above it over the last dosing interval"),
});
