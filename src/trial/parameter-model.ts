import type { CovariateEffect as SpecCovariateEffect, PkSection } from "../spec/schema.js";
import { choleskyFactor, logCovarianceFromRses, omegaFromCvs, omegaFromMatrix, type CovariateEffect } from "../variability/index.js";

/**
 * The population model of the PK parameters, prepared once per run: names in the order
 * of the random-effects stream, typical values, covariate effects, the Cholesky factor of
 * Ω, and (optionally) of the uncertainty of the typical values.
 */
export interface ParameterModel {
  readonly names: readonly string[];
  readonly typical: readonly number[];
  readonly effects: readonly (readonly CovariateEffect[])[];
  readonly omegaLower: readonly (readonly number[])[];
  /** Parameters whose typical value is drawn once per replicate, and the factor of their log-covariance. */
  readonly uncertainty?: { readonly indexes: readonly number[]; readonly lower: readonly (readonly number[])[] };
}

/**
 * Order of the closed-form models' parameters in the random-effects stream. The first three
 * keep the stream of results format 1 (ka, CL, V: one normal each per patient).
 */
const CANONICAL_ORDER = ["ka_per_h", "clearance_l_per_h", "volume_l", "q2_l_per_h", "volume2_l", "q3_l_per_h", "volume3_l", "lag_time_h"];

/** The PK parameter names in stream order: canonical for closed-form models, spec order for ODE models. */
export function parameterOrder(pk: PkSection): string[] {
  const names = Object.keys(pk.parameters);
  if (pk.model === "ode") return names;
  return CANONICAL_ORDER.filter((name) => names.includes(name));
}

function toEffect(effect: SpecCovariateEffect): CovariateEffect {
  const covariate = effect.column;
  switch (effect.model) {
    case "power":
      return { kind: "power", covariate, reference: effect.reference ?? 1, exponent: effect.exponent ?? 0 };
    case "exponential":
      return { kind: "exponential", covariate, reference: effect.reference ?? 0, coefficient: effect.coefficient ?? 0 };
    case "linear":
      return { kind: "linear", covariate, reference: effect.reference ?? 0, slope: effect.slope ?? 0 };
    case "categorical":
      return { kind: "categorical", covariate, factors: effect.factors ?? {} };
  }
}

function correlationMatrix(names: readonly string[], pairs: readonly { parameters: readonly [string, string]; correlation: number }[]): number[][] {
  const matrix = names.map((_, row) => names.map((__, column) => (row === column ? 1 : 0)));
  for (const { parameters, correlation } of pairs) {
    const [a, b] = parameters.map((name) => names.indexOf(name));
    if (a === undefined || b === undefined || a < 0 || b < 0) continue;
    (matrix[a] as number[])[b] = correlation;
    (matrix[b] as number[])[a] = correlation;
  }
  return matrix;
}

/**
 * Ω, the covariance of η (log scale): ω² = ln(1 + cv²) on the diagonal, covariances from
 * the correlations; parameters listed in pk.omega take that matrix instead. Not factored.
 */
export function assembleOmega(pk: PkSection): number[][] {
  const names = parameterOrder(pk);
  const cvs = names.map((name) => (pk.omega?.parameters.includes(name) ? 0 : (pk.parameters[name]?.cv ?? 0)));
  const omega = omegaFromCvs({ cvs, correlations: correlationMatrix(names, pk.correlations) });
  if (pk.omega === undefined) return omega;
  const block = omegaFromMatrix(pk.omega.matrix);
  const at = pk.omega.parameters.map((name) => names.indexOf(name));
  at.forEach((row, i) => at.forEach((column, j) => ((omega[row] as number[])[column] = block[i]?.[j] ?? 0)));
  return omega;
}

function uncertaintyOf(pk: PkSection, names: readonly string[]): ParameterModel["uncertainty"] {
  const uncertainty = pk.uncertainty;
  if (uncertainty === undefined) return undefined;
  const uncertain = names.filter((name) => uncertainty.rse[name] !== undefined);
  const covariance = logCovarianceFromRses({ rses: uncertain.map((name) => uncertainty.rse[name] ?? 0), correlations: correlationMatrix(uncertain, uncertainty.correlations) });
  return { indexes: uncertain.map((name) => names.indexOf(name)), lower: choleskyFactor(covariance) };
}

/** Prepares the parameter model of a validated pk section (the spec rules check Ω first). */
export function buildParameterModel(pk: PkSection): ParameterModel {
  const names = parameterOrder(pk);
  const model = {
    names,
    typical: names.map((name) => pk.parameters[name]?.typical ?? Number.NaN),
    effects: names.map((name) => (pk.parameters[name]?.covariates ?? []).map(toEffect)),
    omegaLower: choleskyFactor(assembleOmega(pk)),
  };
  const uncertainty = uncertaintyOf(pk, names);
  return uncertainty === undefined ? model : { ...model, uncertainty };
}
