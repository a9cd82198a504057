import { sum } from "./sum.js";

/** Censored log times, events and design of an extreme-value (log-Weibull) regression. */
export interface ExtremeValueData {
  /** log tᵢ. */
  readonly logTimes: readonly number[];
  /** 1 = event, 0 = right-censored. */
  readonly events: readonly number[];
  readonly design: readonly (readonly number[])[];
}

/** The log-likelihood on the log-time scale with its first and second derivatives. */
export interface ExtremeValueLikelihood {
  /** Σ δᵢ(wᵢ − log σ) − e^wᵢ: the log-time scale, without the −Σδᵢ log tᵢ Jacobian (as survival's `survreg6`). */
  readonly logLikelihood: number;
  /** Gradient in the parameters (β, then log σ when it is estimated). */
  readonly score: readonly number[];
  /** Minus the Hessian (observed information), same order. */
  readonly information: readonly (readonly number[])[];
  /** Σ gᵢgᵢᵀ of the per-patient gradients (BHHH), the fallback when the information is not positive definite. */
  readonly outerProduct: readonly (readonly number[])[];
}

/**
 * Log-likelihood of log T = xᵀβ + σW with W standard minimum extreme value, right censoring,
 * and its derivatives in (β, τ = log σ), in closed form: with w = (log t − xᵀβ)/σ and e = e^w,
 * ℓ = Σ δ(w − τ) − e, ∂ℓ/∂β = Σ x(e − δ)/σ, ∂ℓ/∂τ = Σ (e − δ)w − δ, and the information
 * Σ xxᵀe/σ², Σ x(ew + e − δ)/σ, Σ ew² + (e − δ)w. With `parameters` of length p the scale is
 * fixed at σ = 1 (the exponential model) and only β is differentiated.
 *
 * Reference: Kalbfleisch & Prentice (2002), The Statistical Analysis of Failure Time Data, 2nd
 * ed., §3.6 and §5.2; Therneau, T. M., survival package, `survreg` technical report (Mayo TR 53).
 *
 * @param data log times, events (0/1) and design
 * @param parameters β (length p), optionally followed by log σ (length p + 1)
 * @returns the log-likelihood, score, information and outer product of the gradients
 * @example computeExtremeValueLikelihood({ logTimes: [0], events: [1], design: [[1]] }, [0]).logLikelihood // -1 = w − e^w at w = 0
 */
export function computeExtremeValueLikelihood(data: ExtremeValueData, parameters: readonly number[]): ExtremeValueLikelihood {
  const columnCount = data.design[0]?.length ?? 0;
  const estimatesScale = parameters.length > columnCount;
  const logScale = estimatesScale ? (parameters[columnCount] ?? Number.NaN) : 0;
  const scale = Math.exp(logScale);
  const size = columnCount + (estimatesScale ? 1 : 0);
  const terms: number[] = [];
  const totals: Totals = {
    score: new Array<number>(size).fill(0),
    information: Array.from({ length: size }, () => new Array<number>(size).fill(0)),
    outerProduct: Array.from({ length: size }, () => new Array<number>(size).fill(0)),
  };
  for (const [i, row] of data.design.entries()) {
    const event = data.events[i] ?? Number.NaN;
    const w = ((data.logTimes[i] ?? Number.NaN) - sum(row.map((value, k) => value * (parameters[k] ?? Number.NaN)))) / scale;
    const e = Math.exp(w);
    terms.push(event * (w - logScale) - e);
    const derivatives: PatientDerivatives = {
      linear: (e - event) / scale,
      linearCurvature: e / (scale * scale),
      scale: estimatesScale ? { score: (e - event) * w - event, mixed: (e * w + e - event) / scale, curvature: e * w * w + (e - event) * w } : undefined,
    };
    accumulate(totals, row, derivatives);
  }
  return { logLikelihood: sum(terms), ...totals };
}

interface Totals {
  readonly score: number[];
  readonly information: number[][];
  readonly outerProduct: number[][];
}

/** One patient's ∂ℓ/∂η, −∂²ℓ/∂η², and when σ is estimated ∂ℓ/∂τ, −∂²ℓ/∂η∂τ, −∂²ℓ/∂τ². */
interface PatientDerivatives {
  readonly linear: number;
  readonly linearCurvature: number;
  readonly scale: { readonly score: number; readonly mixed: number; readonly curvature: number } | undefined;
}

/** Adds one patient's gradient g = (x·∂ℓ/∂η, ∂ℓ/∂τ), information and ggᵀ to the totals. */
function accumulate(totals: Totals, row: readonly number[], derivatives: PatientDerivatives): void {
  const gradient = row.map((value) => value * derivatives.linear);
  const curvatureColumn = row.map((value) => value * (derivatives.scale?.mixed ?? 0));
  if (derivatives.scale !== undefined) {
    gradient.push(derivatives.scale.score);
    curvatureColumn.push(derivatives.scale.curvature);
  }
  const columnCount = row.length;
  for (const [j, gradientJ] of gradient.entries()) {
    totals.score[j] = (totals.score[j] ?? 0) + gradientJ;
    const informationRow = totals.information[j] ?? [];
    const outerRow = totals.outerProduct[j] ?? [];
    for (const [k, gradientK] of gradient.entries()) {
      outerRow[k] = (outerRow[k] ?? 0) + gradientJ * gradientK;
      const entry =
        j < columnCount && k < columnCount
          ? (row[j] ?? 0) * (row[k] ?? 0) * derivatives.linearCurvature
          : (curvatureColumn[j < columnCount ? j : k] ?? 0);
      informationRow[k] = (informationRow[k] ?? 0) + entry;
    }
  }
}
