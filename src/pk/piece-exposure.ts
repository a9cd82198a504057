import { findRootByBrent } from "./brent-root.js";
import { integrateConcentrationAfter } from "./modal-integral.js";
import { concentrationAfter, type ModalState } from "./modal-state.js";
import { findStationaryPoints } from "./stationary-points.js";

/** Running exposure over the pieces of a window, in time order. Mutable. */
export interface ExposureAccumulator {
  /** Highest concentration so far (−Infinity before any), mg/L, and its earliest time, h. */
  cmaxMgPerL: number;
  tmaxH: number;
  /** Lowest concentration so far (Infinity before any), mg/L, and its earliest time, h. */
  cminMgPerL: number;
  tminH: number;
  /** ∫ C dt so far, mg·h/L. */
  aucMgHPerL: number;
  /** Time with C > threshold so far, h (0 without a threshold). */
  timeAboveThresholdH: number;
  /** The threshold, mg/L, or undefined. */
  readonly thresholdMgPerL: number | undefined;
}

/**
 * An empty accumulator: no extreme yet, and no area or time above the threshold.
 *
 * Reference: the running maximum and minimum of a sequence (ties to the first), Knuth, D. E.
 * TAOCP vol. 1, §1.2.10 (algorithm M).
 *
 * @param thresholdMgPerL the concentration for the time above threshold, mg/L, or undefined
 * @example createExposureAccumulator(undefined)
 * // { cmaxMgPerL: −Infinity, tmaxH: NaN, cminMgPerL: Infinity, tminH: NaN, aucMgHPerL: 0, timeAboveThresholdH: 0, thresholdMgPerL: undefined }
 */
export function createExposureAccumulator(thresholdMgPerL: number | undefined): ExposureAccumulator {
  return { cmaxMgPerL: -Infinity, tmaxH: Number.NaN, cminMgPerL: Infinity, tminH: Number.NaN, aucMgHPerL: 0, timeAboveThresholdH: 0, thresholdMgPerL };
}

/**
 * Adds one dose-free piece [startH, startH + L] of the profile to the accumulator. The
 * extremes of C on the piece are at its ends or at its stationary points (findStationaryPoints):
 * each is a candidate, in time order, and only a strictly better one replaces the current
 * extreme, so ties go to the earliest time. The end of the piece counts with the state before
 * the next event (the left limit, e.g. the trough just before a bolus). Between consecutive
 * candidates C is monotone, so it crosses the threshold at most once there; the crossing is
 * refined by Brent's method. The area is analytic (integrateConcentrationAfter).
 *
 * Reference: Brent, R. P. (1973). Algorithms for Minimization without Derivatives, ch. 4.
 *
 * @param accumulator updated in place
 * @param state the state at startH (not changed)
 * @param piece start (h, absolute) and length (h, > 0)
 * @example measurePiece(accumulator, state, { startH: 0, lengthH: 12 }) // 320 mg oral at 0 h, 1 compartment:
 * // accumulator.tmaxH = 2.0117391813994567 h (ln(ka/k) / (ka − k)), accumulator.cminMgPerL = 0 at 0 h
 */
export function measurePiece(accumulator: ExposureAccumulator, state: ModalState, piece: { readonly startH: number; readonly lengthH: number }): void {
  const { startH, lengthH } = piece;
  // Resolve roots to the spacing of doubles at the piece's absolute times.
  const toleranceH = 2 * Number.EPSILON * (Math.abs(startH) + lengthH);
  const candidatesH = findStationaryPoints(state, { lengthH, toleranceH });
  candidatesH.push(lengthH);
  let previousH = 0;
  let previousMgPerL = concentrationAfter(state, 0);
  offerConcentration(accumulator, startH, previousMgPerL);
  for (const elapsedH of candidatesH) {
    const concentrationMgPerL = concentrationAfter(state, elapsedH);
    offerConcentration(accumulator, startH + elapsedH, concentrationMgPerL);
    if (accumulator.thresholdMgPerL !== undefined) {
      const segment = { fromH: previousH, toH: elapsedH, fromMgPerL: previousMgPerL, toMgPerL: concentrationMgPerL, toleranceH };
      accumulator.timeAboveThresholdH += measureTimeAboveH(state, { ...segment, thresholdMgPerL: accumulator.thresholdMgPerL });
    }
    previousH = elapsedH;
    previousMgPerL = concentrationMgPerL;
  }
  accumulator.aucMgHPerL += integrateConcentrationAfter(state, lengthH);
}

function offerConcentration(accumulator: ExposureAccumulator, timeH: number, concentrationMgPerL: number): void {
  if (concentrationMgPerL > accumulator.cmaxMgPerL) {
    accumulator.cmaxMgPerL = concentrationMgPerL;
    accumulator.tmaxH = timeH;
  }
  if (concentrationMgPerL < accumulator.cminMgPerL) {
    accumulator.cminMgPerL = concentrationMgPerL;
    accumulator.tminH = timeH;
  }
}

interface MonotoneSegment {
  readonly fromH: number;
  readonly toH: number;
  readonly fromMgPerL: number;
  readonly toMgPerL: number;
  readonly toleranceH: number;
  readonly thresholdMgPerL: number;
}

/** Time with C > threshold on a segment where C is monotone, h. */
function measureTimeAboveH(state: ModalState, segment: MonotoneSegment): number {
  const { fromH, toH, fromMgPerL, toMgPerL, thresholdMgPerL } = segment;
  const isAboveAtStart = fromMgPerL > thresholdMgPerL;
  const isAboveAtEnd = toMgPerL > thresholdMgPerL;
  if (isAboveAtStart === isAboveAtEnd) return isAboveAtStart ? toH - fromH : 0;
  // Touching the threshold at one end and above it inside: above over the whole open segment.
  if (fromMgPerL === thresholdMgPerL || toMgPerL === thresholdMgPerL) return toH - fromH;
  const excess = (elapsedH: number): number => concentrationAfter(state, elapsedH) - thresholdMgPerL;
  const bracket = { lower: fromH, upper: toH, valueAtLower: fromMgPerL - thresholdMgPerL, valueAtUpper: toMgPerL - thresholdMgPerL, tolerance: segment.toleranceH };
  const crossingH = findRootByBrent(excess, bracket);
  return isAboveAtStart ? crossingH - fromH : toH - crossingH;
}
