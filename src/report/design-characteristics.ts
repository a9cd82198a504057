import type { DesignResult, EfficacySummary } from "../trial/index.js";

/** The numbers of one design that its table row shows: the primary analysis with and without the drug effect. */
export interface DesignCharacteristics {
  readonly primary: EfficacySummary | undefined;
  readonly nullPrimary: EfficacySummary | undefined;
  /** PROCOVA: the same trials' primary analysis without the prognostic score. */
  readonly unadjustedPrimary: EfficacySummary | undefined;
  /** PROCOVA: empirical variance of the estimate with the score over without it. */
  readonly observedVarianceRatio: number;
  /** PROCOVA, continuous: 1 − ρ², the variance (and sample size) ratio the correlation predicts. */
  readonly predictedVarianceRatio: number;
  readonly maxSmdBefore: number;
  readonly maxSmdAfter: number;
}

const firstPrimary = (summaries: readonly EfficacySummary[] | undefined): EfficacySummary | undefined => summaries?.find((summary) => summary.primary) ?? summaries?.[0];

function largestAbsolute(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : Math.max(...values.map(Math.abs));
}

/** Reads a design's result the way designs.csv and the report present it. */
export function designCharacteristics(result: DesignResult): DesignCharacteristics {
  const primary = firstPrimary(result.alternative);
  const unadjustedPrimary = firstPrimary(result.unadjusted);
  const adjustedSe = primary?.characteristics.empiricalSe ?? Number.NaN;
  const unadjustedSe = unadjustedPrimary?.characteristics.empiricalSe ?? Number.NaN;
  return {
    primary, nullPrimary: firstPrimary(result.nullRun), unadjustedPrimary,
    observedVarianceRatio: unadjustedPrimary === undefined ? Number.NaN : (adjustedSe / unadjustedSe) ** 2,
    predictedVarianceRatio: 1 - result.prognosticCorrelation ** 2,
    maxSmdBefore: largestAbsolute(result.balance.map((entry) => entry.before)),
    maxSmdAfter: largestAbsolute(result.balance.map((entry) => entry.after)),
  };
}
