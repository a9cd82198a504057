import { assertDoses, concentrationsAt, createConcentrationCourse, exposureSeries, measureRegimenArea, measureRegimenExposure, measureWindowArea, preparePkSystem, type Dose, type LinearPkParameters, type PkSystem } from "../pk/index.js";
import type { PkSection, Spec } from "../spec/schema.js";
import { odePkModel } from "./ode-pk-model.js";

export type { ExposureMetrics, ExposureWindowH, PkModel } from "./pk-model-types.js";
import type { ExposureMetrics, ExposureWindowH, PkModel } from "./pk-model-types.js";

const COMPARTMENTS: Record<string, 1 | 2 | 3> = { "one-compartment": 1, "two-compartment": 2, "three-compartment": 3 };

/** The optional parameters of LinearPkParameters and their spec names, by compartment count needed. */
const OPTIONAL_PARAMETERS: readonly (readonly [keyof LinearPkParameters, string, number])[] = [
  ["absorptionRatePerH", "ka_per_h", 1],
  ["q2LPerH", "q2_l_per_h", 2],
  ["volume2L", "volume2_l", 2],
  ["q3LPerH", "q3_l_per_h", 3],
  ["volume3L", "volume3_l", 3],
];

type MutableParameters = { -readonly [K in keyof LinearPkParameters]: LinearPkParameters[K] };

/** Reads a patient's LinearPkParameters from its values (names order), with the positions looked up once. */
function linearParameters(pk: PkSection, names: readonly string[]): (values: readonly number[]) => LinearPkParameters {
  const compartments = COMPARTMENTS[pk.model] ?? 1;
  const clearance = names.indexOf("clearance_l_per_h");
  const volume = names.indexOf("volume_l");
  const lag = names.indexOf("lag_time_h");
  const optional = OPTIONAL_PARAMETERS.filter(([, , needs]) => compartments >= needs).map(([key, name]) => [key, names.indexOf(name)] as const);
  const value = (values: readonly number[], index: number): number | undefined => (index < 0 ? undefined : values[index]);
  return (values) => {
    const parameters: MutableParameters = {
      compartments,
      clearanceLPerH: value(values, clearance) ?? Number.NaN,
      centralVolumeL: value(values, volume) ?? Number.NaN,
      bioavailability: pk.bioavailability,
      lagTimeH: value(values, lag) ?? 0,
    };
    for (const [key, index] of optional) {
      const given = value(values, index);
      if (given !== undefined) (parameters as Record<string, number>)[key] = given;
    }
    return parameters;
  };
}

/** A closed-form PK model: a PkModel that can also leave out metrics nothing reads. */
export interface LinearPkModel extends PkModel {
  /**
   * metrics without the extremes search: Cmax, Tmax, Cmin and the time above threshold are
   * NaN, every other metric is the very double metrics gives.
   */
  areaMetrics(values: readonly number[], doses: readonly Dose[], window: ExposureWindowH): ExposureMetrics;
  /** areaMetrics without the cumulative AUC (NaN too), which needs the area of every earlier dosing interval. */
  windowMetrics(values: readonly number[], doses: readonly Dose[], window: ExposureWindowH): ExposureMetrics;
}

/** Whether a PK model can leave out metrics (areaMetrics, windowMetrics): the closed-form models. */
export function hasAreaMetrics(model: PkModel): model is LinearPkModel {
  return "areaMetrics" in model;
}

function linearModel(pk: PkSection, names: readonly string[]): LinearPkModel {
  const parametersOf = linearParameters(pk, names);
  const system = (values: readonly number[]) => preparePkSystem(parametersOf(values));
  // Arms share one schedule between their patients (arm-dosing): it is checked once, not once per patient.
  let checkedDoses: readonly Dose[] | undefined;
  const checked = (prepared: PkSystem, doses: readonly Dose[], functionName: string): readonly Dose[] => {
    if (doses !== checkedDoses) assertDoses(doses, prepared, functionName);
    checkedDoses = doses;
    return doses;
  };
  return {
    metrics(values, doses, window) {
      const prepared = system(values);
      const interval = { fromH: window.lastDoseH, toH: window.lastDoseH + window.intervalH, ...(window.thresholdMgPerL === undefined ? {} : { thresholdMgPerL: window.thresholdMgPerL }) };
      const last = measureRegimenExposure(prepared, checked(prepared, doses, "measureRegimenExposure"), interval);
      return { cmaxMgPerL: last.cmaxMgPerL, tmaxAfterDoseH: last.tmaxH - window.lastDoseH, cminMgPerL: last.cminMgPerL, ctroughMgPerL: last.concentrationAtEndMgPerL, aucTauMgHPerL: last.aucMgHPerL, cavgMgPerL: last.cavgMgPerL, aucCumulativeMgHPerL: last.aucFromZeroMgHPerL, timeAboveThresholdH: window.thresholdMgPerL === undefined ? Number.NaN : last.timeAboveThresholdH };
    },
    areaMetrics(values, doses, window) {
      const prepared = system(values);
      const last = measureRegimenArea(prepared, checked(prepared, doses, "measureRegimenArea"), { fromH: window.lastDoseH, toH: window.lastDoseH + window.intervalH });
      return { cmaxMgPerL: Number.NaN, tmaxAfterDoseH: Number.NaN, cminMgPerL: Number.NaN, ctroughMgPerL: last.concentrationAtEndMgPerL, aucTauMgHPerL: last.aucMgHPerL, cavgMgPerL: last.cavgMgPerL, aucCumulativeMgHPerL: last.aucFromZeroMgHPerL, timeAboveThresholdH: Number.NaN };
    },
    windowMetrics(values, doses, window) {
      const prepared = system(values);
      const last = measureWindowArea(prepared, checked(prepared, doses, "measureWindowArea"), { fromH: window.lastDoseH, toH: window.lastDoseH + window.intervalH });
      return { cmaxMgPerL: Number.NaN, tmaxAfterDoseH: Number.NaN, cminMgPerL: Number.NaN, ctroughMgPerL: last.concentrationAtEndMgPerL, aucTauMgHPerL: last.aucMgHPerL, cavgMgPerL: last.cavgMgPerL, aucCumulativeMgHPerL: Number.NaN, timeAboveThresholdH: Number.NaN };
    },
    concentrations: (values, doses, timesH) => concentrationsAt(system(values), doses, timesH),
    course: (values, doses) => createConcentrationCourse(system(values), doses),
    intervals(values) {
      const prepared = system(values);
      return { series: (doses, boundariesH, cmax) => exposureSeries(prepared, doses, boundariesH, { cmax }) };
    },
  };
}

/** Exposure metrics whose value needs the extremes search. */
const EXTREME_METRICS: ReadonlySet<string> = new Set(["cmax", "cmin"]);

/**
 * How a replicate's exposure metrics are computed: in full wherever an extreme can reach an
 * output (the kept replicates, whose patients and PK table are written out; a drug effect or an
 * adverse event driven by Cmax or Cmin; a concentration threshold); else without the extremes
 * (areaMetrics), and also without the cumulative AUC (windowMetrics) unless a driver reads it.
 * What nothing reads is NaN; every metric that is read is the same double.
 *
 * @param model the run's PK model
 * @param spec the run's spec
 * @param replicate 1-based
 * @example selectMetrics(model, w3Spec, 2) // windowMetrics: W3 reads only auc_tau and keeps no replicate
 */
export function selectMetrics(model: PkModel, spec: Spec, replicate: number): PkModel["metrics"] {
  const drivers = new Set<string | undefined>([...spec.endpoints.map((endpoint) => endpoint.drug_effect?.exposure), ...spec.adverse_events.map((event) => event.exposure)]);
  const needsExtremes = replicate <= spec.outputs.keep_replicates || spec.pk?.threshold_mg_per_l !== undefined || [...EXTREME_METRICS].some((name) => drivers.has(name));
  if (needsExtremes || !hasAreaMetrics(model)) return (values, doses, window) => model.metrics(values, doses, window);
  if (drivers.has("auc_cumulative")) return (values, doses, window) => model.areaMetrics(values, doses, window);
  return (values, doses, window) => model.windowMetrics(values, doses, window);
}

/** The PK model of a validated pk section, for the parameter order of the run. */
export function preparePkModel(pk: PkSection, names: readonly string[]): PkModel {
  return pk.model === "ode" ? odePkModel(pk, names) : linearModel(pk, names);
}
