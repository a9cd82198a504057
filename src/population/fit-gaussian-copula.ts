import { choleskyFactor } from "../variability/index.js";
import { correlatePairwise } from "./correlate-pairwise.js";
import type { CovariateTable } from "./covariate-table.js";
import { buildEmpiricalMarginal, type EmpiricalMarginal } from "./empirical-marginal.js";
import { computeNormalScores } from "./normal-scores.js";
import { repairCorrelation } from "./repair-correlation.js";

/** preserve: a value is missing as often as in the cohort, jointly with the other columns; impute: never missing. */
export type MissingValues = "preserve" | "impute";

/** One copula dimension: a column's values, or (preserve) whether a column's value is missing (1) or not (0). */
export interface CopulaDimension {
  /** The column's name; "<column> missing" for an indicator. */
  readonly name: string;
  readonly marginal: EmpiricalMarginal;
}

/** How a table column is rebuilt from the dimensions. */
export interface CopulaColumn {
  readonly name: string;
  readonly kind: "numeric" | "categorical";
  readonly valueDimension: number;
  /** Its missingness indicator's dimension; -1 with impute or when no value is missing. */
  readonly missingDimension: number;
}

/** A Gaussian copula fitted to a covariate table (see fitGaussianCopula). */
export interface GaussianCopulaFit {
  readonly missing: MissingValues;
  /** Number columns, category columns, then the indicators, each in table order. */
  readonly dimensions: readonly CopulaDimension[];
  /** Number columns, then category columns, in table order. */
  readonly columns: readonly CopulaColumn[];
  /** Pearson correlation of the normal scores over pairwise-complete rows, d × d. */
  readonly normalScoreCorrelation: readonly (readonly number[])[];
  /** The copula's correlation R: normalScoreCorrelation, made positive definite if it is not. */
  readonly correlation: readonly (readonly number[])[];
  /** Lower-triangular L with L·Lᵀ = correlation. */
  readonly choleskyLower: readonly (readonly number[])[];
}

/**
 * Fits a Gaussian copula to the eligible patients: every column keeps its own empirical
 * distribution, and the columns are joined by the correlation R of their normal scores
 * Φ⁻¹(rank / (n + 1)) (computeNormalScores), over pairwise-complete rows (correlatePairwise),
 * made positive definite if needed (repairCorrelation). By Sklar's theorem any joint
 * distribution is its marginals joined by a copula; the Gaussian copula keeps the rank
 * dependence between pairs of columns and nothing else (no tail dependence, no interactions).
 *
 * Columns: float "number" columns are continuous (interpolated quantiles); integer, boolean and
 * derived columns step through their observed levels. A category column is ordered by its codes
 * (the sorted level names) and treated as ordinal through the mid-rank of each category, the
 * usual choice of synthetic-data generators (synthpop's normrank; Li et al. 2014): its
 * correlation with other columns then depends on that order, and for a category with more than
 * two levels and no natural order it is only a summary. For binary and ordinal columns the
 * normal-score correlation underestimates the latent (polychoric) one, so their associations
 * come out somewhat weaker than in the cohort.
 *
 * Missing values (NaN, code -1) are left out of their column's ranks and of the pairs they are
 * in. With `preserve`, every column with a missing value gets one more dimension, its 0/1
 * missingness indicator (1 = missing), fitted like an integer column: missingness then occurs at
 * the observed rate and is correlated with the other columns and indicators. With `impute` there
 * are no indicators and every value is drawn (from the observed values' distribution; a column
 * missing in every row stays missing).
 *
 * Reference: Nelsen, R. B. (2006). An Introduction to Copulas, 2nd ed., Springer, §2.3 (Sklar's
 * theorem); Song, P. X.-K. (2000). Multivariate dispersion models generated from Gaussian copula.
 * Scandinavian Journal of Statistics 27, 305–320; Li, H., Xiong, L., Zhang, L. & Jiang, X. (2014). DPSynthesizer:
 * differentially private data synthesizer for privacy preserving data sharing. PVLDB 7,
 * 1677–1680 (Gaussian copula with empirical marginals); Nowok, B., Raab, G. M. & Dibben, C.
 * (2016). synthpop: bespoke creation of synthetic data in R. J. Stat. Softw. 74(11) (normal rank
 * scores); test/reference/copula.R.
 *
 * @param table the eligible patients
 * @param missing preserve or impute
 * @returns the fit; cohorts/pbc.csv (16 columns, 4 with missing values) gives 20 dimensions with preserve
 * @example fitGaussianCopula(pbcTable, "preserve").normalScoreCorrelation[0][1] // age–bili, equal to
 * // R's cor(qnorm(rank(age) / 313), qnorm(rank(bili) / 313)) to 1e-12 (test/population/pbc-copula.test.ts)
 */
export function fitGaussianCopula(table: CovariateTable, missing: MissingValues): GaussianCopulaFit {
  const sources = [
    ...table.numeric.map((column) => ({ name: column.name, kind: "numeric" as const, values: column.values, inverse: column.continuous ? ("interpolated" as const) : ("step" as const) })),
    ...table.categorical.map((column) => ({ name: column.name, kind: "categorical" as const, values: Float64Array.from(column.codes, (code) => (code < 0 ? Number.NaN : code)), inverse: "step" as const })),
  ];
  const withMissing = missing === "preserve" ? sources.filter((source) => source.values.some((value) => Number.isNaN(value))) : [];
  const indicators = withMissing.map((source) => ({ name: `${source.name} missing`, values: Float64Array.from(source.values, (value) => (Number.isNaN(value) ? 1 : 0)), inverse: "step" as const }));
  const all = [...sources, ...indicators];
  const columns = sources.map((source, index): CopulaColumn => {
    const indicator = withMissing.indexOf(source);
    return { name: source.name, kind: source.kind, valueDimension: index, missingDimension: indicator < 0 ? -1 : sources.length + indicator };
  });
  const normalScoreCorrelation = correlatePairwise(all.map((dimension) => computeNormalScores(dimension.values)));
  const correlation = repairCorrelation(normalScoreCorrelation);
  return {
    missing,
    dimensions: all.map((dimension) => ({ name: dimension.name, marginal: buildEmpiricalMarginal(dimension.values, dimension.inverse) })),
    columns,
    normalScoreCorrelation,
    correlation,
    choleskyLower: choleskyFactor(correlation),
  };
}
