import { familyOf, type EfficacyResult } from "./analyse-efficacy.js";
import type { SafetyResult } from "./analyse-safety.js";
import { assessVirtualCohort, type VirtualCohortAssessment } from "./assess-virtual-cohort.js";
import { planDesigns } from "./design-setup.js";
import { computeReplicate, type ReplicateOutcome } from "./replicate-outcome.js";
import { DesignRunner, type DesignResult, type DesignSimulator } from "./run-designs.js";
import type { ReplicateSimulation } from "./simulate-replicate.js";
import { EfficacySummariser, FamilySummariser, SafetySummariser, VisitSummariser, type EfficacySummary, type FamilySummary, type SafetySummary, type VisitSummary } from "./summarise.js";
import type { TrialPlan } from "./trial-plan.js";

/** Progress of a run, reported after each replicate. */
export interface ProgressEvent {
  readonly completed: number;
  readonly total: number;
}

export interface RunOptions {
  readonly onProgress?: (event: ProgressEvent) => void;
}

/** Everything a run produces, ready to be rendered. */
export interface TrialResult {
  readonly plan: TrialPlan;
  /** Every replicate's efficacy rows; only the first replicate's when the rows went to onRows (streamed). */
  readonly efficacy: readonly EfficacyResult[];
  /** Every replicate's safety rows; none when they went to onRows (streamed). */
  readonly safety: readonly SafetyResult[];
  readonly summary: readonly EfficacySummary[];
  /** Family-wise rejection rates of the multiplicity family (undefined with fewer than two hypotheses). */
  readonly family: FamilySummary | undefined;
  readonly safetySummary: readonly SafetySummary[];
  /** Mean change by endpoint, arm and visit over every simulated trial. */
  readonly visitSummary: readonly VisitSummary[];
  /** The replicates whose patients are written out (the first outputs.keep_replicates). */
  readonly kept: readonly ReplicateSimulation[];
  /** How the virtual patients compare with the real ones (fidelity) and how close they come to copying them (privacy). */
  readonly virtualCohort: VirtualCohortAssessment;
  /** The designs compared on the same virtual patients (spec.designs), in spec order. */
  readonly designs: readonly DesignResult[] | undefined;
}

/**
 * Accumulates a run replicate by replicate, so a caller can interleave other work (a
 * spinner, a signal check, waiting for worker threads) between replicates. Outcomes must
 * be added in replicate order, 1, 2, 3, …: that order fixes every sum, hence every byte.
 */
export class TrialAccumulator {
  private readonly efficacy: EfficacyResult[] = [];
  private readonly safety: SafetyResult[] = [];
  private readonly kept: ReplicateSimulation[] = [];
  private readonly efficacySummariser: EfficacySummariser;
  private readonly familySummariser: FamilySummariser;
  private readonly safetySummariser = new SafetySummariser();
  private readonly visitSummariser = new VisitSummariser();
  private readonly designRunner: DesignRunner | undefined;
  private completed = 0;

  /**
   * With summariesOnly, memory stays flat in replicates: no per-replicate rows and no
   * patients are kept, only the streaming operating characteristics (a sweep point). With
   * onRows, each replicate's efficacy and safety rows go to it as they are added, and the
   * result keeps only the first replicate's efficacy rows (what report.md shows): the caller
   * writes efficacy.csv and safety.csv as the run goes, and memory stays flat too.
   */
  constructor(
    private readonly plan: TrialPlan,
    private readonly options: { readonly summariesOnly?: boolean; readonly onRows?: (efficacy: readonly EfficacyResult[], safety: readonly SafetyResult[]) => void } = {},
  ) {
    const designs = planDesigns(plan, plan.historical);
    this.designRunner = designs === undefined ? undefined : new DesignRunner(designs);
    const { method } = plan.spec.analysis.multiplicity;
    this.efficacySummariser = new EfficacySummariser(method);
    this.familySummariser = new FamilySummariser(method, familyOf(plan));
  }

  /** The designs' simulator, for computing outcomes (undefined without spec.designs). */
  get designSimulator(): DesignSimulator | undefined {
    return this.designRunner?.simulator;
  }

  /** How many replicates have been added. */
  get count(): number {
    return this.completed;
  }

  /**
   * Adds the next replicate's outcome. `simulation` is that replicate's simulation when it
   * is one of the kept replicates (the first outputs.keep_replicates); it is required then.
   */
  add(outcome: ReplicateOutcome, simulation?: ReplicateSimulation): void {
    const expected = this.completed + 1;
    if (outcome.replicate !== expected) throw new Error(`replicate ${outcome.replicate} added where ${expected} was expected`);
    this.completed = expected;
    const keepRows = this.options.summariesOnly !== true && (this.options.onRows === undefined || expected === 1);
    for (const result of outcome.efficacy) {
      if (keepRows) this.efficacy.push(result);
      this.efficacySummariser.add(result);
    }
    this.familySummariser.add(outcome.efficacy);
    for (const result of outcome.safety) {
      if (keepRows && this.options.onRows === undefined) this.safety.push(result);
      this.safetySummariser.add(result);
    }
    this.options.onRows?.(outcome.efficacy, outcome.safety);
    for (const { endpoint, arm, visitDay, changes } of outcome.visits) this.visitSummariser.addChanges(endpoint, arm, visitDay, changes);
    if (this.isKept(expected)) {
      if (simulation === undefined || simulation.replicate !== expected) throw new Error(`replicate ${expected} is kept but its simulation is missing`);
      this.kept.push(simulation);
    }
    if (outcome.designs !== undefined) this.designRunner?.accumulate(outcome.designs);
  }

  /** Whether replicate `replicate`'s patients are written out. */
  isKept(replicate: number): boolean {
    return this.options.summariesOnly !== true && replicate <= this.plan.spec.outputs.keep_replicates;
  }

  /** The operating characteristics only (no per-replicate rows, no fidelity check): what a sweep point reports. */
  operatingCharacteristics(): Pick<TrialResult, "summary" | "family" | "designs"> {
    return { summary: this.efficacySummariser.result(), family: familyOf(this.plan).length >= 2 ? this.familySummariser.result() : undefined, designs: this.designRunner?.result() };
  }

  result(): TrialResult {
    return { plan: this.plan, efficacy: this.efficacy, safety: this.safety, summary: this.efficacySummariser.result(), family: familyOf(this.plan).length >= 2 ? this.familySummariser.result() : undefined, safetySummary: this.safetySummariser.result(), visitSummary: this.visitSummariser.result(), kept: this.kept, virtualCohort: assessVirtualCohort(this.plan), designs: this.designRunner?.result() };
  }
}

/** Computes and accumulates replicates in order, in this thread. */
export class TrialRunner {
  private readonly accumulator: TrialAccumulator;

  constructor(private readonly plan: TrialPlan) {
    this.accumulator = new TrialAccumulator(plan);
  }

  /** Simulates and analyses the next replicate (1-based). */
  runNext(): number {
    const replicate = this.accumulator.count + 1;
    const { outcome, simulation } = computeReplicate(this.plan, this.accumulator.designSimulator, replicate);
    this.accumulator.add(outcome, this.accumulator.isKept(replicate) ? simulation : undefined);
    return replicate;
  }

  result(): TrialResult {
    return this.accumulator.result();
  }
}

/**
 * Runs every replicate of a planned trial: simulate, analyse, summarise. Pure apart from
 * the progress callback; operating characteristics are accumulated as replicates finish,
 * and only kept replicates hold on to their patients.
 */
export function runTrial(plan: TrialPlan, options: RunOptions = {}): TrialResult {
  const runner = new TrialRunner(plan);
  const total = plan.spec.trial.replicates;
  for (let replicate = 1; replicate <= total; replicate++) {
    runner.runNext();
    options.onProgress?.({ completed: replicate, total });
  }
  return runner.result();
}
