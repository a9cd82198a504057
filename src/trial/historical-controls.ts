import type { VirtualPopulation } from "../population/index.js";
import type { Endpoint } from "../spec/schema.js";
import type { EndpointOutcome } from "./endpoint-outcome.js";
import type { ReplicateSimulation } from "./simulate-replicate.js";
import type { TrialPlan } from "./trial-plan.js";

/**
 * Real control patients of the cohort with their real outcomes: the pool an external-control
 * design draws from (the rows the twin model was fitted on).
 */
export interface HistoricalControls {
  /** Rows of the eligible covariate table (plan.table). */
  readonly tableRows: Int32Array;
  /** continuous: the real change; binary: 1 event / 0 not; time-to-event: follow-up time (days). */
  readonly value: Float64Array;
  /** time-to-event: 1 if the follow-up ended in the event. */
  readonly event: Uint8Array;
}

function populationOf(plan: TrialPlan, rows: Int32Array): VirtualPopulation {
  const numeric = new Map<string, Float64Array>();
  const categorical = new Map<string, Int32Array>();
  for (const column of plan.table.numeric) numeric.set(column.name, Float64Array.from(rows, (row) => column.values[row] ?? Number.NaN));
  for (const column of plan.table.categorical) categorical.set(column.name, Int32Array.from(rows, (row) => column.codes[row] ?? -1));
  return { size: rows.length, sourceRow: Int32Array.from(rows), numeric, categorical };
}

function outcomeOf(endpoint: Endpoint, controls: HistoricalControls, positions: Int32Array, context: { population: VirtualPopulation; followUpDays: number; perPatient: number }): EndpointOutcome {
  const value = Float64Array.from(positions, (position) => controls.value[position] ?? Number.NaN);
  const size = positions.length;
  const unknown = new Float64Array(size).fill(Number.NaN);
  switch (endpoint.type) {
    case "continuous": {
      const baseline = context.population.numeric.get(endpoint.baseline_column ?? "") ?? new Float64Array(size);
      return { type: "continuous", baseline, change: value, twinChange: value, meanChange: unknown, twinMeanChange: unknown, residualSd: Number.NaN, visitChanges: [value], twinVisitChanges: [value] };
    }
    case "binary": {
      const response = Uint8Array.from(value);
      return { type: "binary", response, twinResponse: response, probability: unknown, twinProbability: unknown };
    }
    case "count": {
      const count = Int32Array.from(value);
      return { type: "count", count, twinCount: count, meanCount: unknown, twinMeanCount: unknown, exposureYears: new Float64Array(size).fill(Number.NaN) };
    }
    case "time-to-event": {
      // Followed as long as the trial follows its first patient: censored at the cutoff.
      const followUp = context.followUpDays;
      const event = Uint8Array.from(positions, (position, index) => (controls.event[position] === 1 && (value[index] as number) <= followUp ? 1 : 0));
      const time = Float64Array.from(value, (days) => Math.min(days, followUp));
      const draws = new Float64Array(size * context.perPatient).fill(Number.NaN);
      return {
        type: "time-to-event", timeDays: time, event, twinTimeDays: time, twinEvent: event, followUpDays: new Float64Array(size).fill(followUp),
        uncensoredDays: value, twinUncensoredDays: value, potential: { perPatient: context.perPatient, own: draws, twin: draws, sameHazard: new Uint8Array(size).fill(1) },
      };
    }
  }
}

/**
 * Historical controls as a simulation of their own (patients = the given pool positions),
 * so that a design can gather them next to its trial patients: covariates from the real rows,
 * outcomes the real ones, everyone in `arm`, entered on day 0.
 */
export function historicalSimulation(plan: TrialPlan, endpoint: Endpoint, controls: HistoricalControls, positions: Int32Array, context: { replicate: number; arm: number; cutoffDay: number; perPatient: number }): ReplicateSimulation {
  const rows = Int32Array.from(positions, (position) => controls.tableRows[position] ?? 0);
  const population = populationOf(plan, rows);
  const nulls = Array.from({ length: rows.length }, () => null);
  const outcome = outcomeOf(endpoint, controls, positions, { population, followUpDays: context.cutoffDay, perPatient: context.perPatient });
  return {
    replicate: context.replicate, population, arm: new Int32Array(rows.length).fill(context.arm), typical: [], parameters: undefined, exposure: nulls, twinExposure: nulls,
    endpoints: [outcome], adverseEvents: [], concentrations: undefined, entryDays: new Float64Array(rows.length), cutoffDay: context.cutoffDay, courses: undefined, dropout: undefined,
  };
}
