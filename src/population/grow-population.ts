import { drawIndex, drawStandardNormal, type Rng } from "../rng/index.js";
import type { CovariateTable, VirtualPopulation } from "./covariate-table.js";
import { drawCopulaPopulation } from "./draw-copula-population.js";
import { fitGaussianCopula, type GaussianCopulaFit, type MissingValues } from "./fit-gaussian-copula.js";
import type { ColumnSmoothing } from "./smoothing-plan.js";

export type PopulationMethod = "bootstrap" | "smoothed-bootstrap" | "gaussian-copula" | "cohort";

export interface GrowOptions {
  readonly table: CovariateTable;
  readonly method: PopulationMethod;
  readonly size: number;
  /** gaussian-copula: keep missing values at the observed rate (default) or impute them all. */
  readonly missing?: MissingValues;
  /** Required for smoothed-bootstrap (from planSmoothing), ignored otherwise. */
  readonly smoothing: readonly ColumnSmoothing[];
}

/**
 * Grows virtual patients from the eligible real ones.
 *
 * bootstrap: each patient is a real row drawn uniformly with replacement (one uniform).
 * cohort: the eligible real patients themselves, each once, in file order (no draws).
 * smoothed-bootstrap: the same as bootstrap, then every continuous column gets Gaussian kernel noise
 * (bandwidth by Silverman's rule) clipped to the observed range — a draw from the kernel
 * density estimate, so virtual patients are near, not copies of, real ones. Missing
 * values stay missing. Each patient takes the same number of draws in the same order
 * (row, then one normal per continuous column, drawn even where the value is missing),
 * so patient i's covariates do not depend on how many patients follow it.
 * gaussian-copula: new patients, not copies (sourceRow -1): each column's empirical distribution,
 * joined by the correlation of normal scores, missing values kept at their rate (`missing:
 * preserve`) or all filled (`impute`); see fitGaussianCopula and drawCopulaPopulation. The fit is
 * made once per table object (the replicates of a run share their plan's table).
 *
 * Reference: Silverman (1986) Density Estimation §6.4.1 (smoothed bootstrap); Nelsen (2006) An
 * Introduction to Copulas, 2nd ed., §2.3 (Sklar's theorem).
 */
export function growPopulation(options: GrowOptions, rng: Rng): VirtualPopulation {
  const { table, method, size } = options;
  if (method === "gaussian-copula") return drawCopulaPopulation(fitOnce(table, options.missing ?? "preserve"), size, rng);
  const smoothing = method === "smoothed-bootstrap" ? options.smoothing : [];
  const sourceRow = new Int32Array(size);
  const noise = smoothing.map(() => new Float64Array(size));
  for (let patient = 0; patient < size; patient++) {
    // cohort: every eligible patient once, in file order, without draws.
    sourceRow[patient] = method === "cohort" ? patient % table.rowCount : drawIndex(rng, table.rowCount);
    for (let column = 0; column < smoothing.length; column++) {
      (noise[column] as Float64Array)[patient] = drawStandardNormal(rng);
    }
  }
  const numeric = new Map<string, Float64Array>();
  for (const column of table.numeric) {
    const values = new Float64Array(size);
    for (let patient = 0; patient < size; patient++) values[patient] = column.values[sourceRow[patient] as number] ?? Number.NaN;
    const index = smoothing.findIndex((plan) => plan.name === column.name);
    const plan = smoothing[index];
    if (plan !== undefined) addClippedNoise(values, noise[index] as Float64Array, plan);
    numeric.set(column.name, values);
  }
  const categorical = new Map<string, Int32Array>();
  for (const column of table.categorical) {
    const codes = new Int32Array(size);
    for (let patient = 0; patient < size; patient++) codes[patient] = column.codes[sourceRow[patient] as number] ?? -1;
    categorical.set(column.name, codes);
  }
  return { size, sourceRow, numeric, categorical };
}

function addClippedNoise(values: Float64Array, noise: Float64Array, plan: ColumnSmoothing): void {
  for (let patient = 0; patient < values.length; patient++) {
    const value = values[patient] as number;
    if (Number.isNaN(value)) continue;
    const smoothed = value + plan.bandwidth * (noise[patient] as number);
    values[patient] = Math.min(plan.maximum, Math.max(plan.minimum, smoothed));
  }
}

/**
 * Fits, keyed by the table object: a table is not modified once built (trial-plan.ts builds one
 * per plan), and a WeakMap lets a table and its fits be collected together.
 */
const FITS = new WeakMap<CovariateTable, Map<MissingValues, GaussianCopulaFit>>();

function fitOnce(table: CovariateTable, missing: MissingValues): GaussianCopulaFit {
  const fits = FITS.get(table) ?? new Map<MissingValues, GaussianCopulaFit>();
  FITS.set(table, fits);
  const fit = fits.get(missing) ?? fitGaussianCopula(table, missing);
  fits.set(missing, fit);
  return fit;
}
