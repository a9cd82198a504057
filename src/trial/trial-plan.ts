import type { CohortColumn, EligibleCohort } from "../cohort/index.js";
import { buildRegularSchedule, type DoseEvent } from "../pk/index.js";
import { planSmoothing, type ColumnSmoothing, type CovariateTable } from "../population/index.js";
import type { Regimen, Spec } from "../spec/schema.js";

/** One arm as the simulation needs it. */
export interface ArmPlan {
  readonly id: string;
  readonly label: string;
  readonly index: number;
  readonly isControl: boolean;
  /** Virtual patients in this arm per replicate. */
  readonly size: number;
  /** The regimen with its dose count resolved, or undefined for no drug. */
  readonly regimen: Regimen | undefined;
  /** The expanded dose events (empty for no drug). */
  readonly doses: readonly DoseEvent[];
}

/** Everything a replicate needs, computed once per run from the resolved spec and cohort. */
export interface TrialPlan {
  readonly spec: Spec;
  readonly arms: readonly ArmPlan[];
  readonly controlIndex: number;
  readonly patientCount: number;
  /** Arm index of each slot of one allocation block (ratio-expanded, in arm order). */
  readonly allocationBlock: Int32Array;
  readonly table: CovariateTable;
  readonly smoothing: readonly ColumnSmoothing[];
  readonly columns: readonly CohortColumn[];
  /** Category levels by column, for writing codes back as text. */
  readonly levels: ReadonlyMap<string, readonly string[]>;
  /** CSV row number and id of each eligible real patient (table row order). */
  readonly sourceRowNumbers: Int32Array;
  readonly sourceIds: readonly string[];
  readonly eligible: EligibleCohort;
}

function allocationRatios(spec: Spec): number[] {
  const allocation = spec.population.allocation;
  return spec.arms.map((arm) => (allocation === undefined ? 1 : (allocation[arm.id] ?? 1)));
}

function buildTable(eligible: EligibleCohort): CovariateTable {
  const { cohort, eligibleRows } = eligible;
  const numeric = cohort.columns
    .filter((column) => column.type !== "category")
    .map((column) => {
      const source = cohort.numeric.get(column.name) ?? new Float64Array(cohort.rowCount);
      return { name: column.name, values: Float64Array.from(eligibleRows, (row) => source[row] ?? Number.NaN), continuous: column.type === "number" };
    });
  const categorical = cohort.columns
    .filter((column) => column.type === "category")
    .map((column) => {
      const source = cohort.categories.get(column.name)?.codes ?? new Int32Array(cohort.rowCount);
      return { name: column.name, codes: Int32Array.from(eligibleRows, (row) => source[row] ?? -1) };
    });
  return { rowCount: eligibleRows.length, numeric, categorical };
}

function doseEvents(regimen: Regimen | undefined): readonly DoseEvent[] {
  if (regimen === undefined) return [];
  return buildRegularSchedule({ doseMg: regimen.dose_mg, intervalH: regimen.interval_h, doseCount: regimen.n_doses ?? 1 });
}

/**
 * Plans a run: arm sizes from n_per_arm or n_total and the allocation ratio, the
 * allocation block, dose events, the eligible covariate table and its smoothing.
 * Expects a resolved spec (see resolveSpec) that passed the spec rules.
 */
export function planTrial(spec: Spec, eligible: EligibleCohort): TrialPlan {
  const ratios = allocationRatios(spec);
  const blockSize = ratios.reduce((sum, ratio) => sum + ratio, 0);
  const patientCount = spec.population.n_per_arm === undefined ? (spec.population.n_total ?? 0) : spec.population.n_per_arm * spec.arms.length;
  const blocks = patientCount / blockSize;
  const arms = spec.arms.map((arm, index) => ({
    id: arm.id,
    label: arm.label ?? arm.id,
    index,
    isControl: arm.control,
    size: (ratios[index] ?? 1) * blocks,
    regimen: arm.regimen,
    doses: doseEvents(arm.regimen),
  }));
  const allocationBlock = Int32Array.from(ratios.flatMap((ratio, index) => Array.from({ length: ratio }, () => index)));
  const table = buildTable(eligible);
  const { cohort, eligibleRows } = eligible;
  const levels = new Map([...cohort.categories].map(([name, column]) => [name, column.levels]));
  return {
    spec,
    arms,
    controlIndex: arms.findIndex((arm) => arm.isControl),
    patientCount,
    allocationBlock,
    table,
    smoothing: planSmoothing(table),
    columns: cohort.columns,
    levels,
    sourceRowNumbers: Int32Array.from(eligibleRows, (row) => cohort.rowNumbers[row] ?? 0),
    sourceIds: Array.from(eligibleRows, (row) => cohort.ids[row] ?? ""),
    eligible,
  };
}
