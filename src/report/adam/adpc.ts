import type { ReplicateSimulation, TrialPlan } from "../../trial/index.js";
import { formatNumber } from "../format-number.js";
import { identifierVariables, rowTreatmentVariables, studyDayOf, subjectsOf, type SubjectKey } from "./adam-subject.js";
import { renderAdamDataset, type AdamDataset, type AdamVariable } from "./adam-variable.js";

/** One sampled concentration of a dosed subject (concentrations.csv's row). */
export interface ConcentrationRow extends SubjectKey {
  readonly timeH: number;
  readonly trueMgPerL: number;
  readonly observedMgPerL: number | null;
}

/**
 * The text of a nominal time point.
 *
 * @example timePointText(0.5) // "0.5 H AFTER FIRST DOSE"
 */
export function timePointText(timeH: number): string {
  return `${formatNumber(timeH)} H AFTER FIRST DOSE`;
}

function concentrationVariables(): AdamVariable<ConcentrationRow>[] {
  const timeH = (row: ConcentrationRow): number => row.timeH;
  return [
    { name: "PARAMCD", label: "Parameter Code", type: "text", values: "CONC", derivation: "CONC", cell: () => "CONC" },
    { name: "PARAM", label: "Parameter", type: "text", values: "Drug concentration (mg/L)", derivation: "the PK model's concentration (central compartment, or pk.ode.concentration)", cell: () => "Drug concentration (mg/L)" },
    { name: "AVAL", label: "Analysis Value", type: "number", values: "mg/L", derivation: "concentrations.csv observed_mg_per_l: the true concentration with pk.residual_error (equal to it without one; an additive error can make it negative)", cell: (row) => row.observedMgPerL },
    { name: "AVALU", label: "Analysis Value Unit", type: "text", values: "mg/L", derivation: "mg/L", cell: () => "mg/L" },
    { name: "AVALTRUE", label: "True Concentration Without Residual Error", type: "number", values: "mg/L", derivation: "concentrations.csv concentration_mg_per_l: the model's concentration before measurement error", cell: (row) => row.trueMgPerL },
    { name: "ATPT", label: "Analysis Timepoint", type: "text", values: "", derivation: "`<NFRLT> H AFTER FIRST DOSE`", cell: (row) => timePointText(row.timeH) },
    { name: "NFRLT", label: "Nominal Relative Time from First Dose", type: "number", values: "h", derivation: "concentrations.csv time_h: a time of pk.sampling_times_h", cell: timeH },
    { name: "ARELTM", label: "Analysis Relative Time", type: "number", values: "h", derivation: "time since the first scheduled dose: NFRLT (a simulated sample is taken exactly on time)", cell: timeH },
    { name: "ARELTMU", label: "Analysis Relative Time Unit", type: "text", values: "HOURS", derivation: "HOURS", cell: () => "HOURS" },
    { name: "ADY", label: "Analysis Relative Day", type: "integer", values: "", derivation: "floor(ARELTM / 24) + 1", cell: (row) => studyDayOf(row.timeH) },
  ];
}

/** ADPC's variables for a plan. */
export function adpcDataset(plan: TrialPlan): AdamDataset<ConcentrationRow> {
  return { name: "ADPC", file: "adpc.csv", label: "Pharmacokinetic Concentrations Analysis Dataset", structure: "one row per dosed subject and sampling time (concentrations.csv; no rows without pk.sampling_times_h); keys SIMREP, USUBJID, ARELTM", variables: [...identifierVariables(plan), ...rowTreatmentVariables(plan, ["planned", "actual"]), ...concentrationVariables()] };
}

/** The sampled concentrations of every dosed subject, in concentrations.csv's order. */
export function* concentrationRows(plan: TrialPlan, kept: readonly ReplicateSimulation[]): Generator<ConcentrationRow> {
  for (const key of subjectsOf(kept)) {
    const sampled = key.simulation.concentrations;
    const truth = sampled?.trueMgPerL[key.patient];
    if (truth === null || truth === undefined) continue;
    const observed = sampled?.observedMgPerL[key.patient];
    for (const [index, timeH] of plan.samplingTimesH.entries()) yield { ...key, timeH, trueMgPerL: truth[index] as number, observedMgPerL: observed?.[index] ?? null };
  }
}

/** adam/adpc.csv: the sampled concentrations of the kept replicates' dosed subjects. */
export function renderAdpc(plan: TrialPlan, kept: readonly ReplicateSimulation[]): string {
  return renderAdamDataset(adpcDataset(plan), concentrationRows(plan, kept));
}
