import stdlibNormalQuantile from "@stdlib/stats-base-dists-normal-quantile";
import { describe, expect, it } from "vitest";
import { normalCdf, normalQuantile, studentTCdf, studentTQuantile } from "../../src/stats/distributions.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";
import { loadModelsReference, type ReferenceDistributionValue } from "../helpers/stats-reference.js";

/**
 * Evaluates one R row with our functions. Upper-tail rows (lower_tail false, which R computes
 * directly) use the symmetry of the t and normal laws: P(X > q) = P(X ≤ −q), upper p-quantile =
 * −(lower p-quantile); both are exact, so no 1 − p cancellation enters.
 */
function evaluate(row: ReferenceDistributionValue): number {
  const sign = row.lower_tail ? 1 : -1;
  const df = row.df ?? Number.NaN;
  switch (row.fn) {
    case "pnorm":
      return normalCdf(sign * (row.q ?? Number.NaN));
    case "qnorm":
      return sign * normalQuantile(row.p ?? Number.NaN);
    case "pt":
      return studentTCdf(sign * (row.q ?? Number.NaN), df);
    case "qt":
      return sign * studentTQuantile(row.p ?? Number.NaN, df);
    default:
      throw new Error(`no function for ${row.fn}`);
  }
}

// Tolerance 1e-10 relative, as asked; observed at most ~1e-13 (pnorm(−37) = 5.7e-300).
const REFERENCE_TOLERANCE = 1e-10;

describe("distributions against R 4.2.2 (models.json → distributions.values)", () => {
  const rows = loadModelsReference().distributions.values.filter((row) => ["pnorm", "qnorm", "pt", "qt"].includes(row.fn));

  it("has the 30 pt, qt, pnorm and qnorm rows", () => {
    expect(rows).toHaveLength(30);
  });

  it.each(rows.map((row) => [`${row.fn}(${row.q ?? row.p}${row.df === undefined ? "" : `, ${row.df}`}, lower_tail = ${row.lower_tail})`, row] as const))(
    "%s",
    (label, row) => {
      expectRelativeClose(evaluate(row), row.value, REFERENCE_TOLERANCE, label);
    },
  );
});

describe("studentTCdf", () => {
  it("gives NaN for NaN input and non-positive degrees of freedom", () => {
    expect(studentTCdf(Number.NaN, 3)).toBeNaN();
    expect(studentTCdf(1, Number.NaN)).toBeNaN();
    expect(studentTCdf(1, 0)).toBeNaN();
    expect(studentTCdf(1, -2)).toBeNaN();
  });

  it("is 0, 1/2 and 1 at −∞, 0 and ∞", () => {
    expect(studentTCdf(-Infinity, 4)).toBe(0);
    expect(studentTCdf(0, 4)).toBe(0.5);
    expect(studentTCdf(Infinity, 4)).toBe(1);
  });

  it("is the standard normal at infinite degrees of freedom (stdlib alone returns 0.5 there)", () => {
    expect(studentTCdf(-1.96, Infinity)).toBe(normalCdf(-1.96));
    expect(studentTCdf(3, Infinity)).toBe(normalCdf(3));
  });

  it("matches the closed forms for 1 and 2 degrees of freedom", () => {
    // Written without cancellation in the lower tail, so that they are accurate themselves.
    // Cauchy: F(t) = 1/2 + atan(t)/π, which is atan(−1/t)/π for t < 0.
    const cauchy = (t: number): number => (t < 0 ? Math.atan(-1 / t) / Math.PI : 0.5 + Math.atan(t) / Math.PI);
    // Two degrees of freedom: F(t) = 1/2 + t/(2b) with b = √(2 + t²), which is 1/(b(b − t)) for t < 0.
    const twoDf = (t: number): number => {
      const b = Math.sqrt(2 + t * t);
      return t < 0 ? 1 / (b * (b - t)) : 0.5 + t / (2 * b);
    };
    for (const t of [-30, -2.5, -0.4, 0.7, 3, 12]) {
      expectRelativeClose(studentTCdf(t, 1), cauchy(t), 1e-14, `pt(${t}, 1)`);
      expectRelativeClose(studentTCdf(t, 2), twoDf(t), 1e-14, `pt(${t}, 2)`);
    }
  });

  it("doc example: R 4.2.2 pt(2, 5) = 0.949030260585071", () => {
    expect(studentTCdf(2, 5)).toBe(0.9490302605850708);
  });
});

describe("studentTQuantile", () => {
  it("gives NaN outside [0, 1] and for non-positive degrees of freedom", () => {
    expect(studentTQuantile(1.2, 5)).toBeNaN();
    expect(studentTQuantile(-0.1, 5)).toBeNaN();
    expect(studentTQuantile(0.5, 0)).toBeNaN();
    expect(studentTQuantile(Number.NaN, 5)).toBeNaN();
  });

  it("is −∞ at 0 and ∞ at 1", () => {
    expect(studentTQuantile(0, 5)).toBe(-Infinity);
    expect(studentTQuantile(1, 5)).toBe(Infinity);
  });

  it("matches the closed forms for 1 and 2 degrees of freedom", () => {
    // Cauchy: Q(p) = tan(π(p − 1/2)) = −1/tan(πp), written as 1/tan(π(1 − p)) above 1/2 so that
    // the tangent's argument stays small (1 − p is exact there).
    const cauchy = (p: number): number => (p < 0.5 ? -1 / Math.tan(Math.PI * p) : 1 / Math.tan(Math.PI * (1 - p)));
    for (const p of [0.001, 0.025, 0.3, 0.8, 0.975, 0.9999]) {
      expectRelativeClose(studentTQuantile(p, 1), cauchy(p), 1e-13, `qt(${p}, 1)`);
      // Two degrees of freedom: Q(p) = (2p − 1)/√(2p(1 − p)).
      expectRelativeClose(studentTQuantile(p, 2), (2 * p - 1) / Math.sqrt(2 * p * (1 - p)), 1e-13, `qt(${p}, 2)`);
    }
  });

  it("is the normal quantile from 1e16 degrees of freedom (stdlib returns 0 from about 1e17)", () => {
    expect(studentTQuantile(0.975, Infinity)).toBe(normalQuantile(0.975));
    expect(studentTQuantile(0.975, 1e20)).toBe(normalQuantile(0.975));
    // Below the switch stdlib is still right: qt ≈ z + (z³ + z)/(4ν) (Abramowitz & Stegun 26.7.5),
    // a 1.2e-15 relative correction at ν = 1e15.
    const z = normalQuantile(0.975);
    const expansion = z + (z ** 3 + z) / (4 * 1e15);
    expectRelativeClose(studentTQuantile(0.975, 1e15), expansion, 5e-16, "qt(0.975, 1e15)");
  });

  it("inverts studentTCdf", () => {
    for (const [p, df] of [[0.01, 3], [0.5, 7.5], [0.975, 270.390186002206]] as const) {
      expectRelativeClose(studentTCdf(studentTQuantile(p, df), df), p, 1e-13, `pt(qt(${p}, ${df}), ${df})`);
    }
  });

  it("doc example: R 4.2.2 qt(0.975, 10) = 2.22813885198627", () => {
    expect(studentTQuantile(0.975, 10)).toBe(2.2281388519862744);
  });
});

describe("normalCdf", () => {
  it("handles NaN and the infinities", () => {
    expect(normalCdf(Number.NaN)).toBeNaN();
    expect(normalCdf(-Infinity)).toBe(0);
    expect(normalCdf(Infinity)).toBe(1);
    expect(normalCdf(0)).toBe(0.5);
  });

  it("doc example: R 4.2.2 pnorm(−1.96) = 0.0249978951482204", () => {
    expect(normalCdf(-1.96)).toBe(0.024997895148220435);
  });
});

describe("normalQuantile", () => {
  it("is NaN outside [0, 1], −∞ at 0 and ∞ at 1", () => {
    expect(normalQuantile(-0.5)).toBeNaN();
    expect(normalQuantile(Number.NaN)).toBeNaN();
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
  });

  it("inverts normalCdf", () => {
    for (const p of [1e-300, 1e-12, 0.025, 0.5, 0.8]) {
      expectRelativeClose(normalCdf(normalQuantile(p)), p, 1e-13, `pnorm(qnorm(${p}))`);
    }
  });

  it("doc example: R 4.2.2 qnorm(0.975) = 1.95996398454005", () => {
    // The exact quantile of the double 0.975 is 1.95996398454005386: AS 241 is one unit in the
    // last place below it, well inside R's 15 printed digits.
    expect(normalQuantile(0.975)).toBe(1.9599639845400536);
  });

  it("uses AS 241 because stdlib's normal quantile (v0.3.1) loses the lower tail", () => {
    // stdlib computes √2·erfinv(2p − 1), and 2p − 1 cancels for small p. R 4.2.2: qnorm(1e-12) =
    // -7.03448382530113, qnorm(1e-300) = -37.0470962993612. If this starts failing, stdlib was
    // fixed and could replace AS 241 here.
    expect(Math.abs(stdlibNormalQuantile(1e-12, 0, 1) / -7.03448382530113 - 1)).toBeGreaterThan(1e-7);
    expect(stdlibNormalQuantile(1e-300, 0, 1)).toBe(-Infinity);
    expectRelativeClose(normalQuantile(1e-12), -7.03448382530113, 1e-14, "qnorm(1e-12)");
    expectRelativeClose(normalQuantile(1e-300), -37.0470962993612, 1e-14, "qnorm(1e-300)");
  });
});

describe("betaQuantile", () => {
  it("matches R's qbeta (R 4.2.2, printed with 15 digits) to 1e-12 relative", async () => {
    const { betaQuantile } = await import("../../src/stats/index.js");
    // R: qbeta(c(0.3, 0.5, 1e-10), c(18, 0.5, 2), c(2, 0.5, 5)) = 0.876396279018266, 0.5, 2.58199778641119e-06
    expect(Math.abs(betaQuantile(0.3, 18, 2) / 0.876396279018266 - 1)).toBeLessThan(1e-12);
    expect(Math.abs(betaQuantile(0.5, 0.5, 0.5) / 0.5 - 1)).toBeLessThan(1e-12);
    expect(Math.abs(betaQuantile(1e-10, 2, 5) / 2.58199778641119e-6 - 1)).toBeLessThan(1e-12);
    expect(betaQuantile(0, 2, 3)).toBe(0);
    expect(betaQuantile(1, 2, 3)).toBe(1);
  });
});
