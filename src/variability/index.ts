export { addResidualError } from "./add-residual-error.js";
export { applyCovariateEffects, covariateFactorOf } from "./apply-covariate-effects.js";
export { categoricalCovariateFactor } from "./categorical-covariate-factor.js";
export { choleskyFactor } from "./cholesky-factor.js";
export { assertCorrelationMatrix } from "./correlation-matrix.js";
export type { CorrelationMatrixExpectation } from "./correlation-matrix.js";
export type {
  CategoricalCovariateEffect,
  CovariateEffect,
  CovariateValue,
  CovariateValues,
  ExponentialCovariateEffect,
  LinearCovariateEffect,
  PowerCovariateEffect,
} from "./covariate-effect.js";
export { drawMultivariateNormal } from "./draw-multivariate-normal.js";
export { drawTypicalValues } from "./draw-typical-values.js";
export type { TypicalValueUncertainty } from "./draw-typical-values.js";
export { exponentialCovariateFactor } from "./exponential-covariate-factor.js";
export { linearCovariateFactor } from "./linear-covariate-factor.js";
export { logCovarianceFromRses } from "./log-covariance-from-rses.js";
export type { LogCovarianceFromRsesOptions } from "./log-covariance-from-rses.js";
export { buildLogNormalCovariance } from "./log-normal-covariance.js";
export type { LogNormalCovarianceOptions } from "./log-normal-covariance.js";
export { omegaFromCvs } from "./omega-from-cvs.js";
export type { OmegaFromCvsOptions } from "./omega-from-cvs.js";
export { omegaFromMatrix } from "./omega-from-matrix.js";
export { powerCovariateFactor } from "./power-covariate-factor.js";
export type { ResidualErrorModel } from "./residual-error-model.js";
export { assertSquareMatrix, assertSymmetric, entryAt } from "./square-matrix.js";
export type { SquareMatrix } from "./square-matrix.js";
