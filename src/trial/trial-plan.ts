import type { ObservedTimeToEvent } from "../cohort/read-observed-outcomes.js";
import type { AdherenceModel } from "../dosing/index.js";
import { compileDerivedCovariates, planSmoothing, type CohortColumn, type ColumnSmoothing, type CovariateTable, type DerivedCovariate, type EligibleCohort } from "../population/index.js";
import type { Regimen, Spec } from "../spec/schema.js";
import type { ResidualErrorModel } from "../variability/index.js";
import { prepareArmDosing, type ArmDosing } from "./arm-dosing.js";
import { planEndpoint, type EndpointPlan } from "./endpoint-model.js";
import type { HistoricalControls } from "./historical-controls.js";
import type { TwinModelFit } from "../twin/index.js";
import { buildParameterModel, type ParameterModel } from "./parameter-model.js";
import { preparePkModel, type PkModel } from "./pk-model.js";

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
  readonly dosing: ArmDosing | undefined;
}

/** Everything a replicate needs, computed once per run from the resolved spec and cohort. */
export interface TrialPlan {
  readonly spec: Spec;
  readonly arms: readonly ArmPlan[];
  /** Index of the control arm, or -1 in a single-arm trial. */
  readonly controlIndex: number;
  readonly patientCount: number;
  /** Arm index of each slot of one allocation block (ratio-expanded, in arm order). */
  readonly allocationBlock: Int32Array;
  readonly table: CovariateTable;
  readonly smoothing: readonly ColumnSmoothing[];
  readonly columns: readonly CohortColumn[];
  readonly derived: readonly DerivedCovariate[];
  /** Category levels by column, for writing codes back as text. */
  readonly levels: ReadonlyMap<string, readonly string[]>;
  /** CSV row number and id of each eligible real patient (table row order). */
  readonly sourceRowNumbers: Int32Array;
  readonly sourceIds: readonly string[];
  readonly eligible: EligibleCohort;
  readonly parameterModel: ParameterModel | undefined;
  readonly pkModel: PkModel | undefined;
  readonly endpoints: readonly EndpointPlan[];
  readonly adherence: AdherenceModel | undefined;
  /** Doses of the longest regimen: the adherence draws per patient. */
  readonly scheduleLength: number;
  /** Indexes of the time-driven adverse event models (hazard, per-cycle) in spec.adverse_events. */
  readonly timedTerms: readonly number[];
  /** Dose times of the longest regimen (h): the cycles of per-cycle models for patients without drug. */
  readonly cycleStartsH: Float64Array;
  readonly residualError: ResidualErrorModel | undefined;
  readonly samplingTimesH: Float64Array;
  /** The real trial's outcomes recorded in the cohort (endpoints with `observed`), for the report. */
  readonly observed: readonly ObservedTimeToEvent[];
  /** The outcome models fitted on real patients (endpoints with twin_model), for the report. */
  readonly twinFits: readonly TwinModelFit[];
  /** The real control patients of the designs' endpoint (its twin model's fitting rows), for external controls. */
  readonly historical: HistoricalControls | undefined;
}

/** What planTrial needs besides the spec and the cohort. */
export interface PlanOptions {
  /** The real trial's outcomes (see readObservedOutcomes). */
  readonly observed?: readonly ObservedTimeToEvent[];
  /** The twin models fitted on the cohort (see fitTwinModels): their fitting rows are the designs' historical controls. */
  readonly twinFits?: readonly TwinModelFit[];
}

/** The real outcomes of a twin model's fitting rows as historical controls. */
function historicalControls(fit: TwinModelFit): HistoricalControls {
  const { outcomes } = fit;
  const size = fit.tableIndexes.length;
  if (outcomes.type === "continuous") return { tableRows: fit.tableIndexes, value: outcomes.values, event: new Uint8Array(size) };
  if (outcomes.type === "binary") return { tableRows: fit.tableIndexes, value: Float64Array.from(outcomes.events), event: outcomes.events };
  return { tableRows: fit.tableIndexes, value: outcomes.timesDays, event: outcomes.events };
}

function designsHistorical(spec: Spec, fits: readonly TwinModelFit[]): HistoricalControls | undefined {
  const designs = spec.designs;
  if (designs === undefined) return undefined;
  const endpoint = designs.endpoint ?? spec.endpoints[0]?.id;
  const fit = fits.find((candidate) => candidate.endpoint === endpoint);
  return fit === undefined ? undefined : historicalControls(fit);
}

function allocationRatios(spec: Spec): number[] {
  const allocation = spec.population.allocation;
  return spec.arms.map((arm) => (allocation === undefined ? 1 : (allocation[arm.id] ?? 1)));
}

function buildTable(eligible: EligibleCohort, derivedNames: ReadonlySet<string>): CovariateTable {
  const { cohort, eligibleRows } = eligible;
  const numeric = cohort.columns
    .filter((column) => column.type !== "category")
    .map((column) => {
      const source = cohort.numeric.get(column.name) ?? new Float64Array(cohort.rowCount);
      // Derived covariates are recomputed from the smoothed inputs, never smoothed themselves.
      return { name: column.name, values: Float64Array.from(eligibleRows, (row) => source[row] ?? Number.NaN), continuous: column.type === "number" && !derivedNames.has(column.name) };
    });
  const categorical = cohort.columns
    .filter((column) => column.type === "category")
    .map((column) => {
      const source = cohort.categories.get(column.name)?.codes ?? new Int32Array(cohort.rowCount);
      return { name: column.name, codes: Int32Array.from(eligibleRows, (row) => source[row] ?? -1) };
    });
  return { rowCount: eligibleRows.length, numeric, categorical };
}

function adherenceModel(spec: Spec): AdherenceModel | undefined {
  const adherence = spec.adherence;
  if (adherence === undefined) return undefined;
  if (adherence.model === "constant") return { kind: "constant", missProbability: adherence.missed_dose_probability ?? 0 };
  return { kind: "beta", meanTaken: adherence.mean_taken ?? 1, concentration: adherence.concentration ?? 1 };
}

function residualErrorModel(spec: Spec): ResidualErrorModel | undefined {
  const error = spec.pk?.residual_error;
  if (error === undefined) return undefined;
  const additiveSdMgPerL = error.additive_sd_mg_per_l ?? 0;
  const proportionalSd = error.proportional_cv ?? 0;
  if (error.model === "additive") return { kind: "additive", additiveSdMgPerL };
  if (error.model === "proportional") return { kind: "proportional", proportionalSd };
  return { kind: "combined", additiveSdMgPerL, proportionalSd };
}

/** Patients per replicate: from n_per_arm or n_total, or every eligible patient (method cohort). */
export function patientCountOf(spec: Spec, eligibleCount: number): number {
  if (spec.population.method === "cohort") return eligibleCount;
  return spec.population.n_per_arm === undefined ? (spec.population.n_total ?? 0) : spec.population.n_per_arm * spec.arms.length;
}

/**
 * Plans a run: arm sizes from n_per_arm or n_total and the allocation ratio, the
 * allocation block, dosing, the PK and endpoint models, the eligible covariate table and
 * its smoothing. Expects a resolved spec (see resolveSpec) that passed the spec rules.
 */
export function planTrial(spec: Spec, eligible: EligibleCohort, options: PlanOptions = {}): TrialPlan {
  const ratios = allocationRatios(spec);
  const patientCount = patientCountOf(spec, eligible.eligibleRows.length);
  const blocks = patientCount / ratios.reduce((sum, ratio) => sum + ratio, 0);
  const arms = spec.arms.map((arm, index) => ({ id: arm.id, label: arm.label ?? arm.id, index, isControl: arm.control, size: (ratios[index] ?? 1) * blocks, regimen: arm.regimen, dosing: arm.regimen === undefined ? undefined : prepareArmDosing(arm.regimen) }));
  const { cohort, eligibleRows } = eligible;
  const declared = cohort.columns.filter((column) => spec.cohort.derived[column.name] === undefined).map((column) => column.name);
  const derived = compileDerivedCovariates(spec.cohort.derived, declared);
  const table = buildTable(eligible, new Set(derived.map((entry) => entry.name)));
  const parameterModel = spec.pk === undefined ? undefined : buildParameterModel(spec.pk);
  return {
    spec, arms, patientCount,
    controlIndex: arms.findIndex((arm) => arm.isControl),
    allocationBlock: Int32Array.from(ratios.flatMap((ratio, index) => Array.from({ length: ratio }, () => index))),
    table, smoothing: planSmoothing(table), columns: cohort.columns, derived,
    levels: new Map([...cohort.categories].map(([name, column]) => [name, column.levels])),
    sourceRowNumbers: Int32Array.from(eligibleRows, (row) => cohort.rowNumbers[row] ?? 0),
    sourceIds: Array.from(eligibleRows, (row) => cohort.ids[row] ?? ""),
    eligible, parameterModel,
    pkModel: spec.pk === undefined || parameterModel === undefined ? undefined : preparePkModel(spec.pk, parameterModel.names),
    endpoints: spec.endpoints.map((endpoint) => planEndpoint(endpoint, spec.trial.duration_days)),
    adherence: adherenceModel(spec),
    scheduleLength: Math.max(0, ...arms.map((arm) => arm.dosing?.scheduled.length ?? 0)),
    timedTerms: spec.adverse_events.flatMap((model, index) => (model.model === "logistic" ? [] : [index])),
    cycleStartsH: Float64Array.from(arms.reduce<readonly { timeH: number }[]>((longest, arm) => ((arm.dosing?.scheduled.length ?? 0) > longest.length ? (arm.dosing?.scheduled ?? []) : longest), []), (dose) => dose.timeH),
    residualError: residualErrorModel(spec),
    samplingTimesH: Float64Array.from(spec.pk?.sampling_times_h ?? []),
    observed: options.observed ?? [],
    twinFits: options.twinFits ?? [],
    historical: designsHistorical(spec, options.twinFits ?? []),
  };
}
