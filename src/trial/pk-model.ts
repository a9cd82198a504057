import { aucBetween, concentrationsAt, createConcentrationCourse, exposureBetween, exposureSeries, preparePkSystem, type LinearPkParameters } from "../pk/index.js";
import type { PkSection } from "../spec/schema.js";
import { odePkModel } from "./ode-pk-model.js";

export type { ExposureMetrics, ExposureWindowH, PkModel } from "./pk-model-types.js";
import type { PkModel } from "./pk-model-types.js";

const COMPARTMENTS: Record<string, 1 | 2 | 3> = { "one-compartment": 1, "two-compartment": 2, "three-compartment": 3 };

function linearParameters(pk: PkSection, names: readonly string[], values: readonly number[]): LinearPkParameters {
  const value = (name: string): number | undefined => {
    const index = names.indexOf(name);
    return index < 0 ? undefined : values[index];
  };
  const compartments = COMPARTMENTS[pk.model] ?? 1;
  const optional = (key: keyof LinearPkParameters, name: string): Partial<LinearPkParameters> => (value(name) === undefined ? {} : { [key]: value(name) });
  return {
    compartments,
    clearanceLPerH: value("clearance_l_per_h") ?? Number.NaN,
    centralVolumeL: value("volume_l") ?? Number.NaN,
    bioavailability: pk.bioavailability,
    lagTimeH: value("lag_time_h") ?? 0,
    ...optional("absorptionRatePerH", "ka_per_h"),
    ...(compartments >= 2 ? { ...optional("q2LPerH", "q2_l_per_h"), ...optional("volume2L", "volume2_l") } : {}),
    ...(compartments >= 3 ? { ...optional("q3LPerH", "q3_l_per_h"), ...optional("volume3L", "volume3_l") } : {}),
  };
}

function linearModel(pk: PkSection, names: readonly string[]): PkModel {
  const system = (values: readonly number[]) => preparePkSystem(linearParameters(pk, names, values));
  return {
    metrics(values, doses, window) {
      const prepared = system(values);
      const end = window.lastDoseH + window.intervalH;
      const last = exposureBetween(prepared, doses, { fromH: window.lastDoseH, toH: end, ...(window.thresholdMgPerL === undefined ? {} : { thresholdMgPerL: window.thresholdMgPerL }) });
      const cumulative = aucBetween(prepared, doses, { fromH: 0, toH: end });
      const trough = concentrationsAt(prepared, doses, [end])[0] ?? Number.NaN;
      return { cmaxMgPerL: last.cmaxMgPerL, tmaxAfterDoseH: last.tmaxH - window.lastDoseH, cminMgPerL: last.cminMgPerL, ctroughMgPerL: trough, aucTauMgHPerL: last.aucMgHPerL, cavgMgPerL: last.cavgMgPerL, aucCumulativeMgHPerL: cumulative, timeAboveThresholdH: window.thresholdMgPerL === undefined ? Number.NaN : last.timeAboveThresholdH };
    },
    concentrations: (values, doses, timesH) => concentrationsAt(system(values), doses, timesH),
    course: (values, doses) => createConcentrationCourse(system(values), doses),
    intervals(values) {
      const prepared = system(values);
      return { series: (doses, boundariesH, cmax) => exposureSeries(prepared, doses, boundariesH, { cmax }) };
    },
  };
}

/** The PK model of a validated pk section, for the parameter order of the run. */
export function preparePkModel(pk: PkSection, names: readonly string[]): PkModel {
  return pk.model === "ode" ? odePkModel(pk, names) : linearModel(pk, names);
}
