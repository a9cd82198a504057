import type { ConcentrationCourse, Dose, ExposureSeries } from "../pk/index.js";

/** Exposure over the last dosing interval of a regimen, plus the cumulative AUC. */
export interface ExposureMetrics {
  readonly cmaxMgPerL: number;
  readonly tmaxAfterDoseH: number;
  readonly cminMgPerL: number;
  readonly ctroughMgPerL: number;
  readonly aucTauMgHPerL: number;
  readonly cavgMgPerL: number;
  readonly aucCumulativeMgHPerL: number;
  /** Time with C above pk.threshold_mg_per_l in the window (h); NaN without a threshold. */
  readonly timeAboveThresholdH: number;
}

/** The exposure window: the last dosing interval [lastDoseH, lastDoseH + intervalH]. */
export interface ExposureWindowH {
  readonly lastDoseH: number;
  readonly intervalH: number;
  readonly thresholdMgPerL?: number;
}

/**
 * A PK model ready to simulate one patient from its parameter values (in
 * ParameterModel.names order): closed form for the linear models, Dormand–Prince for ode.
 */
export interface PkModel {
  metrics(values: readonly number[], doses: readonly Dose[], window: ExposureWindowH): ExposureMetrics;
  concentrations(values: readonly number[], doses: readonly Dose[], timesH: ArrayLike<number>): Float64Array;
  /** C(t) for queries in any order up to untilH (exact for linear models; ode: interpolated on a fine grid). */
  course(values: readonly number[], doses: readonly Dose[], untilH: number): ConcentrationCourse;
  /**
   * One patient's exposure over windows of a schedule, for the time-driven adverse event
   * models: exact for the linear models; ode: the AUC to the solver's tolerance, Cmax sampled.
   */
  intervals?(values: readonly number[]): IntervalExposures;
}

/** Exposure of one patient over consecutive windows of a schedule (see exposureSeries). */
export interface IntervalExposures {
  series(doses: readonly Dose[], boundariesH: ArrayLike<number>, cmax: boolean): ExposureSeries;
}
