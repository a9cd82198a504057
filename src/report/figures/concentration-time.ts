import type { TopLevelSpec } from "vega-lite";
import { quantileType7 } from "../../stats/index.js";
import type { ReplicateSimulation, TrialPlan } from "../../trial/index.js";
import type { Figure } from "./figure.js";
import { figureFrame, OBSERVED_COLOUR, PLOT_HEIGHT, PLOT_WIDTH, seriesColours } from "./figure-style.js";

/** The percentiles a band spans and its middle line: the 5th, 50th and 95th. */
export const BAND_PROBABILITIES = [0.05, 0.5, 0.95] as const;

/** One arm's simulated concentrations at one sampling time: 5th, 50th and 95th percentile over the kept trials' patients. */
export interface ConcentrationBand {
  readonly arm: string;
  readonly timeH: number;
  readonly lowerMgPerL: number;
  readonly medianMgPerL: number;
  readonly upperMgPerL: number;
  /** Concentrations the percentiles are of. */
  readonly count: number;
  /** Predicted profiles: the panel (FIRST_WINDOW or LAST_WINDOW). */
  readonly window?: string;
}

/** One concentration measured in a real patient of the cohort (cohort.observations). */
export interface ObservedConcentration {
  readonly timeH: number;
  readonly concentrationMgPerL: number;
  /** Predicted profiles: the panel the point is drawn in. */
  readonly window?: string;
}

/** What the concentration–time figure plots. */
export interface ConcentrationTimeData {
  /** Dosed arms' labels, in spec order. */
  readonly arms: readonly string[];
  readonly bands: readonly ConcentrationBand[];
  readonly observed: readonly ObservedConcentration[];
  /**
   * sampled: the observed concentrations (with residual error) at pk.sampling_times_h;
   * predicted: without sampling times, the model's concentrations (no residual error) every
   * `stepH` hours over the first and the last dosing interval (predictionWindowsH).
   */
  readonly kind?: "sampled" | "predicted";
  readonly stepH?: number;
}

/** Grid times per dosing interval of a predicted profile: hourly for a daily regimen. */
export const STEPS_PER_INTERVAL = 24;
/** The windows of a predicted profile, as the figure's panels name them. */
export const FIRST_WINDOW = "after the first dose";
export const LAST_WINDOW = "last dosing interval";

/**
 * The grids of a predicted profile: the first dosing interval [0, τ] and, when there is more
 * than one dose, the last one [last dose, last dose + τ] (at or near steady state), each every
 * τ / 24 h as whole multiples of the step (no accumulated rounding).
 *
 * @example predictionWindowsH(48, 24) // [{ window: "after the first dose", timesH: 0, 1, …, 24 }, { window: "last dosing interval", timesH: 48, 49, …, 72 }]
 */
export function predictionWindowsH(lastDoseH: number, intervalH: number): { window: string; timesH: Float64Array }[] {
  const stepH = intervalH / STEPS_PER_INTERVAL;
  const grid = (startH: number) => Float64Array.from({ length: STEPS_PER_INTERVAL + 1 }, (_, index) => startH + index * stepH);
  return lastDoseH > 0 ? [{ window: FIRST_WINDOW, timesH: grid(0) }, { window: LAST_WINDOW, timesH: grid(lastDoseH) }] : [{ window: FIRST_WINDOW, timesH: grid(0) }];
}

/** Each dosed arm's predicted concentrations on the grid: one list of patients' values per grid time. */
function predictedSamples(plan: TrialPlan, kept: readonly ReplicateSimulation[], armIndex: number, timesH: Float64Array): number[][] {
  const samples = Array.from(timesH, () => [] as number[]);
  const model = plan.pkModel;
  if (model === undefined) return samples;
  for (const simulation of kept) {
    const parameters = simulation.parameters;
    if (parameters === undefined) continue;
    simulation.exposure.forEach((exposure, patient) => {
      if (exposure === null || exposure.doses.length === 0 || simulation.arm[patient] !== armIndex) return;
      const values = parameters.values.map((column) => column[patient] as number);
      const concentrations = model.concentrations(values, exposure.doses, timesH);
      samples.forEach((list, index) => list.push(concentrations[index] as number));
    });
  }
  return samples;
}

/**
 * Without sampling times: per dosed arm, the 5th, 50th and 95th percentiles of the kept trials'
 * patients' model-predicted concentrations (as dosed: missed doses, titration) every τ/24 h over
 * the first and the last dosing interval.
 * Undefined without a PK model or kept replicates with treated patients.
 */
export function predictedConcentrationData(plan: TrialPlan, kept: readonly ReplicateSimulation[]): ConcentrationTimeData | undefined {
  if (plan.pkModel === undefined || kept.length === 0) return undefined;
  const dosed = plan.arms.filter((arm) => arm.dosing !== undefined);
  if (dosed.length === 0) return undefined;
  const lastDoseH = Math.max(...dosed.map((arm) => arm.dosing?.lastDoseH ?? 0));
  const intervalH = Math.max(...dosed.map((arm) => arm.dosing?.regimen.interval_h ?? 0));
  if (!(intervalH > 0)) return undefined;
  const windows = predictionWindowsH(lastDoseH, intervalH);
  const timesH = Float64Array.from(windows.flatMap((window) => Array.from(window.timesH)));
  const windowOf = windows.flatMap((window) => Array.from(window.timesH, () => window.window));
  const bands: ConcentrationBand[] = [];
  const arms: string[] = [];
  for (const arm of dosed) {
    const samples = predictedSamples(plan, kept, arm.index, timesH);
    if (samples.every((values) => values.length === 0)) continue;
    arms.push(arm.label);
    samples.forEach((values, index) => {
      const [lowerMgPerL, medianMgPerL, upperMgPerL] = percentileBand(values);
      bands.push({ arm: arm.label, timeH: timesH[index] as number, lowerMgPerL, medianMgPerL, upperMgPerL, count: values.length, window: windowOf[index] as string });
    });
  }
  // The cohort's measured points go in the window their time falls in.
  const observed = cohortObservations(plan).flatMap((point) => {
    const window = windows.find((candidate) => point.timeH >= (candidate.timesH[0] as number) && point.timeH <= (candidate.timesH[candidate.timesH.length - 1] as number));
    return window === undefined ? [] : [{ ...point, window: window.window }];
  });
  return arms.length === 0 ? undefined : { arms, bands, observed, kind: "predicted", stepH: intervalH / STEPS_PER_INTERVAL };
}

/**
 * The 5th, 50th and 95th percentiles (type 7, R's default) of a set of concentrations.
 *
 * @example percentileBand([1, 2, 3, 4, 5]) // [1.2, 3, 4.8]
 */
export function percentileBand(values: readonly number[]): [number, number, number] {
  const sorted = [...values].sort((a, b) => a - b);
  return [quantileType7(sorted, BAND_PROBABILITIES[0]), quantileType7(sorted, BAND_PROBABILITIES[1]), quantileType7(sorted, BAND_PROBABILITIES[2])];
}

/** Each arm's observed (with residual error) concentrations at each sampling time, over the kept trials. */
function armSamples(plan: TrialPlan, kept: readonly ReplicateSimulation[], armIndex: number): number[][] {
  const samples = Array.from(plan.samplingTimesH, () => [] as number[]);
  for (const simulation of kept) {
    const sampled = simulation.concentrations;
    if (sampled === undefined) continue;
    sampled.trueMgPerL.forEach((truth, patient) => {
      if (truth === null || simulation.arm[patient] !== armIndex) return;
      const observed = sampled.observedMgPerL[patient] ?? truth;
      samples.forEach((values, index) => values.push(observed[index] as number));
    });
  }
  return samples;
}

/** The cohort's own measured concentrations of the eligible real patients (none without cohort.observations). */
function cohortObservations(plan: TrialPlan): ObservedConcentration[] {
  const observations = plan.eligible.cohort.observations;
  if (observations === undefined) return [];
  return Array.from(plan.eligible.eligibleRows).flatMap((row) => {
    const patient = observations[row];
    return patient === undefined ? [] : Array.from(patient.timesH, (timeH, index) => ({ timeH, concentrationMgPerL: patient.concentrationsMgPerL[index] as number }));
  });
}

/**
 * The concentration–time figure's data: per dosed arm and sampling time, the percentiles of the
 * kept trials' observed concentrations (concentrations.csv's observed_mg_per_l), and the real
 * patients' measured concentrations when the cohort has them. Without sampling_times_h, the
 * model-predicted profile over the first and last dosing intervals (predictedConcentrationData). Undefined without a PK model or
 * with outputs.keep_replicates 0.
 */
export function concentrationTimeData(plan: TrialPlan, kept: readonly ReplicateSimulation[]): ConcentrationTimeData | undefined {
  if (plan.samplingTimesH.length === 0) return predictedConcentrationData(plan, kept);
  if (!kept.some((simulation) => simulation.concentrations !== undefined)) return undefined;
  const bands: ConcentrationBand[] = [];
  const arms: string[] = [];
  for (const arm of plan.arms) {
    if (arm.dosing === undefined) continue;
    const samples = armSamples(plan, kept, arm.index);
    if (samples.every((values) => values.length === 0)) continue;
    arms.push(arm.label);
    samples.forEach((values, index) => {
      const [lowerMgPerL, medianMgPerL, upperMgPerL] = percentileBand(values);
      bands.push({ arm: arm.label, timeH: plan.samplingTimesH[index] as number, lowerMgPerL, medianMgPerL, upperMgPerL, count: values.length });
    });
  }
  return arms.length === 0 ? undefined : { arms, bands, observed: cohortObservations(plan), kind: "sampled" };
}

/** A grid step for reading: whole hours as they are, else 3 significant digits. */
function formatStep(stepH: number): string {
  return Number.isInteger(stepH) ? String(stepH) : stepH.toPrecision(3);
}

/** The legend entry of the real patients' concentrations. */
export const OBSERVED_LABEL = "measured in the real patients (cohort)";

/** The concentration–time figure: a shaded 5th–95th percentile band and a median line per arm, and the cohort's measured points. */
export function concentrationTimeFigure(data: ConcentrationTimeData, context: { replicates: number }): Figure {
  const series = data.observed.length === 0 ? data.arms : [...data.arms, OBSERVED_LABEL];
  const colour = { field: "series", type: "nominal", title: null, scale: { domain: [...series], range: [...seriesColours(data.arms.length), OBSERVED_COLOUR] }, legend: { orient: "bottom", direction: "vertical" } } as const;
  const x = { field: "timeH", type: "quantitative", title: "time after the first dose (h)" } as const;
  const bands = data.bands.map((band) => ({ series: band.arm, timeH: band.timeH, lower: band.lowerMgPerL, median: band.medianMgPerL, upper: band.upperMgPerL }));
  const trials = context.replicates === 1 ? "the first simulated trial" : `the first ${context.replicates} simulated trials`;
  const predicted = data.kind === "predicted";
  const what = predicted ? `Model-predicted concentrations (no residual error, every ${formatStep(data.stepH ?? Number.NaN)} h)` : "Simulated concentrations with residual error";
  const frame = figureFrame("Concentration–time by arm", [`${what}: median (line) and 5th–95th percentile band (shaded) over the patients of ${trials}${data.observed.length === 0 ? "" : "; points: concentrations measured in the real patients"}`]);
  const y = { type: "quantitative", title: "concentration (mg/L)" } as const;
  const spec: TopLevelSpec = predicted
    ? {
        // One panel per window (after the first dose, last interval), each with its own time axis.
        ...frame,
        data: { values: [...bands.map((band, index) => ({ ...band, window: data.bands[index]?.window ?? FIRST_WINDOW })), ...data.observed.map((point) => ({ series: OBSERVED_LABEL, window: point.window ?? FIRST_WINDOW, timeH: point.timeH, concentration: point.concentrationMgPerL }))] },
        facet: { column: { field: "window", type: "nominal", title: null, sort: [FIRST_WINDOW, LAST_WINDOW], header: { labelFontSize: 12 } } },
        spec: {
          width: Math.round(PLOT_WIDTH / 2),
          height: PLOT_HEIGHT,
          layer: [
            { transform: [{ filter: "isValid(datum.lower)" }], mark: { type: "area", opacity: 0.25 }, encoding: { x, y: { ...y, field: "lower" }, y2: { field: "upper" }, color: colour } },
            { transform: [{ filter: "isValid(datum.median)" }], mark: { type: "line", strokeWidth: 2 }, encoding: { x, y: { ...y, field: "median" }, color: colour } },
            ...(data.observed.length === 0 ? [] : [{ transform: [{ filter: "isValid(datum.concentration)" }], mark: { type: "point" as const, filled: true, size: 18, opacity: 0.7 }, encoding: { x, y: { ...y, field: "concentration" }, color: colour } }]),
          ],
        },
        resolve: { scale: { x: "independent" } },
      }
    : {
        ...frame,
        width: PLOT_WIDTH,
        height: PLOT_HEIGHT,
        layer: [
          { data: { values: bands }, mark: { type: "area", opacity: 0.25 }, encoding: { x, y: { ...y, field: "lower" }, y2: { field: "upper" }, color: colour } },
          { data: { values: bands }, mark: { type: "line", point: true, strokeWidth: 2 }, encoding: { x, y: { field: "median", type: "quantitative" }, color: colour } },
          ...(data.observed.length === 0 ? [] : [{ data: { values: data.observed.map((point) => ({ series: OBSERVED_LABEL, timeH: point.timeH, concentration: point.concentrationMgPerL })) }, mark: { type: "point" as const, filled: true, size: 18, opacity: 0.7 }, encoding: { x, y: { field: "concentration", type: "quantitative" as const }, color: colour } }]),
        ],
      };
  return { file: "figures/concentration-time.svg", alt: "Concentration–time by arm: simulated median and 5th–95th percentile band" + (data.observed.length === 0 ? "" : ", with the cohort's measured concentrations"), spec };
}
