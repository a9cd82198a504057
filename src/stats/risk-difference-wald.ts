import { normalQuantile } from "./distributions.js";

/** A difference of two proportions, treatment − control, with its Wald interval. */
export interface RiskDifference {
  readonly estimate: number;
  readonly standardError: number;
  readonly ciLower: number;
  readonly ciUpper: number;
}

/** Event counts of a 2 × 2 table and the confidence level of the interval. */
export interface RiskDifferenceOptions {
  readonly eventsTreatment: number;
  readonly totalTreatment: number;
  readonly eventsControl: number;
  readonly totalControl: number;
  /** Two-sided level, e.g. 0.95. */
  readonly confidenceLevel: number;
}

/**
 * Risk difference p₁ − p₂ (treatment − control) with the Wald interval
 * (p₁ − p₂) ± z·√(p₁(1 − p₁)/n₁ + p₂(1 − p₂)/n₂), z = Φ⁻¹(1 − (1 − level)/2).
 * When both risks are 0 or 1 the standard error is 0 and the interval has zero width: that is the
 * Wald formula (and R's `prop.test(correct = FALSE)` interval), a known weakness of the method.
 *
 * Reference: Agresti, A. (2013), Categorical Data Analysis, 3rd ed., §1.4.2 / §3.1.4 (Wald CI for
 * a difference of proportions); R `prop.test(correct = FALSE)$conf.int`.
 *
 * @param options events and totals (patients) per arm, and the confidence level
 * @returns the difference of proportions (unitless) with its SE and interval
 * @throws RangeError "riskDifferenceWald requires totalTreatment to be a positive integer, got 0"
 * @throws RangeError "riskDifferenceWald requires eventsControl to be an integer from 0 to totalControl (10), got 11"
 * @throws RangeError "riskDifferenceWald requires a confidence level strictly between 0 and 1, got 0"
 * @example riskDifferenceWald({ eventsTreatment: 7, totalTreatment: 10, eventsControl: 2, totalControl: 10, confidenceLevel: 0.95 }).standardError // 0.19235384061671346 = √(0.021 + 0.016) (R 4.2.2 stats.json hand_made_small: 0.192353840616713)
 */
export function riskDifferenceWald(options: RiskDifferenceOptions): RiskDifference {
  checkRiskDifferenceInputs(options);
  const riskTreatment = options.eventsTreatment / options.totalTreatment;
  const riskControl = options.eventsControl / options.totalControl;
  const estimate = riskTreatment - riskControl;
  const standardError = Math.sqrt(
    (riskTreatment * (1 - riskTreatment)) / options.totalTreatment +
      (riskControl * (1 - riskControl)) / options.totalControl,
  );
  const margin = normalQuantile(1 - (1 - options.confidenceLevel) / 2) * standardError;
  return { estimate, standardError, ciLower: estimate - margin, ciUpper: estimate + margin };
}

function checkRiskDifferenceInputs(options: RiskDifferenceOptions): void {
  for (const [events, total] of [
    ["eventsTreatment", "totalTreatment"],
    ["eventsControl", "totalControl"],
  ] as const) {
    const totalValue = options[total];
    const eventsValue = options[events];
    if (!Number.isSafeInteger(totalValue) || totalValue < 1) {
      throw new RangeError(`riskDifferenceWald requires ${total} to be a positive integer, got ${totalValue}`);
    }
    if (!Number.isSafeInteger(eventsValue) || eventsValue < 0 || eventsValue > totalValue) {
      throw new RangeError(
        `riskDifferenceWald requires ${events} to be an integer from 0 to ${total} (${totalValue}), got ${eventsValue}`,
      );
    }
  }
  const level = options.confidenceLevel;
  if (!(level > 0 && level < 1)) {
    throw new RangeError(`riskDifferenceWald requires a confidence level strictly between 0 and 1, got ${level}`);
  }
}
