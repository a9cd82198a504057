import type { Rng } from "../rng/index.js";
import { normalCdf } from "../stats/index.js";
import { drawMultivariateNormal } from "../variability/index.js";
import type { VirtualPopulation } from "./covariate-table.js";
import { empiricalQuantile } from "./empirical-quantile.js";
import type { GaussianCopulaFit } from "./fit-gaussian-copula.js";

/**
 * Draws virtual patients from a fitted Gaussian copula: per patient z ~ N(0, R) as L·e with e
 * standard normal (drawMultivariateNormal), uᵢ = Φ(zᵢ), and every value the empirical quantile
 * of its column at uᵢ. With `preserve`, a value whose indicator comes out 1 is missing (NaN,
 * code -1); it still takes its draw. Every patient reads exactly d uniforms (d = the number of
 * dimensions) in dimension order, so patient i does not depend on how many patients follow.
 * O(d²) per patient for L·e, plus a binary search per interpolated column.
 *
 * sourceRow is -1 for every patient: a copula patient is not a copy of any real row.
 *
 * Reference: Nelsen, R. B. (2006). An Introduction to Copulas, 2nd ed., §2.3 (Sklar's theorem:
 * Xᵢ = Fᵢ⁻¹(Uᵢ) has marginal Fᵢ); Gentle, J. E. (2003). Random Number Generation and Monte
 * Carlo Methods, 2nd ed., ch. 5 (multivariate normal by the Cholesky factor).
 *
 * @param fit from fitGaussianCopula
 * @param size the number of virtual patients
 * @param rng the population stream, read d uniforms per patient
 * @returns the patients, every table column filled
 * @example drawCopulaPopulation(fitGaussianCopula(table, "impute"), 10, streamFor(1, [1, "population"])).sourceRow
 * // Int32Array(10) [-1, -1, …] (test/population/draw-copula-population.test.ts)
 */
export function drawCopulaPopulation(fit: GaussianCopulaFit, size: number, rng: Rng): VirtualPopulation {
  const outputs = fit.columns.map((column) => ({ column, values: new Float64Array(size) }));
  const normals = new Float64Array(fit.dimensions.length);
  const probabilities = new Float64Array(fit.dimensions.length);
  for (let patient = 0; patient < size; patient++) {
    drawMultivariateNormal(rng, fit.choleskyLower, normals);
    for (let index = 0; index < normals.length; index++) probabilities[index] = normalCdf(normals[index] as number);
    for (const { column, values } of outputs) {
      values[patient] = isDrawnMissing(fit, column.missingDimension, probabilities) ? Number.NaN : quantileOf(fit, column.valueDimension, probabilities);
    }
  }
  const numeric = new Map<string, Float64Array>();
  const categorical = new Map<string, Int32Array>();
  for (const { column, values } of outputs) {
    if (column.kind === "numeric") numeric.set(column.name, values);
    else categorical.set(column.name, Int32Array.from(values, (code) => (Number.isNaN(code) ? -1 : code)));
  }
  return { size, sourceRow: new Int32Array(size).fill(-1), numeric, categorical };
}

function quantileOf(fit: GaussianCopulaFit, dimension: number, probabilities: Float64Array): number {
  const marginal = fit.dimensions[dimension]?.marginal;
  return marginal === undefined ? Number.NaN : empiricalQuantile(marginal, probabilities[dimension] as number);
}

function isDrawnMissing(fit: GaussianCopulaFit, dimension: number, probabilities: Float64Array): boolean {
  return dimension >= 0 && quantileOf(fit, dimension, probabilities) === 1;
}
