import { describe, expect, it } from "vitest";
import { advanceOralAmounts } from "../../src/pk/oral-amounts.js";
import { findOralPeakDelayH } from "../../src/pk/oral-peak-delay.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

const RATES = { absorptionRatePerH: 1.5, eliminationRatePerH: 0.0875 };

/** ka·Ad − k·Ac after delayH, relative to ka·Ad: 0 at the peak. */
function relativeSlopeAt(amounts: { depotMg: number; centralMg: number }, delayH: number, rates: typeof RATES): number {
  const later = { ...amounts };
  advanceOralAmounts(later, delayH, rates);
  const inflowMgPerH = rates.absorptionRatePerH * later.depotMg;
  return (inflowMgPerH - rates.eliminationRatePerH * later.centralMg) / inflowMgPerH;
}

describe("findOralPeakDelayH", () => {
  it("is NaN with an empty depot", () => {
    expect(findOralPeakDelayH({ depotMg: 0, centralMg: 10 }, RATES)).toBeNaN();
    expect(findOralPeakDelayH({ depotMg: 0, centralMg: 0 }, RATES)).toBeNaN();
  });

  // Gibaldi & Perrier: single-dose tmax = ln(ka/k) / (ka − k).
  it("doc example: a single dose peaks at ln(ka/k) / (ka − k)", () => {
    const delayH = findOralPeakDelayH({ depotMg: 320, centralMg: 0 }, RATES);
    expectRelativeClose(delayH, 2.0117391813994567, 1e-15, "tmax single dose");
    expectRelativeClose(delayH, Math.log(1.5 / 0.0875) / 1.4125, 1e-15, "ln(ka/k)/(ka − k)");
  });

  it("is a root of dAc/dt with drug already in the central compartment", () => {
    const amounts = { depotMg: 120, centralMg: 180 };
    const delayH = findOralPeakDelayH(amounts, RATES);
    expect(delayH).toBeGreaterThan(0);
    expect(Math.abs(relativeSlopeAt(amounts, delayH, RATES))).toBeLessThan(1e-14);
  });

  it("is negative when the peak has passed, NaN when flip-flop kinetics can no longer rise", () => {
    expect(findOralPeakDelayH({ depotMg: 1, centralMg: 1000 }, RATES)).toBeLessThan(0);
    // ka < k and c·(ka − k) ≤ −1: the amount falls from the start.
    expect(findOralPeakDelayH({ depotMg: 1, centralMg: 100 }, { absorptionRatePerH: 0.1, eliminationRatePerH: 1 })).toBeNaN();
  });

  // At ka = k the peak is 1/ka − c; on either side of it by 1e-9 the delay moves by about
  // 1e-9 relative, not by the ~1e-7 that the textbook ln(ka/k)/(ka − k) form would lose.
  it("is exact and continuous through ka = k", () => {
    const amounts = { depotMg: 100, centralMg: 20 };
    const rate = 0.25;
    const equal = findOralPeakDelayH(amounts, { absorptionRatePerH: rate, eliminationRatePerH: rate });
    expectRelativeClose(equal, 1 / rate - 20 / (rate * 100), 1e-15, "ka = k");
    for (const relativeGap of [1e-9, -1e-9]) {
      const rates = { absorptionRatePerH: rate * (1 + relativeGap), eliminationRatePerH: rate };
      const delayH = findOralPeakDelayH(amounts, rates);
      expectRelativeClose(delayH, equal, 5e-9, `ka = k(1 ${relativeGap})`);
      expect(Math.abs(relativeSlopeAt(amounts, delayH, rates))).toBeLessThan(1e-14);
    }
  });
});
