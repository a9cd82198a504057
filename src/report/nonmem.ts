import type { Dose, DoseRoute } from "../pk/index.js";
import type { ReplicateSimulation, TrialPlan } from "../trial/index.js";
import { variableNameOf } from "./adam/adsl-covariates.js";
import { formatNumber } from "./format-number.js";
import { renderCsv } from "./render-csv.js";

/** One record of a patient: a dose (EVID 1) or an observation at a sampling time (EVID 0). */
export interface NonmemRecord {
  readonly simulation: ReplicateSimulation;
  readonly patient: number;
  readonly timeH: number;
  readonly dose: Dose | undefined;
  /** The observed concentration (mg/L) of an observation record; null for a dose. */
  readonly observedMgPerL: number | null;
}

/** A column of the dataset: its name, what it holds (nonmem/define.md) and its cell (a number; null is written "."). */
export interface NonmemColumn {
  readonly name: string;
  readonly meaning: string;
  readonly cell: (record: NonmemRecord) => number | null;
}

/** NONMEM reads "." as missing (and as 0 where a number is needed). */
const MISSING = ".";

/**
 * The compartment numbers (CMT): closed-form models as NONMEM's ADVAN2/ADVAN4/ADVAN12 number
 * them (1 = depot for oral doses, 2 = central for IV doses and the observations); an ode model
 * by the position of the route's dose compartment in pk.ode.compartments, observations in the
 * compartment named central, else the one IV doses go to (else "." : the model's default).
 */
export function compartmentNumbers(plan: TrialPlan): { readonly dose: (route: DoseRoute) => number | null; readonly observation: number | null } {
  const ode = plan.spec.pk?.ode;
  if (plan.spec.pk?.model !== "ode" || ode === undefined) return { dose: (route) => (route === "oral" ? 1 : 2), observation: 2 };
  const position = (name: string | undefined): number | null => (name === undefined || !ode.compartments.includes(name) ? null : ode.compartments.indexOf(name) + 1);
  const routes = ode.dose_compartments;
  return { dose: (route) => position(routes[route]), observation: position(ode.compartments.includes("central") ? "central" : (routes["iv-bolus"] ?? routes.infusion)) };
}

function covariateColumns(plan: TrialPlan, taken: Set<string>): NonmemColumn[] {
  return plan.columns.map((column): NonmemColumn => {
    const name = variableNameOf(column.name, taken);
    taken.add(name);
    const levels = plan.levels.get(column.name) ?? [];
    if (column.type === "category") {
      return { name, meaning: `cohort column \`${column.name}\` as a code: ${levels.map((level, code) => `${code + 1} = ${level}`).join(", ")}`, cell: ({ simulation, patient }) => { const code = simulation.population.categorical.get(column.name)?.[patient] ?? -1; return code < 0 ? null : code + 1; } };
    }
    const meaning = column.type === "boolean" ? `cohort column \`${column.name}\`: 1 = true, 0 = false` : `cohort column \`${column.name}\`${column.unit === undefined ? "" : ` (${column.unit})`}, as patients.csv writes it`;
    return { name, meaning, cell: ({ simulation, patient }) => simulation.population.numeric.get(column.name)?.[patient] ?? null };
  });
}

/** The dataset's columns for a plan: NONMEM's data items, then the replicate, patient, arm and every cohort covariate. */
export function nonmemColumns(plan: TrialPlan): NonmemColumn[] {
  const cmt = compartmentNumbers(plan);
  const isDose = (record: NonmemRecord): boolean => record.dose !== undefined;
  const fixed: NonmemColumn[] = [
    { name: "ID", meaning: "patient, unique across the kept replicates: (SIMREP − 1) × patients per replicate + SUBJID", cell: ({ simulation, patient }) => (simulation.replicate - 1) * plan.patientCount + patient + 1 },
    { name: "TIME", meaning: "hours since the patient's first scheduled dose (concentrations.csv time_h; an oral dose's time is before the lag time)", cell: (record) => record.timeH },
    { name: "AMT", meaning: "dose records: the amount given (mg), before bioavailability; . on observations", cell: (record) => record.dose?.amountMg ?? null },
    { name: "RATE", meaning: "dose records: infusion rate (mg/h, amount / duration), 0 for oral and bolus doses; . on observations", cell: ({ dose }) => (dose === undefined ? null : dose.route === "infusion" ? dose.amountMg / (dose.durationH ?? Number.NaN) : 0) },
    { name: "EVID", meaning: "1 = dose, 0 = observation", cell: (record) => (isDose(record) ? 1 : 0) },
    { name: "CMT", meaning: "compartment: 1 = depot (oral doses), 2 = central (IV doses, observations), as ADVAN2/ADVAN4/ADVAN12 number them (an ode model: the position in pk.ode.compartments)", cell: (record) => (record.dose === undefined ? cmt.observation : cmt.dose(record.dose.route)) },
    { name: "DV", meaning: "observations: the observed concentration (mg/L; concentrations.csv observed_mg_per_l); . on doses", cell: (record) => record.observedMgPerL },
    { name: "MDV", meaning: "1 = no dependent variable (dose records), 0 = observation", cell: (record) => (isDose(record) || record.observedMgPerL === null ? 1 : 0) },
    { name: "SIMREP", meaning: "replicate (patients.csv replicate)", cell: ({ simulation }) => simulation.replicate },
    { name: "SUBJID", meaning: "patient number within the replicate (patients.csv patient_id)", cell: ({ patient }) => patient + 1 },
    { name: "ARMN", meaning: `arm: ${plan.arms.map((arm) => `${arm.index + 1} = ${arm.id}`).join(", ")}`, cell: ({ simulation, patient }) => (simulation.arm[patient] as number) + 1 },
  ];
  return [...fixed, ...covariateColumns(plan, new Set(fixed.map((column) => column.name)))];
}

/** A patient's records sorted as NONMEM needs them: by time, a dose before an observation at the same time (the engine's "dose first"), then in schedule order. */
export function patientRecords(plan: TrialPlan, simulation: ReplicateSimulation, patient: number): NonmemRecord[] {
  const doses = simulation.exposure[patient]?.doses ?? [];
  const observed = simulation.concentrations?.observedMgPerL[patient] ?? null;
  const records = [
    ...doses.map((dose, order) => ({ record: { simulation, patient, timeH: dose.timeH, dose, observedMgPerL: null }, order })),
    ...(observed === null ? [] : Array.from(plan.samplingTimesH, (timeH, index) => ({ record: { simulation, patient, timeH, dose: undefined, observedMgPerL: observed[index] ?? null }, order: doses.length + index }))),
  ];
  records.sort((a, b) => a.record.timeH - b.record.timeH || Number(b.record.dose !== undefined) - Number(a.record.dose !== undefined) || a.order - b.order);
  return records.map(({ record }) => record);
}

function formatNonmemCell(value: number | null): string {
  return value === null || !Number.isFinite(value) ? MISSING : formatNumber(value);
}

/**
 * nonmem/dataset.csv: a NONMEM-style event dataset of the kept replicates (also read by
 * nlmixr2 and Monolix): every dosed patient's doses as given (after missed doses and dose
 * modifications) and its observed concentrations at the sampling times, sorted by ID, then
 * TIME, a dose before an observation at the same time; "." for missing. Patients without a
 * regimen have no records and are left out.
 */
export function renderNonmemDataset(plan: TrialPlan, kept: readonly ReplicateSimulation[]): string {
  const columns = nonmemColumns(plan);
  function* rows(): Generator<string[]> {
    for (const simulation of kept) {
      for (let patient = 0; patient < simulation.population.size; patient++) {
        if ((simulation.exposure[patient] ?? null) === null) continue;
        for (const record of patientRecords(plan, simulation, patient)) yield columns.map((column) => formatNonmemCell(column.cell(record)));
      }
    }
  }
  return renderCsv(
    columns.map((column) => column.name),
    rows(),
  );
}
