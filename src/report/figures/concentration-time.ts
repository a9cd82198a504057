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
}

/** One concentration measured in a real patient of the cohort (cohort.observations). */
export interface ObservedConcentration {
  readonly timeH: number;
  readonly concentrationMgPerL: number;
}

/** What the concentration–time figure plots. */
export interface ConcentrationTimeData {
  /** Dosed arms' labels, in spec order. */
  readonly arms: readonly string[];
  readonly bands: readonly ConcentrationBand[];
  readonly observed: readonly ObservedConcentration[];
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
 * patients' measured concentrations when the cohort has them. Undefined when no concentration was
 * sampled (no pk model, no sampling_times_h, or outputs.keep_replicates 0).
 */
export function concentrationTimeData(plan: TrialPlan, kept: readonly ReplicateSimulation[]): ConcentrationTimeData | undefined {
  if (plan.samplingTimesH.length === 0 || !kept.some((simulation) => simulation.concentrations !== undefined)) return undefined;
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
  return arms.length === 0 ? undefined : { arms, bands, observed: cohortObservations(plan) };
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
  const spec: TopLevelSpec = {
    ...figureFrame("Concentration–time by arm", [`Simulated concentrations with residual error: median (line) and 5th–95th percentile band (shaded) over the patients of ${trials}${data.observed.length === 0 ? "" : "; points: concentrations measured in the real patients"}`]),
    width: PLOT_WIDTH,
    height: PLOT_HEIGHT,
    layer: [
      { data: { values: bands }, mark: { type: "area", opacity: 0.25 }, encoding: { x, y: { field: "lower", type: "quantitative", title: "concentration (mg/L)" }, y2: { field: "upper" }, color: colour } },
      { data: { values: bands }, mark: { type: "line", point: true, strokeWidth: 2 }, encoding: { x, y: { field: "median", type: "quantitative" }, color: colour } },
      ...(data.observed.length === 0 ? [] : [{ data: { values: data.observed.map((point) => ({ series: OBSERVED_LABEL, timeH: point.timeH, concentration: point.concentrationMgPerL })) }, mark: { type: "point" as const, filled: true, size: 18, opacity: 0.7 }, encoding: { x, y: { field: "concentration", type: "quantitative" as const }, color: colour } }]),
    ],
  };
  return { file: "figures/concentration-time.svg", alt: "Concentration–time by arm: simulated median and 5th–95th percentile band" + (data.observed.length === 0 ? "" : ", with the cohort's measured concentrations"), spec };
}
