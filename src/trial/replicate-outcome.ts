import { analyseEfficacy, type EfficacyResult } from "./analyse-efficacy.js";
import { analyseSafety, type SafetyResult } from "./analyse-safety.js";
import { planDesigns } from "./design-setup.js";
import { DesignSimulator, type DesignReplicate } from "./run-designs.js";
import { simulateReplicate, type ReplicateSimulation } from "./simulate-replicate.js";
import type { TrialPlan } from "./trial-plan.js";

/** The changes from baseline of one endpoint, arm and visit in one replicate, patient by patient. */
export interface VisitChanges {
  readonly endpoint: string;
  readonly arm: string;
  readonly visitDay: number;
  readonly changes: readonly number[];
}

/**
 * Everything one replicate contributes to a run's statistics, as plain data (strings,
 * numbers, booleans, arrays, objects): what a worker thread sends back and what a shard
 * stores. Accumulating outcomes in replicate order gives the same bytes wherever they
 * were computed.
 */
export interface ReplicateOutcome {
  readonly replicate: number;
  readonly efficacy: readonly EfficacyResult[];
  readonly safety: readonly SafetyResult[];
  readonly visits: readonly VisitChanges[];
  /** The designs' records in spec order (spec.designs), else undefined. */
  readonly designs: readonly DesignReplicate[] | undefined;
}

function visitChanges(plan: TrialPlan, simulation: ReplicateSimulation): VisitChanges[] {
  const visits: VisitChanges[] = [];
  for (const [index, endpointPlan] of plan.endpoints.entries()) {
    const outcome = simulation.endpoints[index];
    if (outcome?.type !== "continuous") continue;
    for (const arm of plan.arms) {
      for (const [visit, visitDay] of endpointPlan.visitDays.entries()) {
        const perPatient = outcome.visitChanges[visit];
        const changes: number[] = [];
        for (let patient = 0; patient < simulation.arm.length; patient++) {
          if (simulation.arm[patient] === arm.index) changes.push(perPatient?.[patient] ?? Number.NaN);
        }
        visits.push({ endpoint: endpointPlan.endpoint.id, arm: arm.id, visitDay, changes });
      }
    }
  }
  return visits;
}

/**
 * Simulates and analyses replicate `replicate` (1-based): a pure function of the plan and
 * the replicate index (DESIGN.md: never of the worker, shard or order of completion).
 * Returns the simulation too, for the replicates whose patients are written out.
 */
export function computeReplicate(plan: TrialPlan, designs: DesignSimulator | undefined, replicate: number): { outcome: ReplicateOutcome; simulation: ReplicateSimulation } {
  const simulation = simulateReplicate(plan, replicate);
  const outcome: ReplicateOutcome = {
    replicate,
    efficacy: analyseEfficacy(plan, simulation),
    safety: analyseSafety(plan, simulation),
    visits: visitChanges(plan, simulation),
    designs: designs?.simulate(replicate),
  };
  return { outcome, simulation };
}

/** The designs' simulator of a plan (undefined without spec.designs). */
export function designSimulatorOf(plan: TrialPlan): DesignSimulator | undefined {
  const setup = planDesigns(plan, plan.historical);
  return setup === undefined ? undefined : new DesignSimulator(setup);
}
