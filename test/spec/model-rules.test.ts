import { describe, expect, it } from "vitest";
import { specIssues } from "../helpers/spec-issues.js";
import { specWith } from "./minimal-spec.js";

const issuesOf = specIssues;

/** Rules of the PK/PD model library, dosing, adherence and derived covariates: every message verbatim. */
describe("spec rules of the model library", () => {
  it("unknownParam", () => {
    expect(issuesOf(specWith("    volume_l: {typical: 50}\n", "    volume_l: {typical: 50}\n    q2_l_per_h: {typical: 3}\n"))).toEqual([
      "spec.yaml:27:5: error SPEC_UNKNOWN_KEY: pk.parameters.q2_l_per_h is not a parameter of the one-compartment model",
      "  hint: parameters: clearance_l_per_h, volume_l, ka_per_h, lag_time_h"
    ]);
  });

  it("missingKa", () => {
    expect(issuesOf(specWith("    ka_per_h: {typical: 1}\n", ""))).toEqual([
      "spec.yaml:24:5: error SPEC_MISSING_KEY: pk.parameters.ka_per_h is missing for the one-compartment model with oral dosing",
      "  hint: add ka_per_h: {typical: <value>, cv: <between-patient CV>}"
    ]);
  });

  it("twoCmtMissing", () => {
    expect(issuesOf(specWith("model: one-compartment", "model: two-compartment"))).toEqual([
      "spec.yaml:24:5: error SPEC_MISSING_KEY: pk.parameters.q2_l_per_h is missing for the two-compartment model",
      "  hint: add q2_l_per_h: {typical: <value>, cv: <between-patient CV>}",
      "spec.yaml:24:5: error SPEC_MISSING_KEY: pk.parameters.volume2_l is missing for the two-compartment model",
      "  hint: add volume2_l: {typical: <value>, cv: <between-patient CV>}"
    ]);
  });

  it("odeMissing", () => {
    expect(issuesOf(specWith("model: one-compartment", "model: ode"))).toEqual([
      "spec.yaml:22:3: error SPEC_MISSING_KEY: pk.ode is missing for model: ode",
      "  hint: add pk.ode with compartments, equations, concentration and dose_compartments"
    ]);
  });

  it("badCorr", () => {
    expect(issuesOf(specWith("pk:\n", "pk:\n  correlations:\n    - {parameters: [clearance_l_per_h, volum_l], correlation: 0.5}\n"))).toEqual([
      "spec.yaml:23:20: error SPEC_UNKNOWN_PARAMETER: pk.correlations[0] names parameter \"volum_l\", which is not in pk.parameters",
      "  hint: did you mean \"volume_l\"? parameters: ka_per_h, clearance_l_per_h, volume_l"
    ]);
  });

  it("notPD", () => {
    expect(issuesOf(specWith("    ka_per_h: {typical: 1}\n    clearance_l_per_h: {typical: 5}\n    volume_l: {typical: 50}\n", "    ka_per_h: {typical: 1, cv: 0.3}\n    clearance_l_per_h: {typical: 5, cv: 0.3}\n    volume_l: {typical: 50, cv: 0.3}\n  correlations:\n    - {parameters: [ka_per_h, clearance_l_per_h], correlation: 0.9}\n    - {parameters: [ka_per_h, volume_l], correlation: 0.9}\n    - {parameters: [clearance_l_per_h, volume_l], correlation: -0.9}\n"))).toEqual([
      "spec.yaml:28:5: error SPEC_NOT_POSITIVE_DEFINITE: the between-patient (or uncertainty) covariance is not valid: choleskyFactor requires a positive-definite matrix: the leading principal minor of order 3 is -0.0018483398590534554",
      "  hint: correlations must be consistent (e.g. 0.9, 0.9 and -0.9 between three parameters cannot all hold) and below 1 in absolute value; check pk.correlations, pk.omega and pk.uncertainty"
    ]);
  });

  it("covMissing", () => {
    expect(issuesOf(specWith("    clearance_l_per_h: {typical: 5}\n", "    clearance_l_per_h: {typical: 5, covariates: [{column: age, model: exponential, reference: 50}]}\n"))).toEqual([
      "spec.yaml:25:50: error SPEC_MISSING_KEY: pk.parameters.clearance_l_per_h.covariates[0] (exponential) needs coefficient",
      "  hint: an exponential effect has reference, coefficient"
    ]);
  });

  it("regimenTwo", () => {
    expect(issuesOf(specWith("{route: oral, dose_mg: 100, interval_h: 24}", "{route: oral, dose_mg: 100, dose_mg_per_kg: 2, interval_h: 24}"))).toEqual([
      "spec.yaml:20:14: error SPEC_REGIMEN: the regimen gives dose_mg and dose_mg_per_kg: exactly one of dose_mg, dose_mg_per_kg and dose_column is needed",
      "  hint: e.g. dose_mg: 100, or dose_mg_per_kg: 4 with weight_column: weight"
    ]);
  });

  it("infusionNo", () => {
    expect(issuesOf(specWith("{route: oral, dose_mg: 100, interval_h: 24}", "{route: infusion, dose_mg: 100, interval_h: 24}"))).toEqual([
      "spec.yaml:20:14: error SPEC_REGIMEN: an infusion needs exactly one of infusion_duration_h and infusion_rate_mg_per_h",
      "  hint: e.g. infusion_duration_h: 1"
    ]);
  });

  it("oralWithInf", () => {
    expect(issuesOf(specWith("{route: oral, dose_mg: 100, interval_h: 24}", "{route: oral, dose_mg: 100, interval_h: 24, infusion_duration_h: 1}"))).toEqual([
      "spec.yaml:20:58: error SPEC_REGIMEN: infusion_duration_h applies only to route: infusion, not oral",
      "  hint: remove it, or set route: infusion"
    ]);
  });

  it("perKgNoWeight", () => {
    expect(issuesOf(specWith("{route: oral, dose_mg: 100, interval_h: 24}", "{route: oral, dose_mg_per_kg: 2, interval_h: 24}"))).toEqual([
      "spec.yaml:20:14: error SPEC_MISSING_KEY: dose_mg_per_kg needs weight_column",
      "  hint: name the cohort column with body weight in kg, e.g. weight_column: wt"
    ]);
  });

  it("loadingPerKg", () => {
    expect(issuesOf(specWith("{route: oral, dose_mg: 100, interval_h: 24}", "{route: oral, dose_mg_per_kg: 2, weight_column: age, interval_h: 24, loading_doses_mg: [5]}"))).toEqual([
      "spec.yaml:20:14: error SPEC_REGIMEN: loading doses and titration steps are amounts in mg: they need dose_mg",
      "  hint: give the maintenance amount as dose_mg, or drop the loading doses and titration"
    ]);
  });

  it("tooManyLoading", () => {
    expect(issuesOf(specWith("{route: oral, dose_mg: 100, interval_h: 24}", "{route: oral, dose_mg: 100, interval_h: 24, n_doses: 1, loading_doses_mg: [5, 5]}"))).toEqual([
      "spec.yaml:20:88: error SPEC_REGIMEN: 2 loading doses but only 1 dose in the regimen",
      "  hint: loading doses are the first administrations of the regimen"
    ]);
  });

  it("idrMissing", () => {
    expect(issuesOf(specWith("    type: continuous\n", "    type: continuous\n    model: indirect-response\n"))).toEqual([
      "spec.yaml:28:5: error SPEC_MISSING_KEY: endpoints[0]: model indirect-response needs indirect_response",
      "  hint: add indirect_response: {type: 1, kout_per_h: 0.1, imax: 0.8, ic50_mg_per_l: 2}"
    ]);
  });

  it("idrFields", () => {
    expect(issuesOf(specWith("    type: continuous\n", "    type: continuous\n    model: indirect-response\n    indirect_response: {type: 3, kout_per_h: 0.1}\n"))).toEqual([
      "spec.yaml:31:24: error SPEC_MISSING_KEY: endpoints[0].indirect_response of type 3 needs emax and ec50_mg_per_l",
      "  hint: types 3 and 4 stimulate: emax and ec50_mg_per_l"
    ]);
  });

  it("progMissing", () => {
    expect(issuesOf(specWith("    type: continuous\n", "    type: continuous\n    model: disease-progression\n"))).toEqual([
      "spec.yaml:28:5: error SPEC_MISSING_KEY: endpoints[0]: model disease-progression needs progression",
      "  hint: add progression: {model: linear, rate_per_day: 0.01, drug_action: protective}"
    ]);
  });

  it("effectSite", () => {
    expect(issuesOf(specWith("    residual_sd: 0.3\n", "    residual_sd: 0.3\n    drug_effect: {model: emax, exposure: effect-site, emax: 1, ec50: 2}\n"))).toEqual([
      "spec.yaml:32:18: error SPEC_MISSING_KEY: endpoints[0].drug_effect on the effect site needs ke0_per_h",
      "  hint: ke0_per_h is the equilibration rate constant between plasma and effect site (1/h)"
    ]);
  });

  it("linearNoSlope", () => {
    expect(issuesOf(specWith("    residual_sd: 0.3\n", "    residual_sd: 0.3\n    drug_effect: {model: linear, exposure: cmax}\n"))).toEqual([
      "spec.yaml:32:18: error SPEC_MISSING_KEY: endpoints[0].drug_effect (linear) needs slope",
      "  hint: a linear drug effect has slope"
    ]);
  });

  it("visitsOrder", () => {
    expect(issuesOf(specWith("    residual_sd: 0.3\n", "    residual_sd: 0.3\n    visits_days: [28, 14]\n"))).toEqual([
      "spec.yaml:32:18: error SPEC_INVALID_VALUE: endpoints[0].visits_days must be increasing",
      "  hint: list the visit days in order, e.g. [28, 56, 84]"
    ]);
  });

  it("primaryNot", () => {
    expect(issuesOf(specWith("    residual_sd: 0.3\n", "    residual_sd: 0.3\n    visits_days: [14, 28]\n    primary_visit_day: 21\n"))).toEqual([
      "spec.yaml:33:24: error SPEC_INVALID_VALUE: endpoints[0].primary_visit_day 21 is not one of visits_days",
      "  hint: choose one of 14, 28"
    ]);
  });

  it("adherenceMissing", () => {
    expect(issuesOf(specWith("arms:\n", "adherence: {model: beta, mean_taken: 0.9}\narms:\n"))).toEqual([
      "spec.yaml:16:12: error SPEC_MISSING_KEY: adherence (beta) needs concentration",
      "  hint: e.g. {model: beta, mean_taken: 0.9, concentration: 20}"
    ]);
  });

  it("derivedBad", () => {
    expect(issuesOf(specWith("  columns:\n", "  derived:\n    ratio: {expression: \"age / albumen\"}\n  columns:\n"))).toEqual([
      "spec.yaml:11:32: error SPEC_EXPRESSION: cohort.derived.ratio.expression: unknown variable \"albumen\"",
      "  hint: did you mean \"albumin\"? known variables: age, albumin"
    ]);
  });

  it("derivedDup", () => {
    expect(issuesOf(specWith("  columns:\n", "  derived:\n    age: {expression: \"albumin * 2\"}\n  columns:\n"))).toEqual([
      "spec.yaml:11:5: error SPEC_DUPLICATE_ID: cohort.derived.age has the name of a declared column",
      "  hint: give the derived covariate its own name"
    ]);
  });

  it("observationsOne", () => {
    expect(issuesOf(specWith("  columns:\n", "  observations: {time_column: t, concentration_column: c}\n  columns:\n"))).toEqual([
      "spec.yaml:10:17: error SPEC_INVALID_VALUE: cohort.observations needs rows_per_patient: many",
      "  hint: a patient's observations are its rows: set cohort.rows_per_patient: many"
    ]);
  });

  it("cohortWithN", () => {
    expect(issuesOf(specWith("  method: bootstrap\n  n_per_arm: 10\n", "  method: cohort\n  n_per_arm: 10\n"))).toEqual([
      "spec.yaml:14:3: error SPEC_POPULATION_SIZE: population method cohort takes every eligible patient once: n_per_arm and n_total do not apply",
      "  hint: remove n_per_arm / n_total, or use method: bootstrap"
    ]);
  });

  it("odeBad", () => {
    expect(issuesOf(specWith("model: one-compartment\n  parameters:\n    ka_per_h: {typical: 1}\n    clearance_l_per_h: {typical: 5}\n    volume_l: {typical: 50}\n", "model: ode\n  parameters:\n    ka: {typical: 1}\n    cl: {typical: 5}\n    v: {typical: 50}\n  ode:\n    compartments: [depot, central]\n    equations: {depot: \"-ka * depot\", central: \"ka * depot - kl / v * central\", periph: \"0\"}\n    concentration: \"central / v\"\n    dose_compartments: {iv-bolus: central}\n"))).toEqual([
      "spec.yaml:29:62: error SPEC_EXPRESSION: pk.ode.equations.central: unknown variable \"kl\"",
      "  hint: did you mean \"ka\"? known variables: depot, central, ka, cl, v, t",
      "spec.yaml:29:81: error SPEC_UNKNOWN_KEY: pk.ode.equations.periph is not a compartment",
      "  hint: compartments: depot, central",
      "spec.yaml:31:24: error SPEC_MISSING_KEY: pk.ode.dose_compartments has no compartment for oral doses",
      "  hint: add oral: <compartment>"
    ]);
  });

});
