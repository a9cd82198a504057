import { orderByTime } from "./order-by-time.js";

/**
 * The patients of a Cox fit sorted by (stratum, time), with centred and scaled covariates in
 * typed arrays: what each Newton–Raphson iteration walks over.
 */
export interface CoxData {
  readonly patientCount: number;
  readonly covariateCount: number;
  /** Times, sorted ascending within each stratum. */
  readonly times: Float64Array;
  /** 1 for an event, 0 for a censoring, in the sorted order. */
  readonly flags: Uint8Array;
  /** 1 for the last patient of a stratum in the sorted order (where a backward walk starts one). */
  readonly stratumEnds: Uint8Array;
  /** (x − mean)·scale, covariate-major: covariate j of sorted patient i is at j·patientCount + i. */
  readonly covariates: Float64Array;
  readonly means: Float64Array;
  /** n / Σ|x − mean| (1 for a constant covariate), as R's coxfit6.c. */
  readonly scales: Float64Array;
  readonly eventCount: number;
}

/** The raw inputs of prepareCoxData, already checked (see checkCoxModelOptions). */
export interface CoxInput {
  readonly times: readonly number[];
  readonly flags: Uint8Array;
  readonly covariates: readonly (readonly number[])[];
  /** Stratum codes, or undefined for one stratum. */
  readonly strata: readonly number[] | undefined;
}

/**
 * Sorts the patients by stratum, then time, then event flag and covariate values (so that
 * patients who differ only in input order are interchangeable and any permutation of the input
 * gives the same bits), and centres and scales each covariate as R survival's coxfit6.c does:
 * centring keeps exp(xβ) from overflowing and scaling by the mean absolute deviation makes the
 * singularity tolerance of the information matrix unit-free. Newton–Raphson is invariant under
 * both, so the fitted β (scaled back) is unchanged. Means and scales are summed in sorted order.
 *
 * Reference: Therneau & Grambsch, Modeling Survival Data (2000), §3.2; R survival coxfit6.c.
 *
 * @param input times, event flags, covariates (one array each) and strata, one entry per patient
 * @returns the sorted, centred and scaled data
 * @example prepareCoxData({ times: [3, 1], flags: Uint8Array.from([1, 1]), covariates: [[2, 0]], strata: [0, 0] }).covariates
 * // Float64Array [-1, 1]: sorted to times 1, 3; mean 1, mean |x − 1| = 1
 */
export function prepareCoxData(input: CoxInput): CoxData {
  const { times, flags, covariates, strata } = input;
  const patientCount = times.length;
  const covariateCount = covariates.length;
  const order = orderByTime(times, strata);
  orderTiedPatients(order, input);
  const sortedTimes = new Float64Array(patientCount);
  const sortedFlags = new Uint8Array(patientCount);
  const stratumEnds = new Uint8Array(patientCount);
  let eventCount = 0;
  for (let position = 0; position < patientCount; position += 1) {
    const patient = order[position] ?? 0;
    sortedTimes[position] = times[patient] ?? Number.NaN;
    sortedFlags[position] = flags[patient] ?? 0;
    eventCount += flags[patient] ?? 0;
    const next = order[position + 1];
    stratumEnds[position] = next === undefined || strata?.[next] !== strata?.[patient] ? 1 : 0;
  }
  const standardized = new Float64Array(covariateCount * patientCount);
  const means = new Float64Array(covariateCount);
  const scales = new Float64Array(covariateCount);
  for (const [covariate, values] of covariates.entries()) {
    const column = standardized.subarray(covariate * patientCount, (covariate + 1) * patientCount);
    for (let position = 0; position < patientCount; position += 1) column[position] = values[order[position] ?? 0] ?? Number.NaN;
    [means[covariate], scales[covariate]] = centreAndScale(column);
  }
  return {
    patientCount,
    covariateCount,
    times: sortedTimes,
    flags: sortedFlags,
    stratumEnds,
    covariates: standardized,
    means,
    scales,
    eventCount,
  };
}

/** Centres and scales one covariate in place; returns its mean and scale. */
function centreAndScale(column: Float64Array): [number, number] {
  let total = 0;
  for (const value of column) total += value;
  const mean = total / column.length;
  let absoluteDeviation = 0;
  for (let index = 0; index < column.length; index += 1) {
    const centred = (column[index] ?? 0) - mean;
    column[index] = centred;
    absoluteDeviation += Math.abs(centred);
  }
  const scale = absoluteDeviation > 0 ? column.length / absoluteDeviation : 1;
  for (let index = 0; index < column.length; index += 1) column[index] = (column[index] ?? 0) * scale;
  return [mean, scale];
}

/** Patients tied on (stratum, time) by more than this are sorted natively, fewer by insertion. */
const INSERTION_SORT_LIMIT = 16;

/**
 * Puts each run of patients tied on (stratum, time) in a canonical order, by event flag then
 * covariate values, so that the sums over a risk set are added in an order that does not
 * depend on the input order. Patients equal on all of these are interchangeable.
 */
function orderTiedPatients(order: Int32Array, input: CoxInput): void {
  const { times, strata } = input;
  const run: TiedRun = { start: 0, end: 0, input };
  let start = 0;
  while (start < order.length) {
    const first = order[start] ?? 0;
    let end = start + 1;
    while (end < order.length && times[order[end] ?? 0] === times[first] && strata?.[order[end] ?? 0] === strata?.[first]) end += 1;
    if (end - start > INSERTION_SORT_LIMIT) order.subarray(start, end).sort((a, b) => compareTiedPatients(input, a, b));
    else if (end - start > 1) {
      run.start = start;
      run.end = end;
      insertionSort(order, run);
    }
    start = end;
  }
}

/** A run of tied patients, order[start..end); one object reused for every run. */
interface TiedRun {
  start: number;
  end: number;
  readonly input: CoxInput;
}

function insertionSort(order: Int32Array, run: TiedRun): void {
  for (let position = run.start + 1; position < run.end; position += 1) {
    const patient = order[position] ?? 0;
    let target = position;
    while (target > run.start && compareTiedPatients(run.input, order[target - 1] ?? 0, patient) > 0) {
      order[target] = order[target - 1] ?? 0;
      target -= 1;
    }
    order[target] = patient;
  }
}

/** Event flag, then covariate values (patients already tied on stratum and time). */
function compareTiedPatients(input: CoxInput, a: number, b: number): number {
  const byFlag = (input.flags[a] ?? 0) - (input.flags[b] ?? 0);
  if (byFlag !== 0) return byFlag;
  for (const values of input.covariates) {
    const difference = (values[a] ?? 0) - (values[b] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
