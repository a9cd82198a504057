import { describe, expect, it } from "vitest";
import { growPopulation, type CovariateTable } from "../../src/population/index.js";
import { drawStandardNormal, normalQuantile, streamFor } from "../../src/rng/index.js";
import { normalCdf, quantileType7 } from "../../src/stats/index.js";
import { choleskyFactor } from "../../src/variability/index.js";
import { normalScoreCorrelation, pearson } from "./copula-reference.js";

/**
 * A table drawn from a known distribution: three normal columns with known means, SDs and
 * correlations, a Poisson(3) count and a three-level category, the last two from latent normals
 * correlated with the first columns (a Gaussian copula itself, so the method's model holds).
 */
const MEANS = [50, 3.5, -2];
const SDS = [10, 0.5, 4];
const LATENT = [
  [1, 0.6, -0.3, 0.4, 0],
  [0.6, 1, 0.2, 0, 0.3],
  [-0.3, 0.2, 1, 0, 0],
  [0.4, 0, 0, 1, 0],
  [0, 0.3, 0, 0, 1],
];
const CATEGORY_SHARES = [0.5, 0.3, 0.2];
const ROWS = 2000;
const VIRTUAL = 20_000;

/** The Poisson(mean) quantile at u by summing the probability function (inversion). */
function poissonQuantile(u: number, mean: number): number {
  let count = 0;
  let probability = Math.exp(-mean);
  let cumulative = probability;
  while (cumulative < u) {
    count++;
    probability *= mean / count;
    cumulative += probability;
  }
  return count;
}

function knownTable(): CovariateTable {
  const rng = streamFor(7, ["test", "known-gaussian"]);
  const lower = choleskyFactor(LATENT);
  const columns = Array.from({ length: 5 }, () => new Float64Array(ROWS));
  for (let row = 0; row < ROWS; row++) {
    const e = LATENT.map(() => drawStandardNormal(rng));
    lower.forEach((coefficients, index) => ((columns[index] as Float64Array)[row] = coefficients.reduce((sum, c, k) => sum + c * (e[k] as number), 0)));
  }
  const [x1, x2, x3, countLatent, categoryLatent] = columns as [Float64Array, Float64Array, Float64Array, Float64Array, Float64Array];
  const cut = [normalQuantile(CATEGORY_SHARES[0] as number), normalQuantile((CATEGORY_SHARES[0] as number) + (CATEGORY_SHARES[1] as number))];
  return {
    rowCount: ROWS,
    numeric: [
      ...[x1, x2, x3].map((z, index) => ({ name: `x${index + 1}`, values: z.map((value) => (MEANS[index] as number) + (SDS[index] as number) * value), continuous: true })),
      { name: "count", values: countLatent.map((z) => poissonQuantile(normalCdf(z), 3)), continuous: false },
    ],
    categorical: [{ name: "group", codes: Int32Array.from(categoryLatent, (z) => (z < (cut[0] as number) ? 0 : z < (cut[1] as number) ? 1 : 2)) }],
  };
}

function frequencies(values: ArrayLike<number>): Map<number, number> {
  const counts = new Map<number, number>();
  for (const value of Array.from(values)) counts.set(value, (counts.get(value) ?? 0) + 1);
  return new Map([...counts].map(([value, count]) => [value, count / values.length]));
}

describe("gaussian-copula on a table from a known Gaussian copula", () => {
  const table = knownTable();
  const population = growPopulation({ table, method: "gaussian-copula", size: VIRTUAL, smoothing: [] }, streamFor(11, [1, "population"]));
  const column = (name: string): Float64Array => population.numeric.get(name) ?? new Float64Array(0);
  const real = (name: string): Float64Array => table.numeric.find((entry) => entry.name === name)?.values ?? new Float64Array(0);

  it("new patients, no copies: sourceRow -1 and continuous values not in the table", () => {
    expect(population.sourceRow.every((row) => row === -1)).toBe(true);
    const observed = new Set(real("x1"));
    const copies = Array.from(column("x1")).filter((value) => observed.has(value)).length;
    // Interpolation hits an order statistic only when Φ(z) lands exactly on a knot: probability 0.
    expect(copies).toBe(0);
  });

  it("marginal quantiles: the virtual 5/25/50/75/95% quantiles are the table's (type 7) within 4 SEs", () => {
    // The draws' own quantile function is the table's type-7 quantile (no ties in normal data), so the
    // target is quantileType7(table, p) exactly and only the virtual sample varies: the SE of a sample
    // quantile is √(p(1 − p)) / (f(q)·√N), f the density, here that of the generating normal.
    for (const [index, name] of ["x1", "x2", "x3"].entries()) {
      const tableSorted = Array.from(real(name)).sort((a, b) => a - b);
      const virtualSorted = Array.from(column(name)).sort((a, b) => a - b);
      for (const p of [0.05, 0.25, 0.5, 0.75, 0.95]) {
        const expected = quantileType7(tableSorted, p);
        const got = quantileType7(virtualSorted, p);
        const z = normalQuantile(p);
        const density = Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI) / (SDS[index] as number);
        const tolerance = (4 * Math.sqrt(p * (1 - p))) / (density * Math.sqrt(VIRTUAL));
        expect(Math.abs(got - expected), `${name} q${p}: got ${got}, expected ${expected}, tolerance ${tolerance}`).toBeLessThanOrEqual(tolerance);
      }
    }
  });

  it("correlations: Pearson r of the virtual patients is the table's normal-score correlation within 4 SEs, and the truth within 4 SEs", () => {
    // SE of a sample correlation of normal data: (1 − ρ²)/√N (Fisher 1915; asymptotic). Against the
    // truth both samples vary: (1 − ρ²)·√(1/n + 1/N).
    for (const [i, j] of [[0, 1], [0, 2], [1, 2]] as const) {
      const [a, b] = [`x${i + 1}`, `x${j + 1}`];
      const got = pearson(column(a), column(b));
      const target = normalScoreCorrelation(real(a), real(b));
      const truth = (LATENT[i] as number[])[j] as number;
      const toTable = (4 * (1 - target ** 2)) / Math.sqrt(VIRTUAL);
      const toTruth = 4 * (1 - truth ** 2) * Math.sqrt(1 / ROWS + 1 / VIRTUAL);
      expect(Math.abs(got - target), `r(${a}, ${b}) = ${got}, table normal-score r ${target}, tolerance ${toTable}`).toBeLessThanOrEqual(toTable);
      expect(Math.abs(got - truth), `r(${a}, ${b}) = ${got}, truth ${truth}, tolerance ${toTruth}`).toBeLessThanOrEqual(toTruth);
    }
  });

  it("the count column gives only observed values, at the observed frequencies within 4 binomial SEs", () => {
    const expected = frequencies(real("count"));
    const got = frequencies(column("count"));
    for (const value of got.keys()) expect(expected.has(value), `count ${value} is not in the table`).toBe(true);
    for (const [value, share] of expected) {
      const tolerance = 4 * Math.sqrt((share * (1 - share)) / VIRTUAL);
      expect(Math.abs((got.get(value) ?? 0) - share), `count ${value}: ${got.get(value)} vs ${share}, tolerance ${tolerance}`).toBeLessThanOrEqual(tolerance);
    }
  });

  it("category frequencies are the table's within 4 binomial SEs", () => {
    const expected = frequencies(table.categorical[0]?.codes ?? []);
    const got = frequencies(population.categorical.get("group") ?? []);
    expect([...got.keys()].sort((a, b) => a - b)).toEqual([0, 1, 2]);
    for (const [code, share] of expected) {
      const tolerance = 4 * Math.sqrt((share * (1 - share)) / VIRTUAL);
      expect(Math.abs((got.get(code) ?? 0) - share), `group ${code}: ${got.get(code)} vs ${share}, tolerance ${tolerance}`).toBeLessThanOrEqual(tolerance);
    }
  });
});
