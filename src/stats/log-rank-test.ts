import { checkIntegerCodes } from "./check-integer-codes.js";
import { chiSquareUpperTail } from "./distributions.js";
import { decomposeLdl, solveLdlInPlace } from "./ldl-decomposition.js";
import { orderByTime } from "./order-by-time.js";
import { checkSurvivalData, type SurvivalData } from "./survival-data.js";

/** Survival data with a group (0..g−1) per patient and, optionally, a stratum. */
export interface LogRankOptions extends SurvivalData {
  /** Group codes 0..g−1 (e.g. 0 control, 1 treatment). */
  readonly groups: readonly number[];
  /** Stratum codes (non-negative integers): the test then sums within-stratum comparisons. */
  readonly strata?: readonly number[];
}

/** The log-rank test of equal hazards across groups, as R's `survdiff`. */
export interface LogRankTest {
  /** (O − E)ᵀ V⁻¹ (O − E) over the groups that anyone was expected to die in, less the first. */
  readonly chiSquare: number;
  /** Those groups' count − 1 (0 when fewer than two groups have anyone at risk at an event). */
  readonly degreesOfFreedom: number;
  /** P(χ² with degreesOfFreedom > chiSquare); NaN without two comparable groups or with V singular. */
  readonly pValue: number;
  /** Events per group, summed over strata. */
  readonly observed: readonly number[];
  /** Expected events per group under equal hazards, Σ d·nᵍ/n over event times, summed over strata. */
  readonly expected: readonly number[];
}

/** Per-group sums of one walk over the event times. */
interface LogRankSums {
  readonly observed: Float64Array;
  readonly expected: Float64Array;
  /** Hypergeometric covariance of O − E, groups × groups row-major. */
  readonly variance: Float64Array;
}

/**
 * The (stratified) log-rank test, as R survival's `survdiff(Surv(time, event) ~ group
 * [+ strata(s)])` with rho = 0. At each event time of a stratum, with n at risk (nᵍ in group g)
 * and d deaths: Eᵍ += d·nᵍ/n and Vᵍʰ += d(n − d)/(n − 1)·(nᵍ/n)(δᵍʰ − nʰ/n); O, E and V are summed
 * over strata, groups with E = 0 (no one at risk at any event: an empty group) are left out, as
 * is the first remaining group, and χ² = (O − E)ᵀ V⁻¹ (O − E). With one comparable group χ² is 0
 * (R) and the p value NaN: there is nothing to compare. Where V is singular (everyone at risk
 * dies at every event time, so no event carries information) χ² and p are NaN (R's `solve`
 * stops with an error). Times tie only when exactly equal (R's `survdiff` also merges times
 * that differ by rounding, `aeqSurv`). One sort by (stratum, time), then one backward pass that
 * grows the risk sets: O(n log n + n·g + (event times)·g²).
 *
 * Reference: Mantel, N. (1966), Cancer Chemotherapy Reports 50, 163–170; Peto, R. & Peto, J.
 * (1972), JRSS A 135, 185–207; R survival `survdiff` / survdiff2.c.
 *
 * @param options times, events, groups and optional strata, one each per patient
 * @returns χ², degrees of freedom, p value, observed and expected events per group
 * @throws RangeError see checkSurvivalData and checkIntegerCodes
 * @example logRankTest({ times: [1, 2, 3, 4], events: [1, 1, 1, 1], groups: [0, 1, 0, 1] }).chiSquare
 * // 0.6153846153846151 ≈ 8/13: O − E = 2 − 4/3 for group 0, V = 1/4 + 2/9 + 1/4 = 13/18
 * // (R 4.2.2: survdiff(Surv(1:4, rep(1, 4)) ~ c(0, 1, 0, 1))$chisq = 0.615384615384615)
 */
export function logRankTest(options: LogRankOptions): LogRankTest {
  const flags = checkSurvivalData(options, "logRankTest");
  const groupNames = { singular: "group", plural: "groups" };
  const groupCount = checkIntegerCodes(options.groups, flags.length, { names: groupNames, functionName: "logRankTest" });
  const strata = options.strata;
  const strataNames = { singular: "stratum", plural: "strata" };
  if (strata !== undefined) checkIntegerCodes(strata, flags.length, { names: strataNames, functionName: "logRankTest" });
  const sums = accumulateLogRankSums({ times: options.times, flags, groups: options.groups, strata }, groupCount);
  const comparable = [...sums.expected.keys()].filter((group) => (sums.expected[group] ?? 0) > 0);
  const degreesOfFreedom = Math.max(comparable.length - 1, 0);
  const chiSquare = degreesOfFreedom === 0 ? 0 : computeQuadraticForm(sums, comparable.slice(1), groupCount);
  return {
    chiSquare,
    degreesOfFreedom,
    pValue: degreesOfFreedom === 0 ? Number.NaN : chiSquareUpperTail(chiSquare, degreesOfFreedom),
    observed: Array.from(sums.observed),
    expected: Array.from(sums.expected),
  };
}

/** (O − E)ᵀ V⁻¹ (O − E) over the kept groups; NaN when V is singular there. */
function computeQuadraticForm(sums: LogRankSums, kept: readonly number[], groupCount: number): number {
  const size = kept.length;
  const matrix = new Float64Array(size * size);
  const difference = new Float64Array(size);
  for (const [row, group] of kept.entries()) {
    difference[row] = (sums.observed[group] ?? 0) - (sums.expected[group] ?? 0);
    for (const [col, other] of kept.entries()) matrix[row * size + col] = sums.variance[group * groupCount + other] ?? 0;
  }
  const decomposition = decomposeLdl(matrix, size);
  if (decomposition.rank < size) return Number.NaN;
  const solution = solveLdlInPlace(decomposition, Float64Array.from(difference));
  let chiSquare = 0;
  for (let row = 0; row < size; row += 1) chiSquare += (solution[row] ?? 0) * (difference[row] ?? 0);
  return chiSquare;
}

/** The patients of a log-rank test, with the scratch counts of the walk over them. */
interface LogRankWalk {
  readonly times: readonly number[];
  readonly flags: Uint8Array;
  readonly groups: readonly number[];
  /** Stratum codes, or undefined for one stratum. */
  readonly strata: readonly number[] | undefined;
  /** Patient indices by (stratum, time). */
  readonly order: Int32Array;
  /** Patients at risk per group, and deaths per group at the current time. */
  readonly atRisk: Float64Array;
  readonly deaths: Float64Array;
}

/** Sorts by (stratum, time) and walks each stratum from its last time back. */
function accumulateLogRankSums(
  input: Pick<LogRankWalk, "times" | "flags" | "groups" | "strata">,
  groupCount: number,
): LogRankSums {
  const order = orderByTime(input.times, input.strata);
  const walk: LogRankWalk = { ...input, order, atRisk: new Float64Array(groupCount), deaths: new Float64Array(groupCount) };
  const sums = {
    observed: new Float64Array(groupCount),
    expected: new Float64Array(groupCount),
    variance: new Float64Array(groupCount * groupCount),
  };
  let end = order.length;
  while (end > 0) {
    const stratum = input.strata?.[order[end - 1] ?? 0];
    walk.atRisk.fill(0);
    let start = end;
    while (start > 0 && input.strata?.[order[start - 1] ?? 0] === stratum) {
      start = addTiedTime(walk, start);
      addEventTime(sums, walk.atRisk, walk.deaths);
    }
    end = start;
  }
  return sums;
}

/**
 * Adds the patients at the time of order[end − 1] (all of them, in this stratum) to the risk
 * sets and counts their deaths per group; returns the position of the first of them.
 */
function addTiedTime(walk: LogRankWalk, end: number): number {
  const { times, strata, groups, flags, order, atRisk, deaths } = walk;
  const last = order[end - 1] ?? 0;
  const time = times[last];
  const stratum = strata?.[last];
  for (let group = 0; group < deaths.length; group += 1) deaths[group] = 0;
  let position = end;
  while (position > 0) {
    const patient = order[position - 1] ?? 0;
    if (times[patient] !== time || strata?.[patient] !== stratum) break;
    const group = groups[patient] ?? 0;
    atRisk[group] = (atRisk[group] ?? 0) + 1;
    deaths[group] = (deaths[group] ?? 0) + (flags[patient] ?? 0);
    position -= 1;
  }
  return position;
}

/** One event time's contribution to O, E and V (nothing when no one died). */
function addEventTime(sums: LogRankSums, atRisk: Float64Array, deaths: Float64Array): void {
  const groupCount = atRisk.length;
  let total = 0;
  let died = 0;
  for (let group = 0; group < groupCount; group += 1) {
    total += atRisk[group] ?? 0;
    died += deaths[group] ?? 0;
  }
  if (died === 0) return;
  const scale = total > 1 ? (died * (total - died)) / (total * (total - 1)) : 0;
  for (let group = 0; group < groupCount; group += 1) {
    const inGroup = atRisk[group] ?? 0;
    sums.observed[group] = (sums.observed[group] ?? 0) + (deaths[group] ?? 0);
    sums.expected[group] = (sums.expected[group] ?? 0) + (died * inGroup) / total;
    if (scale === 0 || inGroup === 0) continue;
    for (let other = 0; other < groupCount; other += 1) {
      const covariance = group === other ? inGroup - (inGroup * inGroup) / total : -(inGroup * (atRisk[other] ?? 0)) / total;
      sums.variance[group * groupCount + other] = (sums.variance[group * groupCount + other] ?? 0) + scale * covariance;
    }
  }
}
