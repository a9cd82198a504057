import { compileOdeModel, simulateOdeModel, summariseOdeExposure, type CompiledOdeModel, type OdeDose } from "../ode/index.js";
import type { ConcentrationCourse, Dose } from "../pk/index.js";
import type { PkSection } from "../spec/schema.js";
import type { PkModel } from "./pk-model-types.js";

/** Concentrations sampled per dosing interval for the Cmax that time-driven adverse events read (ODE models). */
const ODE_CMAX_SAMPLES = 48;

/** Grid intervals of an ODE model's interpolated concentration course. */
const COURSE_GRID_INTERVALS = 4000;

function toOdeDoses(pk: PkSection, model: CompiledOdeModel, doses: readonly Dose[], lagTimeH: number): OdeDose[] {
  const targets = pk.ode?.dose_compartments ?? {};
  return doses.map((dose) => {
    const compartment = model.compartments.indexOf(targets[dose.route] ?? "");
    if (dose.route === "oral") return { compartment, timeH: dose.timeH + lagTimeH, amountMg: pk.bioavailability * dose.amountMg };
    return dose.durationH === undefined ? { compartment, timeH: dose.timeH, amountMg: dose.amountMg } : { compartment, timeH: dose.timeH, amountMg: dose.amountMg, infusionDurationH: dose.durationH };
  });
}

function sortedOutputTimes(timesH: ArrayLike<number>): { sorted: Float64Array; order: number[] } {
  const order = Array.from({ length: timesH.length }, (_, index) => index).sort((a, b) => (timesH[a] as number) - (timesH[b] as number) || a - b);
  return { sorted: Float64Array.from(order, (index) => Math.max(0, timesH[index] as number)), order };
}

/** Linear interpolation on a fine grid, exact at the grid points and the dose times. */
function interpolatedCourse(timesH: Float64Array, values: Float64Array, breakpointsH: readonly number[]): ConcentrationCourse {
  return {
    breakpointsH,
    at(timeH: number): number {
      if (timeH <= 0) return timeH < 0 ? 0 : (values[0] ?? 0);
      let low = 0;
      let high = timesH.length - 1;
      if (timeH >= (timesH[high] as number)) return values[high] as number;
      while (high - low > 1) {
        const middle = (low + high) >> 1;
        if ((timesH[middle] as number) <= timeH) low = middle;
        else high = middle;
      }
      const t0 = timesH[low] as number;
      const t1 = timesH[high] as number;
      return (values[low] as number) + (((values[high] as number) - (values[low] as number)) * (timeH - t0)) / (t1 - t0);
    },
  };
}

/** An ODE PK model from the spec's equations, solved by Dormand–Prince 5(4). */
export function odePkModel(pk: PkSection, names: readonly string[]): PkModel {
  const ode = pk.ode;
  if (ode === undefined) throw new RangeError("odePkModel requires pk.ode");
  const model = compileOdeModel({ compartments: ode.compartments, parameters: names, equations: ode.equations, concentration: ode.concentration });
  const tolerances = { relative: ode.relative_tolerance, absolute: ode.absolute_tolerance };
  const lagIndex = names.indexOf("lag_time_h");
  const setUp = (values: readonly number[], doses: readonly Dose[]) => ({
    parameterValues: Float64Array.from(values),
    doses: toOdeDoses(pk, model, doses, lagIndex < 0 ? 0 : (values[lagIndex] ?? 0)),
    tolerances,
  });
  return {
    metrics(values, doses, window) {
      const end = window.lastDoseH + window.intervalH;
      const last = summariseOdeExposure(model, { ...setUp(values, doses), window: { startH: window.lastDoseH, endH: end } });
      const whole = simulateOdeModel(model, { ...setUp(values, doses), outputTimesH: [end] });
      return { cmaxMgPerL: last.cmaxMgPerL, tmaxAfterDoseH: last.tmaxH - window.lastDoseH, cminMgPerL: last.cminMgPerL, ctroughMgPerL: whole.concentrationsMgPerL[0] ?? Number.NaN, aucTauMgHPerL: last.aucMgHPerL, cavgMgPerL: last.cavgMgPerL, aucCumulativeMgHPerL: whole.aucMgHPerL[0] ?? Number.NaN, timeAboveThresholdH: Number.NaN };
    },
    concentrations(values, doses, timesH) {
      const { sorted, order } = sortedOutputTimes(timesH);
      const profile = simulateOdeModel(model, { ...setUp(values, doses), outputTimesH: sorted });
      const out = new Float64Array(timesH.length);
      order.forEach((index, rank) => (out[index] = (timesH[index] as number) < 0 ? 0 : (profile.concentrationsMgPerL[rank] as number)));
      return out;
    },
    intervals(values) {
      return {
        series(doses, boundariesH, cmax) {
          const windows = boundariesH.length - 1;
          const auc = new Float64Array(windows);
          const peak = new Float64Array(windows).fill(cmax ? 0 : Number.NaN);
          if (doses.length === 0) return { aucMgHPerL: auc, cmaxMgPerL: peak };
          // Cumulative AUC is integrated with the states (to the solver's tolerance); Cmax is the largest of
          // ODE_CMAX_SAMPLES evenly spaced concentrations per window, its start included.
          const perWindow = cmax ? ODE_CMAX_SAMPLES : 1;
          const times = Float64Array.from({ length: windows * perWindow + 1 }, (_, index) => {
            const window = Math.min(windows - 1, Math.floor(index / perWindow));
            const from = boundariesH[window] as number;
            const to = boundariesH[window + 1] as number;
            return index === windows * perWindow ? to : from + ((index - window * perWindow) * (to - from)) / perWindow;
          });
          const profile = simulateOdeModel(model, { ...setUp(values, doses), outputTimesH: times });
          for (let window = 0; window < windows; window++) {
            auc[window] = (profile.aucMgHPerL[(window + 1) * perWindow] as number) - (profile.aucMgHPerL[window * perWindow] as number);
            if (cmax) for (let sample = 0; sample < perWindow; sample++) peak[window] = Math.max(peak[window] as number, profile.concentrationsMgPerL[window * perWindow + sample] as number);
          }
          return { aucMgHPerL: auc, cmaxMgPerL: peak };
        },
      };
    },
    course(values, doses, untilH) {
      const breakpoints = setUp(values, doses).doses.map((dose) => dose.timeH);
      const grid = Array.from({ length: COURSE_GRID_INTERVALS + 1 }, (_, index) => (untilH * index) / COURSE_GRID_INTERVALS);
      const times = Float64Array.from(new Set([...grid, ...breakpoints.filter((time) => time <= untilH)].sort((a, b) => a - b)));
      const profile = simulateOdeModel(model, { ...setUp(values, doses), outputTimesH: times });
      return interpolatedCourse(times, profile.concentrationsMgPerL, breakpoints);
    },
  };
}
