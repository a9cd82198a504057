import { findRootByBrent } from "./brent-root.js";
import { slopeAfter, type ModalState } from "./modal-state.js";

/** Uniform cells per piece. */
const UNIFORM_CELLS = 32;
/** Halvings of the first uniform cell, at most: down to 2⁻⁴⁰ of it. */
const MAX_HALVINGS = 40;
/** The first cell is refined until it is at most this fraction of the fastest time constant. */
const FIRST_CELL_PER_TIME_CONSTANT = 0.01;

/** A dose-free stretch of the profile, from a state, and how finely to locate roots in it. */
export interface ProfilePiece {
  /** L, h (> 0, finite). */
  readonly lengthH: number;
  /** Absolute tolerance on a root, h (see findRootByBrent). */
  readonly toleranceH: number;
}

/**
 * The times (h after the state, in (0, L], increasing) where the central concentration has a
 * stationary point on a dose-free piece: the sign changes of dC/dt, bracketed on a grid and
 * refined by Brent's method to the tolerance. Between events C is a sum of at most 4
 * exponentials plus a constant, so dC/dt has at most 3 zeros on the piece.
 *
 * The grid has 32 uniform cells, and the first one is halved again and again (at most 40 times)
 * until it is below 1 % of the fastest time constant (1 / max(α, ka)): the fast transients after a
 * dose, where an early minimum and a maximum can sit close together, are resolved even on a long
 * piece. Limitation: two stationary points inside one cell (a maximum and a minimum within 1/32 of
 * the piece, or within a factor 2 of time near its start) are both missed, and Cmax or Cmin is
 * then off by the small rise between them. Such a pair needs an unusual state (a large, slowly
 * absorbed dose onto a fast-falling profile); none was found in the property tests.
 *
 * Reference: a sum of n real exponentials has at most n − 1 real zeros (multiply by e^(r₁t) and
 * differentiate: by Rolle's theorem each step loses one term and at most one zero), the
 * generalized Descartes rule of signs in Pólya, G. & Szegő, G. Problems and Theorems in Analysis
 * II, part V; Brent, R. P. (1973). Algorithms for Minimization without Derivatives, ch. 4.
 *
 * @param state the state at the start of the piece (not changed)
 * @param piece length and root tolerance
 * @example findStationaryPoints(state, { lengthH: 12, toleranceH: 0 }) // [2.0117391813994567]
 * // 320 mg just put in the depot, 1 compartment (ka 1.5 /h, k 0.0875 /h): ln(ka/k) / (ka − k)
 */
export function findStationaryPoints(state: ModalState, piece: ProfilePiece): number[] {
  const slope = (elapsedH: number): number => slopeAfter(state, elapsedH);
  const halvings = countHalvings(state, piece.lengthH);
  const roots: number[] = [];
  let previousH = 0;
  let previousSlope = slope(0);
  for (let point = 1; point <= halvings + UNIFORM_CELLS; point++) {
    const elapsedH = gridPointH(point, halvings, piece.lengthH);
    const value = slope(elapsedH);
    if (value !== 0 && previousSlope !== 0 && value > 0 !== previousSlope > 0) {
      const bracket = { lower: previousH, upper: elapsedH, valueAtLower: previousSlope, valueAtUpper: value, tolerance: piece.toleranceH };
      roots.push(findRootByBrent(slope, bracket));
    }
    // An exact zero carries no sign: the bracket stretches back to the last point with one.
    if (value !== 0) {
      previousH = elapsedH;
      previousSlope = value;
    }
  }
  return roots;
}

/** How many times the first uniform cell must be halved to reach 1 % of the fastest time constant. */
function countHalvings(state: ModalState, lengthH: number): number {
  const { system } = state;
  const fastestRatePerH = Math.max(system.modeRatesPerH[0] as number, state.depotMg > 0 ? system.absorptionRatePerH : 0);
  const cellsPerFirstCell = (lengthH * fastestRatePerH) / (UNIFORM_CELLS * FIRST_CELL_PER_TIME_CONSTANT);
  return cellsPerFirstCell > 1 ? Math.min(MAX_HALVINGS, Math.ceil(Math.log2(cellsPerFirstCell))) : 0;
}

/** Grid point 1..halvings + 32: first the halved first cell (geometric), then the uniform cells. */
function gridPointH(point: number, halvings: number, lengthH: number): number {
  const cellH = lengthH / UNIFORM_CELLS;
  if (point <= halvings) return cellH * 2 ** (point - 1 - halvings);
  return point === halvings + UNIFORM_CELLS ? lengthH : cellH * (point - halvings);
}
