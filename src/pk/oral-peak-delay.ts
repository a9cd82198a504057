import { log1pOverX } from "./log1p-over-x.js";
import type { OralAmounts } from "./oral-amounts.js";
import type { OralRateConstants } from "./oral-rate-constants.js";

/**
 * The time after a state (Ad₀, Ac₀) at which the central amount peaks if no dose is given,
 * or NaN when it never rises (empty depot, or already falling for good).
 *
 * The peak solves dAc/dt = 0, that is ka·Ad(t) = k·Ac(t), which reduces to
 * e^(−d t) = k (1 + c d) / ka with d = ka − k and c = Ac₀ / (ka Ad₀). Written with
 * L(x) = ln(1 + x) / x it is t* = L(−d/ka) / ka − c · L(c d): no division by d, so it is exact
 * through ka = k (where t* = 1/ka − c). At a stationary point d²Ac/dt² = −ka² Ad < 0, so it is
 * the only one and a maximum: over any window without a dose the minimum is at an end.
 * A negative t* means the peak is in the past; NaN when 1 + c d ≤ 0 (possible only for
 * ka < k) or Ad₀ = 0, where the amount only falls.
 *
 * Reference: Gibaldi, M. & Perrier, D. (1982). Pharmacokinetics, 2nd ed., ch. 1 (tmax of the
 * Bateman function, ln(ka/k)/(ka − k), which is the case Ac₀ = 0 here).
 *
 * @param amounts depotMg and centralMg at the start, mg
 * @param rates ka and k, 1/h
 * @returns t*, h after the start (may be negative), or NaN
 * @example findOralPeakDelayH({ depotMg: 320, centralMg: 0 }, { absorptionRatePerH: 1.5, eliminationRatePerH: 0.0875 })
 * // 2.0117391813994567 h = ln(1.5 / 0.0875) / 1.4125
 */
export function findOralPeakDelayH(amounts: Readonly<OralAmounts>, rates: OralRateConstants): number {
  const { absorptionRatePerH, eliminationRatePerH } = rates;
  if (!(amounts.depotMg > 0)) return Number.NaN;
  const rateGapPerH = absorptionRatePerH - eliminationRatePerH;
  const centralToDepotH = amounts.centralMg / (absorptionRatePerH * amounts.depotMg);
  const shiftedGap = centralToDepotH * rateGapPerH;
  if (!(shiftedGap > -1)) return Number.NaN;
  return log1pOverX(-rateGapPerH / absorptionRatePerH) / absorptionRatePerH - centralToDepotH * log1pOverX(shiftedGap);
}
