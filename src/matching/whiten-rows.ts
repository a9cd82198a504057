import { decomposeCholesky } from "../stats/decompose-cholesky.js";

/**
 * Rows z = L⁻¹(x − x̄), where LLᵀ is the sample covariance (n − 1) of all rows together: the
 * Euclidean distance between whitened rows is the Mahalanobis distance between the rows
 * (Rubin 1980, "Bias reduction using Mahalanobis-metric matching", Biometrics 36:293–298).
 *
 * @throws RangeError "whitenRows requires a positive-definite covariance of the matching covariates" (a constant or collinear covariate)
 */
export function whitenRows(rows: readonly (readonly number[])[]): number[][] {
  const n = rows.length;
  const p = rows[0]?.length ?? 0;
  const centre = Array.from({ length: p }, (_, j) => rows.reduce((sum, row) => sum + (row[j] as number), 0) / n);
  const covariance = Array.from({ length: p }, (_, i) =>
    Array.from({ length: p }, (_, j) => rows.reduce((sum, row) => sum + ((row[i] as number) - (centre[i] as number)) * ((row[j] as number) - (centre[j] as number)), 0) / (n - 1)),
  );
  const lower = decomposeCholesky(covariance);
  if (lower === undefined) throw new RangeError("whitenRows requires a positive-definite covariance of the matching covariates");
  return rows.map((row) => {
    const z = new Array<number>(p).fill(0);
    for (let i = 0; i < p; i++) {
      let value = (row[i] as number) - (centre[i] as number);
      for (let k = 0; k < i; k++) value -= (lower[i]?.[k] as number) * (z[k] as number);
      z[i] = value / (lower[i]?.[i] as number);
    }
    return z;
  });
}
