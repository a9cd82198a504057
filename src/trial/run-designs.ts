import { sampleCorrelation } from "simple-statistics";
import type { VirtualPopulation } from "../population/index.js";
import { drawIndex, drawStandardNormal, streamFor } from "../rng/index.js";
import { analyseEfficacy, type EfficacyResult } from "./analyse-efficacy.js";
import { allocateArms } from "./allocate-arms.js";
import { DRIFT_COLUMN, PROGNOSTIC_SCORE_COLUMN, type DesignEntry, type DesignSetup } from "./design-setup.js";
import { matchControls, matchingRows, matchingTerms } from "./design-matching.js";
import { gatherPatients, type PatientPart } from "./design-patients.js";
import type { EndpointOutcome } from "./endpoint-outcome.js";
import { historicalSimulation } from "./historical-controls.js";
import { linearPredictor } from "./linear-predictor.js";
import { simulateReplicate, type ReplicateSimulation } from "./simulate-replicate.js";
import { EfficacySummariser, type EfficacySummary } from "./summarise.js";

/** A design's operating characteristics over the run. */
export interface DesignResult {
  readonly entry: DesignEntry;
  /** Every method of the design's analysis, with the drug effect of the spec. */
  readonly alternative: readonly EfficacySummary[];
  /** The same with no drug effect (treated patients observe their twin's outcome), when null_run. */
  readonly nullRun: readonly EfficacySummary[] | undefined;
  /** PROCOVA: the primary analysis without the prognostic score, on the same trials. */
  readonly unadjusted: readonly EfficacySummary[] | undefined;
  /** PROCOVA, continuous endpoints: mean correlation between prognostic score and outcome in the control arm. */
  readonly prognosticCorrelation: number;
  /** external-control: mean number of matched pairs, and replicates whose propensity model failed. */
  readonly meanMatchedPairs: number;
  readonly propensityFailures: number;
  /** external-control: mean standardized differences per matching term, before and after matching. */
  readonly balance: readonly { readonly term: string; readonly before: number; readonly after: number }[];
}

/** Seeded stream purposes of the designs (in addition to the trial's own). */
const DESIGN_STREAMS = {
  drift: (replicate: number, endpoint: string) => [replicate, "drift", endpoint],
  allocation: (replicate: number, design: string) => [replicate, "design-allocation", design],
  historical: (replicate: number) => [replicate, "historical-controls"],
  syntheticTag: "synthetic-control",
  historicalTag: "historical-controls",
} as const;

function range(count: number): Int32Array {
  return Int32Array.from({ length: count }, (_, index) => index);
}

function withColumn(simulation: ReplicateSimulation, name: string, values: Float64Array): ReplicateSimulation {
  const numeric = new Map(simulation.population.numeric);
  numeric.set(name, values);
  return { ...simulation, population: { ...simulation.population, numeric } };
}

/** The twin model's expected outcome without drug, on the analysis's scale (change, logit, log hazard, log rate). */
function prognosticScores(setup: DesignSetup, generator: ReplicateSimulation): Float64Array {
  const outcome = generator.endpoints[0] as EndpointOutcome;
  switch (outcome.type) {
    case "continuous":
      return outcome.meanChange;
    case "binary":
      return outcome.probability.map((p) => Math.log(p / (1 - p)));
    case "count":
      return outcome.meanCount.map(Math.log);
    case "time-to-event":
      return Float64Array.from({ length: generator.population.size }, (_, patient) => linearPredictor(setup.endpoint.covariates ?? [], generator.population, patient));
  }
}

/** What one design contributes from one replicate: plain data, so a worker can send it and a shard can store it. */
export interface DesignReplicate {
  /** False when the design could not run this replicate (an external control without historical patients). */
  readonly ran: boolean;
  readonly alternative: readonly EfficacyResult[];
  readonly unadjusted: readonly EfficacyResult[];
  readonly nullRun: readonly EfficacyResult[];
  /** PROCOVA: correlation of prognostic score and outcome among the controls (undefined when not computed). */
  readonly correlation?: number;
  /** external-control: the matching of the replicate. */
  readonly matching?: { readonly pairs: number; readonly fellBack: boolean; readonly smdBefore: readonly number[]; readonly smdAfter: readonly number[] };
}

const NOT_RUN: DesignReplicate = { ran: false, alternative: [], unadjusted: [], nullRun: [] };

class DesignAccumulator {
  readonly alternative = new EfficacySummariser();
  readonly nullRun = new EfficacySummariser();
  readonly unadjusted = new EfficacySummariser();
  correlationSum = 0;
  correlationCount = 0;
  matchedPairs = 0;
  propensityFailures = 0;
  smdBefore: number[] = [];
  smdAfter: number[] = [];
  replicates = 0;

  add(record: DesignReplicate): void {
    if (!record.ran) return;
    if (record.correlation !== undefined) {
      this.correlationSum += record.correlation;
      this.correlationCount += 1;
    }
    if (record.matching !== undefined) {
      this.matchedPairs += record.matching.pairs;
      this.propensityFailures += record.matching.fellBack ? 1 : 0;
      accumulate(this.smdBefore, record.matching.smdBefore);
      accumulate(this.smdAfter, record.matching.smdAfter);
    }
    this.replicates += 1;
    for (const result of record.alternative) this.alternative.add(result);
    for (const result of record.unadjusted) this.unadjusted.add(result);
    for (const result of record.nullRun) this.nullRun.add(result);
  }
}

/**
 * Runs every design of a spec on the same virtual patients, replicate by replicate: the
 * concurrent patients (each simulated on drug and as its twin under control, with the
 * spec's drift), the twin generator's synthetic controls (the same patients under control,
 * without drift, with independent noise) and the historical controls (the real control
 * patients, resampled each replicate). Each design takes the first patients it needs, so
 * designs differ only in how they use them. The null run lets every treated patient
 * observe its twin's outcome: the drug does nothing, everything else is unchanged.
 */
export class DesignSimulator {
  constructor(readonly setup: DesignSetup) {}

  private augment(population: VirtualPopulation, replicate: number): VirtualPopulation {
    const drift = this.setup.drift;
    if (drift === undefined) return population;
    const rng = streamFor(this.setup.concurrentPlan.spec.trial.seed, DESIGN_STREAMS.drift(replicate, this.setup.endpoint.id));
    const values = Float64Array.from({ length: population.size }, () => drift.shift + drift.unmeasuredSd * drawStandardNormal(rng));
    const numeric = new Map(population.numeric);
    numeric.set(DRIFT_COLUMN, values);
    return { ...population, numeric };
  }

  /** Simulates and analyses replicate `replicate` (1-based) of every design, in spec order. Pure: depends on the setup and the replicate only. */
  simulate(replicate: number): DesignReplicate[] {
    const { setup } = this;
    const seed = setup.concurrentPlan.spec.trial.seed;
    const concurrent = simulateReplicate(setup.concurrentPlan, replicate, { augment: (population, r) => this.augment(population, r) });
    const needsGenerator = setup.entries.some((entry) => entry.design.kind === "single-arm-synthetic" || entry.design.prognostic_score);
    const generator = needsGenerator ? simulateReplicate(setup.generatorPlan, replicate, { outcomeTag: DESIGN_STREAMS.syntheticTag }) : undefined;
    const historical = setup.historical;
    const needsHistorical = setup.entries.some((entry) => entry.design.kind === "external-control");
    let pool: Int32Array | undefined;
    if (needsHistorical && historical !== undefined) {
      const rng = streamFor(seed, DESIGN_STREAMS.historical(replicate));
      pool = Int32Array.from(historical.tableRows, () => drawIndex(rng, historical.tableRows.length));
    }
    const scores = generator === undefined ? undefined : prognosticScores(setup, generator);
    const modelled = pool !== undefined && historical !== undefined && setup.entries.some((entry) => entry.design.historical_outcomes === "twin-model") ? this.modelledHistorical(replicate, pool, concurrent) : undefined;
    return setup.entries.map((entry) => this.runDesign(entry, { replicate, concurrent, generator, pool, scores, modelled }));
  }

  /** The historical patients of the replicate with outcomes drawn from the twin model (no drift, own noise), followed to the cutoff. */
  private modelledHistorical(replicate: number, pool: Int32Array, concurrent: ReplicateSimulation): ReplicateSimulation {
    const { setup } = this;
    const real = historicalSimulation(setup.concurrentPlan, setup.endpoint, setup.historical as NonNullable<DesignSetup["historical"]>, pool, { replicate, arm: setup.controlArm.index, cutoffDay: concurrent.cutoffDay, perPatient: perPatientOf(concurrent) });
    // Historical patients are followed from day 0 to the cutoff: no enrolment model.
    const { enrolment: _enrolment, ...spec } = setup.generatorPlan.spec;
    const plan = { ...setup.generatorPlan, spec, patientCount: pool.length };
    return simulateReplicate(plan, replicate, { outcomeTag: DESIGN_STREAMS.historicalTag, augment: () => real.population });
  }

  private runDesign(entry: DesignEntry, context: { replicate: number; concurrent: ReplicateSimulation; generator: ReplicateSimulation | undefined; pool: Int32Array | undefined; scores: Float64Array | undefined; modelled: ReplicateSimulation | undefined }): DesignReplicate {
    const { setup } = this;
    const { replicate, concurrent, generator, scores } = context;
    const { design } = entry;
    const drug = setup.drugArm.index;
    const control = setup.controlArm.index;
    let build: (observe: "own" | "twin") => ReplicateSimulation;
    let correlation: number | undefined;
    let matching: DesignReplicate["matching"];
    if (design.kind === "randomised") {
      const arms = allocateArms(entry.allocationBlock, entry.trialPatients, streamFor(setup.concurrentPlan.spec.trial.seed, DESIGN_STREAMS.allocation(replicate, design.id)));
      const treated = range(entry.trialPatients).filter((patient) => arms[patient] === drug);
      const controls = range(entry.trialPatients).filter((patient) => arms[patient] === control);
      build = (observe) => {
        const simulation = gatherPatients([{ simulation: concurrent, patients: treated, arm: drug, observe }, { simulation: concurrent, patients: controls, arm: control, observe: "twin" }], 0);
        if (!design.prognostic_score || scores === undefined) return simulation;
        return withColumn(simulation, PROGNOSTIC_SCORE_COLUMN, Float64Array.from([...treated, ...controls], (patient) => scores[patient] as number));
      };
      if (design.prognostic_score && scores !== undefined) correlation = controlCorrelation(concurrent, controls, scores);
    } else if (design.kind === "single-arm-synthetic") {
      const patients = range(entry.trialPatients);
      build = (observe) => gatherPatients([{ simulation: concurrent, patients, arm: drug, observe }, { simulation: generator as ReplicateSimulation, patients, arm: control, observe: "own" }], 0);
    } else {
      const historical = setup.historical;
      const pool = context.pool;
      if (historical === undefined || pool === undefined) return NOT_RUN;
      const terms = matchingTerms(design, setup.endpoint);
      const trialPatients = range(entry.trialPatients);
      const historicalPopulation = historicalSimulation(setup.concurrentPlan, setup.endpoint, historical, pool, { replicate, arm: control, cutoffDay: concurrent.cutoffDay, perPatient: perPatientOf(concurrent) });
      // Historical patients missing a matching covariate cannot be matched: they are not candidates.
      const allRows = matchingRows(historicalPopulation.population, range(pool.length), terms);
      const candidates = Int32Array.from(allRows.flatMap((row, position) => (row.every(Number.isFinite) ? [position] : [])));
      const found = matchControls(design, matchingRows(concurrent.population, trialPatients, terms), Array.from(candidates, (position) => allRows[position] as number[]));
      const match = { ...found, historical: Int32Array.from(found.historical, (index) => candidates[index] as number) };
      matching = { pairs: match.trial.length, fellBack: match.fellBack, smdBefore: [...match.smdBefore], smdAfter: [...match.smdAfter] };
      const controls = design.historical_outcomes === "twin-model" ? (context.modelled as ReplicateSimulation) : historicalPopulation;
      const parts = (observe: "own" | "twin"): PatientPart[] => [
        { simulation: concurrent, patients: match.trial, arm: drug, observe },
        { simulation: controls, patients: match.historical, arm: control, observe: "own" },
      ];
      build = (observe) => gatherPatients(parts(observe), 0);
    }
    const alternative = build("own");
    return {
      ran: true,
      alternative: analyseEfficacy(entry.analysisPlan, alternative),
      unadjusted: entry.unadjustedPlan === undefined ? [] : analyseEfficacy(entry.unadjustedPlan, alternative),
      nullRun: setup.nullRun ? analyseEfficacy(entry.analysisPlan, build("twin")) : [],
      ...(correlation === undefined ? {} : { correlation }),
      ...(matching === undefined ? {} : { matching }),
    };
  }
}

/** Correlation of the prognostic score with the controls' outcome (continuous endpoints, at least 3 controls), undefined when not finite. */
function controlCorrelation(concurrent: ReplicateSimulation, controls: Int32Array, scores: Float64Array): number | undefined {
  const outcome = concurrent.endpoints[0];
  if (outcome?.type !== "continuous" || controls.length < 3) return undefined;
  const rho = sampleCorrelation(Array.from(controls, (patient) => scores[patient] as number), Array.from(controls, (patient) => outcome.twinChange[patient] as number));
  return Number.isFinite(rho) ? rho : undefined;
}

/** Accumulates the designs' replicates, in replicate order, into their operating characteristics. */
export class DesignRunner {
  private readonly accumulators: DesignAccumulator[];
  readonly simulator: DesignSimulator;

  constructor(private readonly setup: DesignSetup) {
    this.simulator = new DesignSimulator(setup);
    this.accumulators = setup.entries.map(() => new DesignAccumulator());
  }

  /** Simulates, analyses and accumulates replicate `replicate`. */
  add(replicate: number): void {
    this.accumulate(this.simulator.simulate(replicate));
  }

  /** Adds one replicate's records (from DesignSimulator.simulate, here or in a worker). */
  accumulate(records: readonly DesignReplicate[]): void {
    records.forEach((record, index) => (this.accumulators[index] as DesignAccumulator).add(record));
  }

  result(): DesignResult[] {
    const { setup } = this;
    return setup.entries.map((entry, index) => {
      const accumulator = this.accumulators[index] as DesignAccumulator;
      const terms = entry.design.kind === "external-control" ? matchingTerms(entry.design, setup.endpoint) : [];
      const replicates = Math.max(1, accumulator.replicates);
      return {
        entry,
        alternative: accumulator.alternative.result(),
        nullRun: setup.nullRun ? accumulator.nullRun.result() : undefined,
        unadjusted: entry.unadjustedPlan === undefined ? undefined : accumulator.unadjusted.result(),
        prognosticCorrelation: accumulator.correlationCount === 0 ? Number.NaN : accumulator.correlationSum / accumulator.correlationCount,
        meanMatchedPairs: entry.design.kind === "external-control" ? accumulator.matchedPairs / replicates : Number.NaN,
        propensityFailures: accumulator.propensityFailures,
        balance: terms.map((term, at) => ({ term: term.transform === "log" ? `log(${term.column})` : term.column, before: (accumulator.smdBefore[at] ?? Number.NaN) / replicates, after: (accumulator.smdAfter[at] ?? Number.NaN) / replicates })),
      };
    });
  }
}

function perPatientOf(simulation: ReplicateSimulation): number {
  const outcome = simulation.endpoints[0];
  return outcome?.type === "time-to-event" ? outcome.potential.perPatient : 1;
}

function accumulate(sums: number[], values: readonly number[]): void {
  values.forEach((value, index) => {
    sums[index] = (sums[index] ?? 0) + value;
  });
}
