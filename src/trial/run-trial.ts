import { analyseEfficacy, familyOf, type EfficacyResult } from "./analyse-efficacy.js";
import { analyseSafety, type SafetyResult } from "./analyse-safety.js";
import { assessVirtualCohort, type VirtualCohortAssessment } from "./assess-virtual-cohort.js";
import { planDesigns } from "./design-setup.js";
import { DesignRunner, type DesignResult } from "./run-designs.js";
import { simulateReplicate, type ReplicateSimulation } from "./simulate-replicate.js";
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
  readonly efficacy: readonly EfficacyResult[];
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

function* visitEntries(plan: TrialPlan, simulation: ReplicateSimulation): Generator<{ endpoint: string; arm: string; visitDay: number; change: number }> {
  for (const [index, endpointPlan] of plan.endpoints.entries()) {
    const outcome = simulation.endpoints[index];
    if (outcome?.type !== "continuous") continue;
    for (const arm of plan.arms) {
      for (const [visit, visitDay] of endpointPlan.visitDays.entries()) {
        const changes = outcome.visitChanges[visit];
        for (let patient = 0; patient < simulation.arm.length; patient++) {
          if (simulation.arm[patient] === arm.index) yield { endpoint: endpointPlan.endpoint.id, arm: arm.id, visitDay, change: changes?.[patient] ?? Number.NaN };
        }
      }
    }
  }
}

/**
 * Accumulates a run replicate by replicate, so a caller can interleave other work (a
 * spinner, a signal check) between replicates. Replicates must be added in order.
 */
export class TrialRunner {
  private readonly efficacy: EfficacyResult[] = [];
  private readonly safety: SafetyResult[] = [];
  private readonly kept: ReplicateSimulation[] = [];
  private readonly efficacySummariser: EfficacySummariser;
  private readonly familySummariser: FamilySummariser;
  private readonly safetySummariser = new SafetySummariser();
  private readonly visitSummariser = new VisitSummariser();
  private readonly designRunner: DesignRunner | undefined;
  private completed = 0;

  constructor(private readonly plan: TrialPlan) {
    const designs = planDesigns(plan, plan.historical);
    this.designRunner = designs === undefined ? undefined : new DesignRunner(designs);
    const { method } = plan.spec.analysis.multiplicity;
    this.efficacySummariser = new EfficacySummariser(method);
    this.familySummariser = new FamilySummariser(method, familyOf(plan));
  }

  /** Simulates and analyses the next replicate (1-based). */
  runNext(): number {
    const replicate = ++this.completed;
    const { plan } = this;
    const simulation = simulateReplicate(plan, replicate);
    const efficacy = analyseEfficacy(plan, simulation);
    for (const result of efficacy) {
      this.efficacy.push(result);
      this.efficacySummariser.add(result);
    }
    this.familySummariser.add(efficacy);
    for (const result of analyseSafety(plan, simulation)) {
      this.safety.push(result);
      this.safetySummariser.add(result);
    }
    this.visitSummariser.add(visitEntries(plan, simulation));
    if (replicate <= plan.spec.outputs.keep_replicates) this.kept.push(simulation);
    this.designRunner?.add(replicate);
    return replicate;
  }

  result(): TrialResult {
    return { plan: this.plan, efficacy: this.efficacy, safety: this.safety, summary: this.efficacySummariser.result(), family: familyOf(this.plan).length >= 2 ? this.familySummariser.result() : undefined, safetySummary: this.safetySummariser.result(), visitSummary: this.visitSummariser.result(), kept: this.kept, virtualCohort: assessVirtualCohort(this.plan), designs: this.designRunner?.result() };
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
