import { advanceCumulativeHazard } from "./advance-cumulative-hazard.js";

/**
 * A piecewise-constant hazard: piece k covers [startH[k], startH[k + 1]), the last piece
 * [startH[last], endH).
 */
export interface PiecewiseHazard {
  /** Start of each piece, hours, strictly increasing. */
  readonly startH: ArrayLike<number>;
  /** Hazard on each piece, events per hour, finite and ≥ 0 (one per start). */
  readonly hazardPerH: ArrayLike<number>;
  /** End of the last piece, hours, after its start. */
  readonly endH: number;
}

/**
 * Time to the first event of a piecewise-constant hazard by inversion,
 * T = inf{t ≥ startH[0] : H(t) ≥ E} with H(t) the hazard integrated from startH[0]: the same
 * advanceCumulativeHazard calls, piece by piece, that a caller learning the hazard interval by
 * interval makes, so both give the same bits.
 *
 * Reference: Bender, Augustin & Blettner (2005), Generating survival times to simulate Cox
 * proportional hazards models, Statistics in Medicine 24, 1713–1723 (T = H⁻¹(−log U)).
 *
 * @param pieces the hazard, hours and events per hour
 * @param targetHazard E = exponentialTarget(u), dimensionless, finite and ≥ 0
 * @returns the onset in hours, in [startH[0], endH), or undefined if H(endH) ≤ E
 * @example onsetInPiecewiseHazard({ startH: [0, 24], hazardPerH: [0.01, 0.05], endH: 72 }, 1) // 39.2
 */
export function onsetInPiecewiseHazard(pieces: PiecewiseHazard, targetHazard: number): number | undefined {
  checkPieces(pieces);
  if (!(Number.isFinite(targetHazard) && targetHazard >= 0)) {
    throw new RangeError(`onsetInPiecewiseHazard requires a finite targetHazard ≥ 0, got ${targetHazard}`);
  }
  const { startH, hazardPerH, endH } = pieces;
  const state = { cumulativeHazard: 0, targetHazard };
  for (let piece = 0; piece < startH.length; piece++) {
    const toH = piece + 1 < startH.length ? (startH[piece + 1] as number) : endH;
    const eventH = advanceCumulativeHazard(state, startH[piece] as number, toH, hazardPerH[piece] as number);
    if (eventH !== undefined) return eventH;
  }
  return undefined;
}

function checkPieces({ startH, hazardPerH, endH }: PiecewiseHazard): void {
  if (startH.length === 0 || startH.length !== hazardPerH.length) {
    throw new RangeError(`onsetInPiecewiseHazard requires one hazardPerH per startH and at least one piece, got ${startH.length} starts and ${hazardPerH.length} hazards`);
  }
  for (let piece = 0; piece < startH.length; piece++) {
    const start = startH[piece] as number;
    const next = piece + 1 < startH.length ? (startH[piece + 1] as number) : endH;
    if (!(Number.isFinite(start) && Number.isFinite(next) && next > start)) {
      const nextName = piece + 1 < startH.length ? `startH[${piece + 1}]` : "endH";
      throw new RangeError(`onsetInPiecewiseHazard requires finite, increasing hours, got startH[${piece}] = ${start} and ${nextName} = ${next}`);
    }
    const hazard = hazardPerH[piece] as number;
    if (!(Number.isFinite(hazard) && hazard >= 0)) {
      throw new RangeError(`onsetInPiecewiseHazard requires a finite hazardPerH ≥ 0, got hazardPerH[${piece}] = ${hazard}`);
    }
  }
}
