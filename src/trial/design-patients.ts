import type { VirtualPopulation } from "../population/index.js";
import type { EndpointOutcome, PotentialTimes, TimeToEventOutcome } from "./endpoint-outcome.js";
import type { ReplicateSimulation } from "./simulate-replicate.js";

/**
 * Some patients of one simulation, entering a design's trial in one arm. `observe` says which
 * of their potential outcomes the design sees: their own (simulated on drug) or their twin's
 * (under control); "twin" also makes their own outcome the twin's, so a treated patient whose
 * outcome is its twin's has a true effect of exactly 0 (the null run).
 */
export interface PatientPart {
  readonly simulation: ReplicateSimulation;
  readonly patients: ArrayLike<number>;
  readonly arm: number;
  readonly observe: "own" | "twin";
}

function gatherFloat(parts: readonly PatientPart[], pick: (part: PatientPart) => Float64Array): Float64Array {
  const values: number[] = [];
  for (const part of parts) {
    const source = pick(part);
    for (let index = 0; index < part.patients.length; index++) values.push(source[part.patients[index] as number] ?? Number.NaN);
  }
  return Float64Array.from(values);
}

function gatherBytes(parts: readonly PatientPart[], pick: (part: PatientPart) => Uint8Array): Uint8Array {
  return Uint8Array.from(gatherFloat(parts, (part) => Float64Array.from(pick(part))));
}

function gatherPopulation(parts: readonly PatientPart[]): VirtualPopulation {
  const first = parts[0]?.simulation.population;
  const numeric = new Map<string, Float64Array>();
  const categorical = new Map<string, Int32Array>();
  for (const name of first?.numeric.keys() ?? []) numeric.set(name, gatherFloat(parts, (part) => part.simulation.population.numeric.get(name) ?? new Float64Array(part.simulation.population.size).fill(Number.NaN)));
  for (const name of first?.categorical.keys() ?? []) categorical.set(name, Int32Array.from(gatherFloat(parts, (part) => Float64Array.from(part.simulation.population.categorical.get(name) ?? new Int32Array(part.simulation.population.size).fill(-1)))));
  return { size: parts.reduce((sum, part) => sum + part.patients.length, 0), sourceRow: Int32Array.from(gatherFloat(parts, (part) => Float64Array.from(part.simulation.population.sourceRow))), numeric, categorical };
}

function gatherPotential(parts: readonly PatientPart[], outcomeOf: (part: PatientPart) => TimeToEventOutcome): PotentialTimes {
  const perPatient = outcomeOf(parts[0] as PatientPart).potential.perPatient;
  const own: number[] = [];
  const twin: number[] = [];
  const same: number[] = [];
  for (const part of parts) {
    const { potential } = outcomeOf(part);
    // Parts of other sizes draw other counts per patient: keep the first part's count (NaN beyond a part's own).
    const stride = potential.perPatient;
    for (let index = 0; index < part.patients.length; index++) {
      const patient = part.patients[index] as number;
      for (let draw = 0; draw < perPatient; draw++) {
        const at = patient * stride + draw;
        const twinTime = draw < stride ? (potential.twin[at] as number) : Number.NaN;
        twin.push(twinTime);
        own.push(part.observe === "twin" || draw >= stride ? twinTime : (potential.own[at] as number));
      }
      same.push(part.observe === "twin" ? 1 : (potential.sameHazard[patient] as number));
    }
  }
  return { perPatient, own: Float64Array.from(own), twin: Float64Array.from(twin), sameHazard: Uint8Array.from(same) };
}

/** The endpoint outcome of the gathered patients, own arrays from `observe`. */
function gatherOutcome(parts: readonly PatientPart[], endpointIndex: number): EndpointOutcome {
  const outcomeOf = (part: PatientPart) => part.simulation.endpoints[endpointIndex] as EndpointOutcome;
  const first = outcomeOf(parts[0] as PatientPart);
  const f = <T extends EndpointOutcome>(own: (outcome: T) => Float64Array, twin: (outcome: T) => Float64Array) => ({
    own: gatherFloat(parts, (part) => (part.observe === "twin" ? twin(outcomeOf(part) as T) : own(outcomeOf(part) as T))),
    twin: gatherFloat(parts, (part) => twin(outcomeOf(part) as T)),
  });
  const b = <T extends EndpointOutcome>(own: (outcome: T) => Uint8Array, twin: (outcome: T) => Uint8Array) => ({
    own: gatherBytes(parts, (part) => (part.observe === "twin" ? twin(outcomeOf(part) as T) : own(outcomeOf(part) as T))),
    twin: gatherBytes(parts, (part) => twin(outcomeOf(part) as T)),
  });
  // Dropout: a patient the trial did not observe stays unobserved in every design (default: observed).
  const anyMask = parts.some((part) => { const outcome = outcomeOf(part); return outcome.type !== "time-to-event" && outcome.observed !== undefined; });
  const masks = anyMask ? { observed: gatherBytes(parts, (part) => { const outcome = outcomeOf(part); return (outcome.type === "time-to-event" ? undefined : outcome.observed) ?? new Uint8Array(part.simulation.population.size).fill(1); }) } : {};
  switch (first.type) {
    case "continuous": {
      type C = Extract<EndpointOutcome, { type: "continuous" }>;
      const change = f<C>((o) => o.change, (o) => o.twinChange);
      const mean = f<C>((o) => o.meanChange, (o) => o.twinMeanChange);
      return { type: "continuous", baseline: gatherFloat(parts, (part) => (outcomeOf(part) as C).baseline), change: change.own, twinChange: change.twin, meanChange: mean.own, twinMeanChange: mean.twin, residualSd: first.residualSd, visitChanges: [change.own], twinVisitChanges: [change.twin], ...masks };
    }
    case "binary": {
      type B = Extract<EndpointOutcome, { type: "binary" }>;
      const response = b<B>((o) => o.response, (o) => o.twinResponse);
      const probability = f<B>((o) => o.probability, (o) => o.twinProbability);
      return { type: "binary", response: response.own, twinResponse: response.twin, probability: probability.own, twinProbability: probability.twin, ...masks };
    }
    case "count": {
      type N = Extract<EndpointOutcome, { type: "count" }>;
      const count = f<N>((o) => Float64Array.from(o.count), (o) => Float64Array.from(o.twinCount));
      const mean = f<N>((o) => o.meanCount, (o) => o.twinMeanCount);
      return { type: "count", count: Int32Array.from(count.own), twinCount: Int32Array.from(count.twin), meanCount: mean.own, twinMeanCount: mean.twin, exposureYears: gatherFloat(parts, (part) => (outcomeOf(part) as N).exposureYears), ...masks };
    }
    case "time-to-event": {
      const time = f<TimeToEventOutcome>((o) => o.timeDays, (o) => o.twinTimeDays);
      const event = b<TimeToEventOutcome>((o) => o.event, (o) => o.twinEvent);
      const uncensored = f<TimeToEventOutcome>((o) => o.uncensoredDays, (o) => o.twinUncensoredDays);
      return {
        type: "time-to-event", timeDays: time.own, event: event.own, twinTimeDays: time.twin, twinEvent: event.twin,
        followUpDays: gatherFloat(parts, (part) => (outcomeOf(part) as TimeToEventOutcome).followUpDays), uncensoredDays: uncensored.own, twinUncensoredDays: uncensored.twin,
        potential: gatherPotential(parts, (part) => outcomeOf(part) as TimeToEventOutcome),
      };
    }
  }
}

/**
 * A design's trial as one simulation, for the ordinary analyses: the given patients of one
 * or more simulations (concurrent patients, their synthetic twins, historical controls), in
 * part order, with the one endpoint the designs compare. Exposure, adverse events and
 * concentrations are left out: the design comparison reads only that endpoint.
 */
export function gatherPatients(parts: readonly PatientPart[], endpointIndex: number): ReplicateSimulation {
  const first = (parts[0] as PatientPart).simulation;
  const population = gatherPopulation(parts);
  const arm = Int32Array.from(parts.flatMap((part) => Array.from({ length: part.patients.length }, () => part.arm)));
  const nulls = Array.from({ length: arm.length }, () => null);
  return {
    replicate: first.replicate, population, arm, typical: [], parameters: undefined, exposure: nulls, twinExposure: nulls,
    endpoints: [gatherOutcome(parts, endpointIndex)], adverseEvents: [], concentrations: undefined,
    entryDays: gatherFloat(parts, (part) => part.simulation.entryDays), cutoffDay: first.cutoffDay, courses: undefined, dropout: undefined,
  };
}
