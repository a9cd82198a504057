import type { DropoutReason, TrialPlan } from "../../trial/index.js";
import { armOf, studyDayOf, type SubjectKey } from "./adam-subject.js";

/** Whether the subject's doses were simulated one by one (a dosed arm and a PK model), so that their count and times are known. */
export function hasSimulatedDoses(plan: TrialPlan, key: SubjectKey): boolean {
  return armOf(plan, key)?.dosing !== undefined && plan.pkModel !== undefined;
}

/**
 * Whether the subject took study treatment (SAFFL): a subject with simulated doses needs at
 * least one (adherence can skip every dose); placebo and arms whose doses are not simulated
 * (no pk section) count as treated from day 1.
 */
export function isTreated(plan: TrialPlan, key: SubjectKey): boolean {
  if (!hasSimulatedDoses(plan, key)) return true;
  return (key.simulation.exposure[key.patient]?.doses.length ?? 0) > 0;
}

/** When the subject left the trial (days after the first dose) and why; undefined when it stayed. */
export function dropoutOf(key: SubjectKey): { readonly day: number; readonly reason: DropoutReason } | undefined {
  const reason = key.simulation.dropout?.reason[key.patient];
  const day = key.simulation.dropout?.day[key.patient] ?? Infinity;
  return reason === undefined || !Number.isFinite(day) ? undefined : { day, reason };
}

/**
 * The last study day on treatment (TRTEDY): the day of the last dose taken when doses are
 * simulated; else the end of the planned treatment (the last scheduled dose, or for an arm
 * without a regimen the last day of trial.duration_days). Never after the day the subject
 * left, nor after the analysis cutoff (a patient enrolled late is followed up less).
 */
export function lastTreatmentDay(plan: TrialPlan, key: SubjectKey): number | null {
  if (!isTreated(plan, key)) return null;
  const dosing = armOf(plan, key)?.dosing;
  const doses = key.simulation.exposure[key.patient]?.doses ?? [];
  const lastDoseH = hasSimulatedDoses(plan, key) ? (doses[doses.length - 1]?.timeH ?? 0) : dosing?.lastDoseH;
  const planned = lastDoseH === undefined ? Math.ceil(plan.spec.trial.duration_days) : studyDayOf(lastDoseH);
  const left = dropoutOf(key);
  const followedDays = key.simulation.cutoffDay - (key.simulation.entryDays[key.patient] as number);
  const cutoff = Math.max(1, Math.ceil(followedDays));
  return Math.min(planned, left === undefined ? Infinity : studyDayOf(left.day * 24), cutoff);
}

/** The CDISC NCOMPLT term of each reason for leaving the trial (DCSREAS). */
export const DISCONTINUATION_REASONS: Readonly<Record<DropoutReason, string>> = {
  death: "DEATH",
  "adverse-event": "ADVERSE EVENT",
  "lack-of-efficacy": "LACK OF EFFICACY",
  withdrawal: "WITHDRAWAL BY SUBJECT",
};

/** Whether the trial observes the subject's first endpoint (EFFFL): a patient who left before its primary visit (or the end, for binary and count endpoints) is not; a time-to-event outcome always is (censored when the patient left). */
export function isFirstEndpointObserved(key: SubjectKey): boolean {
  const outcome = key.simulation.endpoints[0];
  if (outcome === undefined || outcome.type === "time-to-event") return true;
  return (outcome.observed?.[key.patient] ?? 1) === 1;
}
