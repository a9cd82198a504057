import type { ObservedTimeToEvent } from "../cohort/read-observed-outcomes.js";
import { kaplanMeier, kaplanMeierMedian, logRankTest, survivalAt, survivalConfidenceInterval, type KaplanMeierCurve, type LogRankTest, type MedianSurvival } from "../stats/index.js";
import type { TimeToEventOutcome } from "./endpoint-outcome.js";
import type { ReplicateSimulation } from "./simulate-replicate.js";
import type { TrialPlan } from "./trial-plan.js";

/** Kaplan–Meier summary of one arm: counts, the curve and the median with its Brookmeyer–Crowley CI. */
export interface ArmSurvival {
  readonly label: string;
  readonly patients: number;
  readonly events: number;
  readonly curve: KaplanMeierCurve;
  readonly median: MedianSurvival;
}

/** Survival at one time with its pointwise interval. */
export interface SurvivalPoint {
  readonly survival: number;
  readonly ciLower: number;
  readonly ciUpper: number;
  readonly atRisk: number;
}

/** Kaplan–Meier intervals are log-log (R: conf.type = "log-log"), as in most study reports. */
const TRANSFORM = "log-log" as const;

export function armSurvival(label: string, times: readonly number[], events: readonly number[], confidenceLevel: number): ArmSurvival {
  const curve = kaplanMeier({ times, events });
  return { label, patients: times.length, events: events.reduce((sum, event) => sum + event, 0), curve, median: kaplanMeierMedian(curve, { confidenceLevel, transform: TRANSFORM }) };
}

/** S(t) of an arm with its log-log interval and the number at risk. */
export function survivalPoint(arm: ArmSurvival, time: number, confidenceLevel: number): SurvivalPoint {
  const estimate = survivalAt(arm.curve, time);
  const interval = survivalConfidenceInterval(arm.curve, time, { confidenceLevel, transform: TRANSFORM });
  return { survival: estimate.survival, ciLower: interval.lower, ciUpper: interval.upper, atRisk: estimate.atRisk };
}

/**
 * Kaplan–Meier by arm of a time-to-event endpoint in one simulated trial: the patients who
 * entered before the analysis cutoff, each arm in spec order.
 */
export function simulatedSurvivalByArm(plan: TrialPlan, simulation: ReplicateSimulation, outcome: TimeToEventOutcome): ArmSurvival[] {
  const level = plan.spec.analysis.confidence_level;
  return plan.arms.map((arm) => {
    const times: number[] = [];
    const events: number[] = [];
    simulation.arm.forEach((armIndex, patient) => {
      if (armIndex !== arm.index || !((simulation.entryDays[patient] as number) < simulation.cutoffDay)) return;
      times.push(outcome.timeDays[patient] as number);
      events.push(outcome.event[patient] as number);
    });
    return armSurvival(arm.label, times, events, level);
  });
}

/** The real trial's arms as Kaplan–Meier summaries, with its log-rank test over the arms. */
export function observedSurvivalByArm(observed: ObservedTimeToEvent, confidenceLevel: number): { arms: ArmSurvival[]; logRank: LogRankTest } {
  const arms = observed.arms.map((arm) => armSurvival(arm.label, arm.times, arm.events, confidenceLevel));
  const logRank = logRankTest({
    times: observed.arms.flatMap((arm) => arm.times),
    events: observed.arms.flatMap((arm) => arm.events),
    groups: observed.arms.flatMap((arm, index) => arm.times.map(() => index)),
  });
  return { arms, logRank };
}
