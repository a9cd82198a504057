import { quantileType7 } from "../stats/index.js";
import { streamFor } from "../rng/index.js";
import { addResidualError } from "../variability/index.js";
import { simulateReplicate, type ReplicateSimulation } from "./simulate-replicate.js";
import { STREAM_PURPOSES } from "./stream-purposes.js";
import type { TrialPlan } from "./trial-plan.js";

/** A percentile of the simulated observations: its median over replicates and a 95% interval. */
export interface SimulatedPercentile {
  readonly median: number;
  readonly lower: number;
  readonly upper: number;
}

/** One time bin of a visual predictive check. */
export interface VpcBin {
  readonly fromH: number;
  readonly toH: number;
  readonly medianTimeH: number;
  readonly observedCount: number;
  /** Observed lower, median and upper percentiles (e.g. 5th, 50th, 95th). */
  readonly observed: readonly [number, number, number];
  readonly simulated: readonly [SimulatedPercentile, SimulatedPercentile, SimulatedPercentile];
  /** Observed points inside the band [median of simulated lower, median of simulated upper]. */
  readonly insideBand: number;
}

export interface VpcResult {
  readonly bins: readonly VpcBin[];
  readonly probabilities: readonly [number, number, number];
  readonly observedCount: number;
  readonly insideBand: number;
  readonly replicates: number;
}

interface Observation {
  readonly patient: number;
  readonly timeH: number;
  readonly valueMgPerL: number;
  readonly bin: number;
}

/** The observations of the plan's virtual patients (method cohort: the real ones), binned by equal counts in time order. */
function observationsOf(plan: TrialPlan, population: ReplicateSimulation["population"], bins: number): Observation[] {
  const observed = plan.eligible.cohort.observations ?? [];
  const list: Omit<Observation, "bin">[] = [];
  for (let patient = 0; patient < population.size; patient++) {
    const row = plan.eligible.eligibleRows[population.sourceRow[patient] as number] as number;
    const mine = observed[row];
    mine?.timesH.forEach((timeH, index) => list.push({ patient, timeH, valueMgPerL: mine.concentrationsMgPerL[index] as number }));
  }
  const order = list.map((_, index) => index).sort((a, b) => (list[a]?.timeH ?? 0) - (list[b]?.timeH ?? 0) || a - b);
  const binOf = new Int32Array(list.length);
  order.forEach((index, rank) => (binOf[index] = Math.min(bins - 1, Math.floor((rank * bins) / list.length))));
  return list.map((entry, index) => ({ ...entry, bin: binOf[index] as number }));
}

function percentiles(values: readonly number[], probabilities: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  return probabilities.map((probability) => (sorted.length === 0 ? Number.NaN : quantileType7(sorted, probability)));
}

/** One replicate's simulated observations at the observed times, with residual error. */
function simulateObservations(plan: TrialPlan, simulation: ReplicateSimulation, observations: readonly Observation[]): Float64Array {
  const model = plan.pkModel;
  const rng = streamFor(plan.spec.trial.seed, STREAM_PURPOSES.observationError(simulation.replicate));
  const values = new Float64Array(observations.length);
  const byPatient = new Map<number, number[]>();
  observations.forEach((observation, index) => byPatient.set(observation.patient, [...(byPatient.get(observation.patient) ?? []), index]));
  for (const [patient, indexes] of [...byPatient].sort((a, b) => a[0] - b[0])) {
    const exposure = simulation.exposure[patient] ?? null;
    const times = indexes.map((index) => observations[index]?.timeH ?? 0);
    const parameters = simulation.parameters?.values.map((column) => column[patient] as number) ?? [];
    const truth = model === undefined || exposure === null ? new Float64Array(times.length) : model.concentrations(parameters, exposure.doses, times);
    indexes.forEach((index, position) => (values[index] = plan.residualError === undefined ? (truth[position] as number) : addResidualError(rng, truth[position] as number, plan.residualError)));
  }
  return values;
}

/**
 * A visual predictive check: simulates the study's own design `replicates` times (the same
 * patients, doses and sampling times, new random effects and residual errors), and compares
 * per time bin the simulated percentiles of the observations with the observed ones; counts
 * the observed points inside the simulated prediction band.
 *
 * Reference: Holford, N. (2005) The visual predictive check — superiority to standard
 * diagnostic (Rorschach) plots. PAGE 14, abstract 738; Bergstrand et al. (2011) AAPS J 13:143.
 */
export function runVpc(plan: TrialPlan, options: { readonly bins: number; readonly predictionInterval: number; readonly onReplicate?: (completed: number) => void }): VpcResult {
  const probabilities: [number, number, number] = [(1 - options.predictionInterval) / 2, 0.5, (1 + options.predictionInterval) / 2];
  const replicates = plan.spec.trial.replicates;
  const first = simulateReplicate(plan, 1);
  const observations = observationsOf(plan, first.population, options.bins);
  const perBin = Array.from({ length: options.bins }, () => probabilities.map(() => [] as number[]));
  for (let replicate = 1; replicate <= replicates; replicate++) {
    const simulation = replicate === 1 ? first : simulateReplicate(plan, replicate);
    const simulated = simulateObservations(plan, simulation, observations);
    for (let bin = 0; bin < options.bins; bin++) {
      const values = observations.flatMap((observation, index) => (observation.bin === bin ? [simulated[index] as number] : []));
      percentiles(values, probabilities).forEach((value, which) => perBin[bin]?.[which]?.push(value));
    }
    options.onReplicate?.(replicate);
  }
  const bins = perBin.map((percentileLists, bin): VpcBin => {
    const mine = observations.filter((observation) => observation.bin === bin);
    const simulatedPercentile = (values: readonly number[]): SimulatedPercentile => {
      const [lower, median, upper] = percentiles(values, [0.025, 0.5, 0.975]);
      return { median: median ?? Number.NaN, lower: lower ?? Number.NaN, upper: upper ?? Number.NaN };
    };
    const simulated = percentileLists.map(simulatedPercentile) as [SimulatedPercentile, SimulatedPercentile, SimulatedPercentile];
    const observedValues = mine.map((observation) => observation.valueMgPerL);
    const times = mine.map((observation) => observation.timeH);
    const inside = observedValues.filter((value) => value >= simulated[0].median && value <= simulated[2].median).length;
    return { fromH: Math.min(...times), toH: Math.max(...times), medianTimeH: percentiles(times, [0.5])[0] ?? Number.NaN, observedCount: mine.length, observed: percentiles(observedValues, probabilities) as [number, number, number], simulated, insideBand: inside };
  });
  return { bins, probabilities, observedCount: observations.length, insideBand: bins.reduce((sum, bin) => sum + bin.insideBand, 0), replicates };
}
