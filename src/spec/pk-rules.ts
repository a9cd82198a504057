import { closestName } from "../text/closest-name.js";
import { buildParameterModel } from "../trial/parameter-model.js";
import { expressionIssue } from "./column-rules.js";
import type { CovariateEffect, PkSection, Spec } from "./schema.js";
import type { SpecIssue, SpecPath } from "./spec-issue.js";

/** Parameters of the closed-form models, by model; ka and lag time are allowed for all. */
const REQUIRED_PARAMETERS: Record<string, readonly string[]> = {
  "one-compartment": ["clearance_l_per_h", "volume_l"],
  "two-compartment": ["clearance_l_per_h", "volume_l", "q2_l_per_h", "volume2_l"],
  "three-compartment": ["clearance_l_per_h", "volume_l", "q2_l_per_h", "volume2_l", "q3_l_per_h", "volume3_l"],
};
const OPTIONAL_PARAMETERS = ["ka_per_h", "lag_time_h"];

/** Fields each covariate model needs. */
const EFFECT_FIELDS: Record<CovariateEffect["model"], readonly (keyof CovariateEffect)[]> = {
  power: ["reference", "exponent"],
  exponential: ["reference", "coefficient"],
  linear: ["reference", "slope"],
  categorical: ["factors"],
};

function routesUsed(spec: Spec): Set<string> {
  return new Set(spec.arms.flatMap((arm) => (arm.regimen === undefined ? [] : [arm.regimen.route])));
}

function closedFormParameters(spec: Spec, pk: PkSection): SpecIssue[] {
  const required = REQUIRED_PARAMETERS[pk.model] ?? [];
  const allowed = [...required, ...OPTIONAL_PARAMETERS];
  const issues: SpecIssue[] = Object.keys(pk.parameters)
    .filter((name) => !allowed.includes(name))
    .map((name) => {
      const suggestion = closestName(name, allowed);
      return { code: "SPEC_UNKNOWN_KEY", message: `pk.parameters.${name} is not a parameter of the ${pk.model} model`, hint: `${suggestion === undefined ? "" : `did you mean "${suggestion}"? `}parameters: ${allowed.join(", ")}`, path: ["pk", "parameters", name], atKey: true };
    });
  const needed = routesUsed(spec).has("oral") ? [...required, "ka_per_h"] : required;
  for (const name of needed.filter((parameter) => pk.parameters[parameter] === undefined))
    issues.push({ code: "SPEC_MISSING_KEY", message: `pk.parameters.${name} is missing for the ${pk.model} model${name === "ka_per_h" ? " with oral dosing" : ""}`, hint: `add ${name}: {typical: <value>, cv: <between-patient CV>}`, path: ["pk", "parameters"] });
  if (pk.ode !== undefined) issues.push({ code: "SPEC_INVALID_VALUE", message: `pk.ode is only for model: ode, not ${pk.model}`, hint: "remove pk.ode, or set pk.model: ode", path: ["pk", "ode"], atKey: true });
  return issues;
}

function odeModel(spec: Spec, pk: PkSection): SpecIssue[] {
  const ode = pk.ode;
  if (ode === undefined) return [{ code: "SPEC_MISSING_KEY", message: "pk.ode is missing for model: ode", hint: "add pk.ode with compartments, equations, concentration and dose_compartments", path: ["pk"] }];
  const compartments = new Set(ode.compartments);
  const known = new Set([...ode.compartments, ...Object.keys(pk.parameters), "t"]);
  const issues: SpecIssue[] = [];
  for (const compartment of ode.compartments)
    if (ode.equations[compartment] === undefined) issues.push({ code: "SPEC_MISSING_KEY", message: `pk.ode.equations has no equation for compartment "${compartment}"`, hint: `add ${compartment}: "<d${compartment}/dt>"`, path: ["pk", "ode", "equations"] });
  for (const [name, equation] of Object.entries(ode.equations)) {
    if (!compartments.has(name)) issues.push({ code: "SPEC_UNKNOWN_KEY", message: `pk.ode.equations.${name} is not a compartment`, hint: `compartments: ${ode.compartments.join(", ")}`, path: ["pk", "ode", "equations", name], atKey: true });
    else issues.push(...expressionIssue(equation, known, ["pk", "ode", "equations", name], `pk.ode.equations.${name}`));
  }
  issues.push(...expressionIssue(ode.concentration, known, ["pk", "ode", "concentration"], "pk.ode.concentration"));
  for (const route of routesUsed(spec)) {
    const target = ode.dose_compartments[route as "oral" | "iv-bolus" | "infusion"];
    if (target === undefined) issues.push({ code: "SPEC_MISSING_KEY", message: `pk.ode.dose_compartments has no compartment for ${route} doses`, hint: `add ${route}: <compartment>`, path: ["pk", "ode", "dose_compartments"] });
    else if (!compartments.has(target)) issues.push({ code: "SPEC_UNKNOWN_KEY", message: `pk.ode.dose_compartments.${route} names "${target}", which is not a compartment`, hint: `compartments: ${ode.compartments.join(", ")}`, path: ["pk", "ode", "dose_compartments", route] });
  }
  return issues;
}

function covariateEffects(pk: PkSection): SpecIssue[] {
  return Object.entries(pk.parameters).flatMap(([name, parameter]) =>
    parameter.covariates.flatMap((effect, index): SpecIssue[] => {
      const path: SpecPath = ["pk", "parameters", name, "covariates", index];
      const missing = EFFECT_FIELDS[effect.model].filter((field) => effect[field] === undefined);
      if (missing.length > 0) return [{ code: "SPEC_MISSING_KEY", message: `pk.parameters.${name}.covariates[${index}] (${effect.model}) needs ${missing.join(" and ")}`, hint: `${/^[aeiou]/.test(effect.model) ? "an" : "a"} ${effect.model} effect has ${EFFECT_FIELDS[effect.model].join(", ")}`, path }];
      if (effect.model === "power" && !((effect.reference ?? 0) > 0)) return [{ code: "SPEC_INVALID_VALUE", message: `pk.parameters.${name}.covariates[${index}].reference must be > 0 for a power model, got ${effect.reference}`, hint: "the reference is a typical covariate value, e.g. 70 for weight in kg", path: [...path, "reference"] }];
      return [];
    }),
  );
}

function namedParameters(pk: PkSection, names: readonly string[], path: SpecPath, what: string): SpecIssue[] {
  const known = Object.keys(pk.parameters);
  return names
    .filter((name) => pk.parameters[name] === undefined)
    .map((name) => {
      const suggestion = closestName(name, known);
      return { code: "SPEC_UNKNOWN_PARAMETER", message: `${what} names parameter "${name}", which is not in pk.parameters`, hint: `${suggestion === undefined ? "" : `did you mean "${suggestion}"? `}parameters: ${known.join(", ")}`, path };
    });
}

function variability(pk: PkSection): SpecIssue[] {
  const issues = pk.correlations.flatMap((correlation, index) => namedParameters(pk, correlation.parameters, ["pk", "correlations", index, "parameters"], `pk.correlations[${index}]`));
  if (pk.omega !== undefined) {
    const { parameters, matrix } = pk.omega;
    issues.push(...namedParameters(pk, parameters, ["pk", "omega", "parameters"], "pk.omega"));
    if (matrix.length !== parameters.length || matrix.some((row) => row.length !== parameters.length))
      issues.push({ code: "SPEC_INVALID_VALUE", message: `pk.omega.matrix must be ${parameters.length} × ${parameters.length} (one row and column per parameter)`, hint: "list one row per parameter, in the order of pk.omega.parameters", path: ["pk", "omega", "matrix"] });
    if (pk.correlations.length > 0) issues.push({ code: "SPEC_INVALID_VALUE", message: "pk.omega and pk.correlations cannot both be given", hint: "put the covariances in pk.omega.matrix", path: ["pk", "correlations"] });
  }
  if (pk.uncertainty !== undefined) {
    issues.push(...namedParameters(pk, Object.keys(pk.uncertainty.rse), ["pk", "uncertainty", "rse"], "pk.uncertainty.rse"));
    pk.uncertainty.correlations.forEach((correlation, index) => issues.push(...namedParameters(pk, correlation.parameters, ["pk", "uncertainty", "correlations", index, "parameters"], `pk.uncertainty.correlations[${index}]`)));
  }
  return issues;
}

function residualError(pk: PkSection): SpecIssue[] {
  const error = pk.residual_error;
  if (error === undefined) return [];
  const needs = { additive: ["additive_sd_mg_per_l"], proportional: ["proportional_cv"], combined: ["additive_sd_mg_per_l", "proportional_cv"] }[error.model];
  const missing = needs.filter((field) => error[field as "additive_sd_mg_per_l" | "proportional_cv"] === undefined);
  if (missing.length === 0) return [];
  return [{ code: "SPEC_MISSING_KEY", message: `pk.residual_error (${error.model}) needs ${missing.join(" and ")}`, hint: "e.g. {model: combined, additive_sd_mg_per_l: 0.1, proportional_cv: 0.15}", path: ["pk", "residual_error"] }];
}

/** Ω (and the uncertainty covariance) must be positive definite: checked by factoring them. */
function positiveDefinite(pk: PkSection): SpecIssue[] {
  const path: SpecPath = pk.omega === undefined ? ["pk", "correlations"] : ["pk", "omega", "matrix"];
  try {
    buildParameterModel(pk);
    return [];
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return [{ code: "SPEC_NOT_POSITIVE_DEFINITE", message: `the between-patient (or uncertainty) covariance is not valid: ${error.message}`, hint: "correlations must be consistent (e.g. 0.9, 0.9 and -0.9 between three parameters cannot all hold) and below 1 in absolute value; check pk.correlations, pk.omega and pk.uncertainty", path }];
  }
}

/** Every rule of the pk section. */
export function pkRules(spec: Spec): SpecIssue[] {
  const pk = spec.pk;
  if (pk === undefined) return [];
  const model = pk.model === "ode" ? odeModel(spec, pk) : closedFormParameters(spec, pk);
  const shape = [...model, ...covariateEffects(pk), ...variability(pk), ...residualError(pk)];
  return shape.length > 0 ? shape : positiveDefinite(pk);
}
