/**
 * Performance of an analysis across simulated replicates, the ADEMP "P" of Morris, White &
 * Crowther (2019), Using simulation studies to evaluate statistical methods, Stat Med 38,
 * 2074–2102, Table 6 (definitions and Monte Carlo standard errors, MCSE).
 *
 * Failed analyses (see OperatingCharacteristicsAccumulator) count in `replicates` and as
 * non-rejections in `rejectionRate`; every other quantity is over the successful analyses only.
 * Quantities undefined for the counts seen (e.g. an SD from one value) are NaN.
 */
export interface OperatingCharacteristics {
  /** All replicates added, failed analyses included. */
  readonly replicates: number;
  /** Replicates whose analysis failed (non-finite estimate, or a NaN CI bound). */
  readonly failedAnalyses: number;
  /** Share of all replicates that rejected H0: power, or type I error under the null. */
  readonly rejectionRate: number;
  /** √(p(1 − p)/R), R = replicates. */
  readonly rejectionRateMcse: number;
  readonly meanEstimate: number;
  readonly meanTrueEffect: number;
  /** mean(estimate − trueEffect). */
  readonly bias: number;
  /** sd(estimate − trueEffect)/√R over successful analyses. */
  readonly biasMcse: number;
  /** sd of the estimates (n − 1). */
  readonly empiricalSe: number;
  /** empiricalSe/√(2(R − 1)) (Morris et al. Table 6). */
  readonly empiricalSeMcse: number;
  /** mean of the model-based standard errors. */
  readonly meanModelSe: number;
  /** √mean((estimate − trueEffect)²). */
  readonly rmse: number;
  /** Share of CIs with ciLower ≤ trueEffect ≤ ciUpper (that replicate's true effect). */
  readonly coverage: number;
  /** √(c(1 − c)/R) over successful analyses. */
  readonly coverageMcse: number;
}

/** One replicate's analysis of one comparison, with the effect the simulation built in. */
export interface ReplicateOutcome {
  readonly estimate: number;
  readonly standardError: number;
  readonly ciLower: number;
  readonly ciUpper: number;
  /** The true effect of this replicate, in the estimate's unit (NaN when undefined in this replicate). */
  readonly trueEffect: number;
  /** Whether the analysis rejected H0 (after any multiplicity adjustment). */
  readonly rejected: boolean;
}

/** Running mean and sum of squared deviations (Welford 1962). */
class RunningMoments {
  count = 0;
  mean = 0;
  sumOfSquaredDeviations = 0;

  add(value: number): void {
    this.count += 1;
    const deviation = value - this.mean;
    this.mean += deviation / this.count;
    this.sumOfSquaredDeviations += deviation * (value - this.mean);
  }

  /** Sample standard deviation (n − 1); NaN below two values. */
  standardDeviation(): number {
    return this.count < 2 ? Number.NaN : Math.sqrt(this.sumOfSquaredDeviations / (this.count - 1));
  }
}

/**
 * Accumulates ReplicateOutcomes one at a time in constant memory, with Welford's updates so the
 * moments stay accurate for any number of replicates (Welford, B. P. (1962), Technometrics 4,
 * 419–420). An analysis counts as failed when its estimate is not finite or a CI bound is NaN
 * (e.g. a t test on two constant groups): it is counted in `failedAnalyses`, is a
 * non-rejection whatever `rejected` says, and is left out of every moment and of coverage.
 * Results depend on the order of `add` calls only through rounding: add in replicate order.
 *
 * @example
 * const accumulator = new OperatingCharacteristicsAccumulator();
 * accumulator.add({ estimate: 1, standardError: 0.5, ciLower: 0, ciUpper: 2, trueEffect: 1, rejected: true });
 * accumulator.add({ estimate: 3, standardError: 0.5, ciLower: 2, ciUpper: 4, trueEffect: 1, rejected: true });
 * accumulator.result().bias // 1 (errors 0 and 2); coverage 0.5; rmse √2
 */
export class OperatingCharacteristicsAccumulator {
  #replicates = 0;
  #failedAnalyses = 0;
  #rejections = 0;
  #covered = 0;
  readonly #estimates = new RunningMoments();
  readonly #errors = new RunningMoments();
  readonly #squaredErrors = new RunningMoments();
  readonly #modelSe = new RunningMoments();
  readonly #trueEffects = new RunningMoments();

  /**
   * Adds one replicate's outcome. A NaN true effect (undefined in that replicate, e.g. a log
   * odds ratio when no twin responds) keeps the replicate in every quantity except bias, RMSE,
   * mean true effect and coverage; a NaN model SE (an exact interval without one) leaves it
   * out of the mean model SE only.
   */
  add(outcome: ReplicateOutcome): void {
    this.#replicates += 1;
    if (hasFailed(outcome)) {
      this.#failedAnalyses += 1;
      return;
    }
    if (outcome.rejected) this.#rejections += 1;
    this.#estimates.add(outcome.estimate);
    if (Number.isFinite(outcome.standardError)) this.#modelSe.add(outcome.standardError);
    if (!Number.isFinite(outcome.trueEffect)) return;
    if (outcome.ciLower <= outcome.trueEffect && outcome.trueEffect <= outcome.ciUpper) this.#covered += 1;
    const error = outcome.estimate - outcome.trueEffect;
    this.#errors.add(error);
    this.#squaredErrors.add(error * error);
    this.#trueEffects.add(outcome.trueEffect);
  }

  /** The operating characteristics of the replicates added so far (see OperatingCharacteristics). */
  result(): OperatingCharacteristics {
    const successes = this.#estimates.count;
    const withTruth = this.#trueEffects.count;
    const rejectionRate = this.#rejections / this.#replicates;
    const coverage = this.#covered / withTruth;
    const empiricalSe = this.#estimates.standardDeviation();
    return {
      replicates: this.#replicates,
      failedAnalyses: this.#failedAnalyses,
      rejectionRate,
      rejectionRateMcse: Math.sqrt((rejectionRate * (1 - rejectionRate)) / this.#replicates),
      meanEstimate: meanOrNaN(this.#estimates),
      meanTrueEffect: meanOrNaN(this.#trueEffects),
      bias: meanOrNaN(this.#errors),
      biasMcse: this.#errors.standardDeviation() / Math.sqrt(withTruth),
      empiricalSe,
      empiricalSeMcse: empiricalSe / Math.sqrt(2 * (successes - 1)),
      meanModelSe: meanOrNaN(this.#modelSe),
      rmse: Math.sqrt(meanOrNaN(this.#squaredErrors)),
      coverage,
      coverageMcse: Math.sqrt((coverage * (1 - coverage)) / withTruth),
    };
  }
}

function hasFailed(outcome: ReplicateOutcome): boolean {
  return !Number.isFinite(outcome.estimate) || Number.isNaN(outcome.ciLower) || Number.isNaN(outcome.ciUpper);
}

function meanOrNaN(moments: RunningMoments): number {
  return moments.count === 0 ? Number.NaN : moments.mean;
}
