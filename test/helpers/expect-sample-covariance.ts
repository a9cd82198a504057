import { expect } from "vitest";

/**
 * Asserts that draws of a zero-mean multivariate normal have mean 0 and the covariance
 * `expected`, each within 5 standard errors. For normal data the SE of a sample mean is
 * √(Σᵢᵢ / n) and of a sample covariance √((Σᵢⱼ² + Σᵢᵢ·Σⱼⱼ) / (n − 1)) (Anderson, An Introduction to
 * Multivariate Statistical Analysis, 3rd ed., ch. 3; 2Σᵢᵢ² / (n − 1) for a variance). A component
 * with variance 0 must be exactly 0. A failure prints the component, sample value, expected value
 * and SE.
 *
 * @example expectSampleCovariance([xs, ys], [[1, 0.5], [0.5, 1]], "η") // columns: one Float64Array of draws per component
 */
export function expectSampleCovariance(columns: readonly Float64Array[], expected: readonly (readonly number[])[], label: string): void {
  const count = columns[0]?.length ?? 0;
  const means = columns.map((column) => column.reduce((total, value) => total + value, 0) / count);
  const entry = (i: number, j: number): number => expected[i]?.[j] ?? Number.NaN;
  columns.forEach((columnI, i) => {
    const meanI = means[i] as number;
    expect(Math.abs(meanI), `${label}: mean of component ${i} = ${meanI}`).toBeLessThanOrEqual(5 * Math.sqrt(entry(i, i) / count));
    for (let j = 0; j <= i; j++) {
      const columnJ = columns[j] as Float64Array;
      const meanJ = means[j] as number;
      let total = 0;
      for (let draw = 0; draw < count; draw++) total += ((columnI[draw] as number) - meanI) * ((columnJ[draw] as number) - meanJ);
      const sample = total / (count - 1);
      const standardError = Math.sqrt((entry(i, j) ** 2 + entry(i, i) * entry(j, j)) / (count - 1));
      const message = `${label}: Cov(${i}, ${j}) sample ${sample}, expected ${entry(i, j)}, SE ${standardError}`;
      expect(Math.abs(sample - entry(i, j)), message).toBeLessThanOrEqual(5 * standardError);
      if (entry(i, i) === 0) expect(sample, message).toBe(0);
    }
  });
}
