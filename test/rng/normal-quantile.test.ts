import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { drawStandardNormal, normalQuantile, streamFor } from "../../src/rng/index.js";

interface DistributionValue {
  fn: string;
  p?: number;
  lower_tail: boolean;
  value: number;
}

const models = JSON.parse(readFileSync(new URL("../reference/models.json", import.meta.url), "utf8")) as { distributions: { values: DistributionValue[] } };

describe("normalQuantile (AS 241)", () => {
  it("handles the edges", () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(0.5)).toBe(0);
    expect(Number.isNaN(normalQuantile(-0.1))).toBe(true);
    expect(Number.isNaN(normalQuantile(Number.NaN))).toBe(true);
  });

  it("matches R's qnorm in every case of models.json to 1e-13 relative", () => {
    // R 4.2.2 qnorm (the same algorithm); the JSON holds 15 significant digits, hence 1e-13.
    const cases = models.distributions.values.filter((entry) => entry.fn === "qnorm");
    expect(cases.length).toBeGreaterThan(5);
    for (const entry of cases) {
      const p = entry.p as number;
      const got = entry.lower_tail ? normalQuantile(p) : -normalQuantile(p);
      if (entry.value === 0) expect(got).toBe(0);
      else expect(Math.abs(got / entry.value - 1), `qnorm(${p}, lower=${entry.lower_tail})`).toBeLessThan(1e-13);
    }
  });

  it("is the inverse of the normal CDF in the far tail", () => {
    // R: qnorm(1e-300) = -37.0470962993612
    expect(normalQuantile(1e-300)).toBeCloseTo(-37.0470962993612, 11);
  });
});

describe("drawStandardNormal", () => {
  it("has the standard normal's quantiles (fraction below z_p within 5 binomial SEs)", () => {
    const rng = streamFor(3, [1, "normality"]);
    const count = 100_000;
    const draws = Array.from({ length: count }, () => drawStandardNormal(rng));
    for (const [p, z] of [[0.025, -1.959963984540054], [0.5, 0], [0.975, 1.959963984540054]] as const) {
      const below = draws.filter((draw) => draw < z).length / count;
      expect(Math.abs(below - p), `P(Z < ${z})`).toBeLessThan(5 * Math.sqrt((p * (1 - p)) / count));
    }
  });
});
