import type { Endpoint } from "../spec/schema.js";

/** The regression behind a twin model: lm, logistic glm, or a survreg distribution. */
export type TwinModelKind = "linear" | "logistic" | "weibull" | "exponential";

/** One row of a coefficient table, as R's summary.lm, summary.glm or summary.survreg prints it. */
export interface TwinCoefficient {
  /** R's term label: "(Intercept)", "age", "log(bili)", "Log(scale)". */
  readonly name: string;
  /** On the fitted scale: change in the outcome (lm), log odds (glm) or log time (survreg) per unit. */
  readonly estimate: number;
  readonly standardError: number;
  /** estimate / standardError: t for lm (residual df), z otherwise. */
  readonly statistic: number;
  /** Two-sided p value of statistic. */
  readonly pValue: number;
  /** Wald interval at analysis.confidence_level (t quantile for lm, as confint.lm; normal otherwise, as confint.default). */
  readonly ciLower: number;
  readonly ciUpper: number;
}

/** A covariate of a time-to-event twin model in proportional-hazards form, γ = −β/σ. */
export interface TwinHazardRatio {
  readonly name: string;
  /** Log hazard ratio per unit of the (transformed) covariate: the endpoint's covariate coefficient. */
  readonly logHazardRatio: number;
  /** Delta-method SE (toProportionalHazards). */
  readonly standardError: number;
  readonly hazardRatio: number;
  /** Interval of the hazard ratio at analysis.confidence_level. */
  readonly ciLower: number;
  readonly ciUpper: number;
}

/** The real outcomes of the fitting rows, in the order of `tableIndexes`. */
export type TwinOutcomes =
  | { readonly type: "continuous"; readonly values: Float64Array }
  | { readonly type: "binary"; readonly events: Uint8Array }
  | { readonly type: "time-to-event"; readonly timesDays: Float64Array; readonly events: Uint8Array };

/** What fitTwinModels fitted for one endpoint, for the report and for designs that borrow real controls. */
export interface TwinModelFit {
  /** The endpoint's id. */
  readonly endpoint: string;
  readonly model: TwinModelKind;
  /** Which real rows were fitted, as a reader would say it: "trt in {2}" or "every eligible patient". */
  readonly selection: string;
  /** Eligible patients the selection picked. */
  readonly selectedCount: number;
  /** Of those, the ones fitted: complete in every column the model uses. */
  readonly fittedCount: number;
  /** selectedCount − fittedCount: dropped for a missing value. */
  readonly droppedCount: number;
  /** Events among the fitted rows (binary, time-to-event), else null. */
  readonly eventCount: number | null;
  /** The coefficient table on the fitted scale; survreg's Weibull adds "Log(scale)" last. */
  readonly coefficients: readonly TwinCoefficient[];
  /** Time-to-event: every covariate (not the intercept) in proportional-hazards form; else empty. */
  readonly hazardRatios: readonly TwinHazardRatio[];
  /** Linear: σ, the residual standard error √(RSS/(n − p)) (the endpoint's residual_sd); else null. */
  readonly residualSd: number | null;
  /** Time-to-event: the Weibull shape 1/σ (1 for the exponential); else null. */
  readonly shape: number | null;
  /** Maximised log-likelihood, as R's logLik (lm: with σ² = RSS/n; survreg: on the time scale). */
  readonly logLikelihood: number;
  readonly confidenceLevel: number;
  /** The endpoint fields the fit filled (the same values as in the returned spec). */
  readonly filled: Partial<Endpoint>;
  /** Positions of the fitted rows in eligible.eligibleRows (the covariate table's rows), increasing. */
  readonly tableIndexes: Int32Array;
  readonly outcomes: TwinOutcomes;
}

/** What one regression gives a twin model: its table, summary numbers and the endpoint fields it fills. */
export type TwinEstimates = Pick<TwinModelFit, "model" | "coefficients" | "hazardRatios" | "residualSd" | "shape" | "logLikelihood" | "filled">;
