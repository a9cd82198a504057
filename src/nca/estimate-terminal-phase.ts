import { mean, sum } from "../stats/index.js";
import { assertConcentrationProfile, type ConcentrationProfile } from "./concentration-profile.js";

/** The terminal log-linear phase: ln C = intercept − λz·t over the last points. */
export interface TerminalPhase {
  /** λz, the terminal elimination rate constant, 1/h; NaN when not estimable. */
  readonly lambdaZPerH: number;
  /** Intercept of the regression, ln(mg/L) at t = 0; NaN when λz is not estimable. */
  readonly interceptLnMgPerL: number;
  /** R² of the regression; NaN when λz is not estimable. */
  readonly rSquared: number;
  /** Adjusted R², 1 − (1 − R²)·(n − 1)/(n − 2); NaN when λz is not estimable. */
  readonly adjustedRSquared: number;
  /** Terminal half-life ln 2 / λz, h; NaN when λz is not estimable. */
  readonly halfLifeH: number;
  /** Times of the points regressed, h; empty when there are too few concentrations above 0. */
  readonly timesH: readonly number[];
}

/** Default number of terminal points: the fewest that leave a residual degree of freedom (PKNCA's min.hl.points). */
export const DEFAULT_TERMINAL_POINT_COUNT = 3;

/**
 * λz by ordinary least squares of ln C on t over the last `pointCount` concentrations above 0
 * (zeros are skipped, since ln 0 is undefined), with its intercept, R², adjusted R² and the
 * half-life ln 2 / λz. The points are taken as they come: whether they lie after Tmax is the
 * caller's choice of pointCount (no automatic best-fit search). Not estimable, and then NaN: fewer
 * than pointCount concentrations above 0, or λz ≤ 0 (a flat or rising tail has no elimination
 * phase).
 *
 * Reference: Gabrielsson & Weiner, Pharmacokinetic and Pharmacodynamic Data Analysis, 5th ed.,
 * ch. 2; PKNCA `pk.calc.half.life`; Draper & Smith, Applied Regression Analysis, 3rd ed., ch. 1
 * (least squares line); agrees with R `lm` / `summary.lm` on test/reference/models.json nca_theoph.
 *
 * @param profile the samples (see ConcentrationProfile)
 * @param pointCount how many of the last concentrations above 0 to regress, an integer ≥ 3 (default 3)
 * @returns λz (1/h), intercept (ln mg/L), R², adjusted R², half-life (h) and the times used
 * @throws RangeError "estimateTerminalPhase requires an integer pointCount >= 3, got 2"
 * @throws RangeError as assertConcentrationProfile, named "estimateTerminalPhase"
 * @example estimateTerminalPhase({ timesH: [0, 1, 2, 4, 8], concentrationsMgPerL: [0, 8, 4, 2, 0.5] }).lambdaZPerH
 * // 0.34657359027997264 = ln 2 / 2 (the last three points halve every 2 h, an exact fit)
 */
export function estimateTerminalPhase(profile: ConcentrationProfile, pointCount: number = DEFAULT_TERMINAL_POINT_COUNT): TerminalPhase {
  assertConcentrationProfile(profile, "estimateTerminalPhase");
  if (!Number.isSafeInteger(pointCount) || pointCount < DEFAULT_TERMINAL_POINT_COUNT) {
    throw new RangeError(`estimateTerminalPhase requires an integer pointCount >= 3, got ${pointCount}`);
  }
  const points = lastPositivePoints(profile, pointCount);
  if (points.length < pointCount) return notEstimable([]);
  const timesH = points.map((point) => point.timeH);
  const fit = fitStraightLine(timesH, points.map((point) => Math.log(point.concentrationMgPerL)));
  const lambdaZPerH = -fit.slope;
  if (!(lambdaZPerH > 0)) return notEstimable(timesH);
  const adjustedRSquared = 1 - ((1 - fit.rSquared) * (pointCount - 1)) / (pointCount - 2);
  return { lambdaZPerH, interceptLnMgPerL: fit.intercept, rSquared: fit.rSquared, adjustedRSquared, halfLifeH: Math.LN2 / lambdaZPerH, timesH };
}

interface StraightLine {
  readonly intercept: number;
  readonly slope: number;
  readonly rSquared: number;
}

/**
 * y = intercept + slope·x by least squares from centred sums (slope = Sxy / Sxx), which gives a
 * slope of exactly 0 for a flat tail (every y − ȳ is 0), where a QR solution leaves ±1e-16 and
 * a λz of 1e-16 /h would pass as a half-life of 10¹⁵ h. R² = MSS / (MSS + RSS) as R's summary.lm.
 */
function fitStraightLine(x: readonly number[], y: readonly number[]): StraightLine {
  const xMean = mean(x);
  const yMean = mean(y);
  const xDeviations = x.map((value) => value - xMean);
  const sxx = sum(xDeviations.map((deviation) => deviation * deviation));
  const sxy = sum(xDeviations.map((deviation, index) => deviation * ((y[index] as number) - yMean)));
  const slope = sxy / sxx;
  const intercept = yMean - slope * xMean;
  const residualSumOfSquares = sum(y.map((value, index) => (value - intercept - slope * (x[index] as number)) ** 2));
  const modelSumOfSquares = slope * slope * sxx;
  return { intercept, slope, rSquared: modelSumOfSquares / (modelSumOfSquares + residualSumOfSquares) };
}

interface Point {
  readonly timeH: number;
  readonly concentrationMgPerL: number;
}

/** The last `count` samples with a concentration above 0, in time order (fewer if there are not so many). */
function lastPositivePoints(profile: ConcentrationProfile, count: number): Point[] {
  const points: Point[] = [];
  for (let index = profile.timesH.length - 1; index >= 0 && points.length < count; index--) {
    const concentrationMgPerL = profile.concentrationsMgPerL[index] as number;
    if (concentrationMgPerL > 0) points.unshift({ timeH: profile.timesH[index] as number, concentrationMgPerL });
  }
  return points;
}

function notEstimable(timesH: readonly number[]): TerminalPhase {
  const nan = Number.NaN;
  return { lambdaZPerH: nan, interceptLnMgPerL: nan, rSquared: nan, adjustedRSquared: nan, halfLifeH: nan, timesH };
}
