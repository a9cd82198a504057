import type { EffectEstimate } from "./effect-estimate.js";
import { fitLinearModel, type LinearModelFit } from "./fit-linear-model.js";
import { testCoefficient } from "./test-coefficient.js";
import { validateTestOptions, type TestOptions } from "./test-options.js";

/** The data and options of an ANCOVA. */
export interface AncovaOptions {
  /** The endpoint, one value per observation. */
  readonly response: readonly number[];
  /** Each observation's group: 0 = reference (control), 1..groupCount = treatment groups. */
  readonly group: readonly number[];
  /** g, the number of treatment groups (not counting the reference). */
  readonly groupCount: number;
  /** Baseline covariates, each an array over the observations (may be empty). */
  readonly covariates: readonly (readonly number[])[];
  readonly test: TestOptions;
}

/**
 * Analysis of covariance: the linear model response ~ 1 + [group = 1] + … + [group = g] +
 * covariates, fitted by fitLinearModel; returns, for each treatment group k = 1..g, its
 * covariate-adjusted difference from the reference group (the coefficient of [group = k])
 * with its t test and CI on n − (1 + g + covariates) degrees of freedom.
 *
 * Reference: EMA (2015), Guideline on adjustment for baseline covariates in clinical trials,
 * EMA/CHMP/295050/2013; R `lm(y ~ factor(group) + covariates)` with treatment contrasts.
 *
 * @param options response, group, groupCount, covariates and test options
 * @returns one EffectEstimate per treatment group, in group order 1..g
 * @throws RangeError "ancova requires a positive integer group count, got 0"
 * @throws RangeError "ancova requires one group per response, got 10 groups and 12 responses"
 * @throws RangeError "ancova requires each group to be an integer from 0 to 1, got 2 at index 5"
 * @throws RangeError "ancova requires at least one observation in every group 0..1, group 1 has none"
 * @throws RangeError "ancova requires more observations than model coefficients, got 3 observations and 3 coefficients"
 * @throws RangeError "ancova requires finite responses, got NaN at index 4" (and likewise "finite covariates")
 * @throws RangeError "ancova requires each covariate to have one value per response, covariate 0 has 11 values for 12 responses"
 * @throws RangeError "ancova requires covariates that are linearly independent of the intercept, the groups and each other (fitLinearModel requires …)"
 * @example ancova({ response: [1, 2, 3, 5, 6, 7], group: [0, 0, 0, 1, 1, 1], groupCount: 1, covariates: [], test: { confidenceLevel: 0.95, alternative: "two-sided" } })[0]?.estimate // 4 (= 6 − 2, the difference in means)
 */
export function ancova(options: AncovaOptions): readonly EffectEstimate[] {
  validateTestOptions(options.test, "ancova");
  checkAncovaGroups(options);
  checkAncovaValues(options);
  const { response, group, groupCount, covariates } = options;
  const design = response.map((_, row) => [
    1,
    ...Array.from({ length: groupCount }, (_, k) => (group[row] === k + 1 ? 1 : 0)),
    ...covariates.map((covariate) => covariate[row] ?? Number.NaN),
  ]);
  const fit = fitAncovaModel(design, response);
  return Array.from({ length: groupCount }, (_, k) => testCoefficient(fit, k + 1, options.test));
}

/**
 * After checkAncovaGroups and checkAncovaValues, the one precondition of fitLinearModel left is
 * full rank; the intercept and the indicators of observed groups are independent, so a collinear
 * column is always a covariate's.
 */
function fitAncovaModel(design: readonly (readonly number[])[], response: readonly number[]): LinearModelFit {
  try {
    return fitLinearModel(design, response);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new RangeError(
      "ancova requires covariates that are linearly independent of the intercept, the groups and each other " +
        `(${error.message})`,
      { cause: error },
    );
  }
}

function checkAncovaGroups(options: AncovaOptions): void {
  const { response, group, groupCount } = options;
  if (!Number.isSafeInteger(groupCount) || groupCount < 1) {
    throw new RangeError(`ancova requires a positive integer group count, got ${groupCount}`);
  }
  if (group.length !== response.length) {
    throw new RangeError(`ancova requires one group per response, got ${group.length} groups and ${response.length} responses`);
  }
  const badGroup = group.findIndex((value) => !Number.isInteger(value) || value < 0 || value > groupCount);
  if (badGroup >= 0) {
    throw new RangeError(`ancova requires each group to be an integer from 0 to ${groupCount}, got ${group[badGroup]} at index ${badGroup}`);
  }
  for (let k = 0; k <= groupCount; k += 1) {
    if (!group.includes(k)) {
      throw new RangeError(`ancova requires at least one observation in every group 0..${groupCount}, group ${k} has none`);
    }
  }
}

function checkAncovaValues(options: AncovaOptions): void {
  const { response, groupCount, covariates } = options;
  const coefficientCount = 1 + groupCount + covariates.length;
  if (response.length <= coefficientCount) {
    throw new RangeError(
      `ancova requires more observations than model coefficients, got ${response.length} observations and ${coefficientCount} coefficients`,
    );
  }
  const badResponse = response.findIndex((value) => !Number.isFinite(value));
  if (badResponse >= 0) {
    throw new RangeError(`ancova requires finite responses, got ${response[badResponse]} at index ${badResponse}`);
  }
  for (const [index, covariate] of covariates.entries()) {
    if (covariate.length !== response.length) {
      throw new RangeError(
        `ancova requires each covariate to have one value per response, covariate ${index} has ${covariate.length} values for ${response.length} responses`,
      );
    }
    const badValue = covariate.findIndex((value) => !Number.isFinite(value));
    if (badValue >= 0) {
      throw new RangeError(`ancova requires finite covariates, got ${covariate[badValue]} in covariate ${index} at index ${badValue}`);
    }
  }
}
