import { expandRegimen, isDoseTaken, type PatientAdherence, type ScheduledDose } from "../dosing/index.js";
import type { Dose } from "../pk/index.js";
import type { VirtualPopulation } from "../population/index.js";
import type { Regimen } from "../spec/schema.js";

/** Where each patient's amount comes from. */
export type AmountSource =
  | { readonly kind: "fixed" }
  | { readonly kind: "per-kg"; readonly mgPerKg: number; readonly weightColumn: string }
  | { readonly kind: "column"; readonly column: string; readonly weightColumn: string | undefined };

/** An arm's dosing, prepared once per run. */
export interface ArmDosing {
  readonly regimen: Regimen;
  /** The schedule at the regimen's amounts (per-patient sources scale it). */
  readonly scheduled: readonly ScheduledDose[];
  readonly amount: AmountSource;
  /** Start of the last dosing interval, h: exposure metrics are taken over [lastDoseH, lastDoseH + interval]. */
  readonly lastDoseH: number;
  /** Every scheduled dose at the regimen's amounts: what each patient on a fixed dose takes when it misses none (shared, not to be changed). */
  readonly fullDoses: readonly Dose[];
}

function amountSource(regimen: Regimen): AmountSource {
  if (regimen.dose_mg_per_kg !== undefined) return { kind: "per-kg", mgPerKg: regimen.dose_mg_per_kg, weightColumn: regimen.weight_column ?? "" };
  if (regimen.dose_column !== undefined) return { kind: "column", column: regimen.dose_column, weightColumn: regimen.weight_column };
  return { kind: "fixed" };
}

/** Prepares an arm's dosing from its resolved regimen (n_doses filled in). */
export function prepareArmDosing(regimen: Regimen): ArmDosing {
  const scheduled = expandRegimen({
    route: regimen.route,
    doseMg: regimen.dose_mg ?? 1,
    intervalH: regimen.interval_h,
    doseCount: regimen.n_doses ?? 1,
    loadingDosesMg: regimen.loading_doses_mg,
    titration: regimen.titration.map((step) => ({ fromH: step.from_day * 24, doseMg: step.dose_mg })),
    ...(regimen.infusion_duration_h === undefined ? {} : { infusionDurationH: regimen.infusion_duration_h }),
    ...(regimen.infusion_rate_mg_per_h === undefined ? {} : { infusionRateMgPerH: regimen.infusion_rate_mg_per_h }),
  });
  const dosing = { regimen, scheduled, amount: amountSource(regimen), lastDoseH: scheduled[scheduled.length - 1]?.timeH ?? 0 };
  return { ...dosing, fullDoses: scheduled.map((dose) => scheduledDose(dosing, dose, 1, 1)) };
}

/** The patient's maintenance amount (mg): fixed, per kg of weight, or from a cohort column. */
export function patientAmountMg(dosing: ArmDosing, population: VirtualPopulation, patient: number): number {
  const source = dosing.amount;
  if (source.kind === "fixed") return dosing.regimen.dose_mg ?? Number.NaN;
  const weight = (name: string): number => population.numeric.get(name)?.[patient] ?? Number.NaN;
  if (source.kind === "per-kg") return source.mgPerKg * weight(source.weightColumn);
  const amount = weight(source.column);
  return source.weightColumn === undefined ? amount : amount * weight(source.weightColumn);
}

/** The doses a patient takes under an arm, and which scheduled ones it missed (shared between patients: not to be changed). */
export interface PatientDoses {
  readonly doses: readonly Dose[];
  readonly missedIndexes: readonly number[];
  readonly amountMg: number;
}

const NONE_MISSED: readonly number[] = [];

/**
 * The doses a patient actually takes: the schedule, at the patient's amount, minus the
 * doses its adherence draws skip (the same draws under every arm, by schedule position).
 * A patient on a fixed dose who misses none gets the arm's shared list (fullDoses).
 */
export function patientDoses(dosing: ArmDosing, options: { population: VirtualPopulation; patient: number; adherence: PatientAdherence | undefined }): PatientDoses {
  const amountMg = patientAmountMg(dosing, options.population, options.patient);
  const { adherence } = options;
  if (dosing.amount.kind === "fixed" && (adherence === undefined || dosing.scheduled.every((scheduled) => isDoseTaken(adherence, scheduled.index)))) {
    return { doses: dosing.fullDoses, missedIndexes: NONE_MISSED, amountMg };
  }
  // Per-patient amounts scale the maintenance doses (scheduled at 1); loading and titration amounts are mg.
  const scale = amountScale(dosing, amountMg);
  const doses: Dose[] = [];
  const missedIndexes: number[] = [];
  for (const scheduled of dosing.scheduled) {
    if (!isDoseTaken(options.adherence, scheduled.index)) {
      missedIndexes.push(scheduled.index);
      continue;
    }
    doses.push(scheduledDose(dosing, scheduled, scale, 1));
  }
  return { doses, missedIndexes, amountMg };
}

/**
 * The dose a scheduled administration gives: maintenance amounts scaled by the patient's
 * amount (`scale`, 1 for a fixed dose), loading and titration amounts as they are, all times
 * `levelFactor` (a reduced dose level over the starting one); an infusion at a fixed rate
 * lasts amount / rate.
 */
export function scheduledDose(dosing: Pick<ArmDosing, "regimen">, scheduled: ScheduledDose, scale: number, levelFactor: number): Dose {
  const amount = (scheduled.source === "maintenance" ? scheduled.amountMg * scale : scheduled.amountMg) * levelFactor;
  if (scheduled.durationH === undefined) return { route: scheduled.route, timeH: scheduled.timeH, amountMg: amount };
  const rate = dosing.regimen.infusion_rate_mg_per_h;
  return { route: scheduled.route, timeH: scheduled.timeH, amountMg: amount, durationH: scheduled.route === "infusion" && rate !== undefined ? amount / rate : scheduled.durationH };
}

/** The maintenance scale of a patient's amounts: 1 for a fixed dose, else its own amount. */
export function amountScale(dosing: ArmDosing, amountMg: number): number {
  return dosing.amount.kind === "fixed" ? 1 : amountMg;
}
