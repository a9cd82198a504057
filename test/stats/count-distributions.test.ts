import { describe, expect, it } from "vitest";
import { gammaQuantile, poissonQuantile } from "../../src/stats/count-distributions.js";

describe("poissonQuantile and gammaQuantile", () => {
  it("match R's qpois and qgamma (R 4.2.2, 15 digits)", () => {
    // R: qpois(c(0.5, 0.999, 0), 3.2) = 3, 10, 0
    expect(poissonQuantile(0.5, 3.2)).toBe(3);
    expect(poissonQuantile(0.999, 3.2)).toBe(10);
    expect(poissonQuantile(0, 3.2)).toBe(0);
    // R: qgamma(0.3, shape = 2, rate = 2) = 0.548674605351746
    expect(Math.abs(gammaQuantile(0.3, 2, 2) / 0.548674605351746 - 1)).toBeLessThan(1e-13);
  });

  it("invert the Poisson CDF exactly: P(X ≤ k − 1) < p ≤ P(X ≤ k)", () => {
    // λ = 7.5: pmf by recursion; the quantile of p is the first k whose CDF reaches p.
    const lambda = 7.5;
    const cdf: number[] = [];
    let pmf = Math.exp(-lambda);
    let total = 0;
    for (let k = 0; k < 40; k++) {
      total += pmf;
      cdf.push(total);
      pmf *= lambda / (k + 1);
    }
    for (const p of [0.01, 0.2, 0.5, 0.77, 0.99]) {
      const k = poissonQuantile(p, lambda);
      expect(cdf[k] as number).toBeGreaterThanOrEqual(p - 1e-15);
      if (k > 0) expect(cdf[k - 1] as number).toBeLessThan(p);
    }
  });
});
