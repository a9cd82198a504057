import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { advanceCumulativeHazard, exponentialTarget, onsetInPiecewiseHazard, type PiecewiseHazard } from "../../src/safety/index.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";
import { SAFETY_REFERENCE } from "./safety-primitives-json.js";

/** N stratified uniforms (i − ½)/N, one in the middle of each of N equal cells. */
function stratifiedUniforms(count: number): number[] {
  return Array.from({ length: count }, (_, index) => (index + 0.5) / count);
}

/** Hazard 0.01/h on [0, 24), 0.05/h on [24, 72), 0.002/h on [72, 168): H = 0.24 at 24 h, 2.64 at 72 h, 2.832 at 168 h. */
const THREE_PIECES: PiecewiseHazard = { startH: Float64Array.of(0, 24, 72), hazardPerH: Float64Array.of(0.01, 0.05, 0.002), endH: 168 };

/** The closed-form inverse of THREE_PIECES' cumulative hazard, written out piece by piece. */
function threePiecesInverse(target: number): number | undefined {
  if (target < 0.24) return target / 0.01;
  if (target < 2.64) return 24 + (target - 0.24) / 0.05;
  if (target < 2.832) return 72 + (target - 2.64) / 0.002;
  return undefined;
}

describe("onsetInPiecewiseHazard", () => {
  it("rejects malformed pieces and targets with exact messages", () => {
    const check = (pieces: PiecewiseHazard, target: number, message: string): void => {
      expect(() => onsetInPiecewiseHazard(pieces, target)).toThrow(new RangeError(message));
    };
    check({ startH: [], hazardPerH: [], endH: 1 }, 1, "onsetInPiecewiseHazard requires one hazardPerH per startH and at least one piece, got 0 starts and 0 hazards");
    check({ startH: [0, 1], hazardPerH: [1], endH: 2 }, 1, "onsetInPiecewiseHazard requires one hazardPerH per startH and at least one piece, got 2 starts and 1 hazards");
    check({ startH: [0, 5, 5], hazardPerH: [1, 1, 1], endH: 9 }, 1, "onsetInPiecewiseHazard requires finite, increasing hours, got startH[1] = 5 and startH[2] = 5");
    check({ startH: [0, 5], hazardPerH: [1, 1], endH: 5 }, 1, "onsetInPiecewiseHazard requires finite, increasing hours, got startH[1] = 5 and endH = 5");
    check({ startH: [0], hazardPerH: [1], endH: Infinity }, 1, "onsetInPiecewiseHazard requires finite, increasing hours, got startH[0] = 0 and endH = Infinity");
    check({ startH: [0, 5], hazardPerH: [1, -2], endH: 9 }, 1, "onsetInPiecewiseHazard requires a finite hazardPerH ≥ 0, got hazardPerH[1] = -2");
    check(THREE_PIECES, Number.NaN, "onsetInPiecewiseHazard requires a finite targetHazard ≥ 0, got NaN");
    check(THREE_PIECES, -1, "onsetInPiecewiseHazard requires a finite targetHazard ≥ 0, got -1");
  });

  it("gives the doc example and the edges of the hazard", () => {
    expect(onsetInPiecewiseHazard({ startH: [0, 24], hazardPerH: [0.01, 0.05], endH: 72 }, 1)).toBe(39.2);
    expect(onsetInPiecewiseHazard(THREE_PIECES, 0)).toBe(0); // inf{t ≥ 0 : H(t) ≥ 0}
    // Binary-exact pieces: H = 1 at 2 h and 2 at 6 h.
    const exact: PiecewiseHazard = { startH: [0, 2], hazardPerH: [0.5, 0.25], endH: 6 };
    expect(onsetInPiecewiseHazard(exact, 1)).toBe(2); // E at a knot: the event opens the next piece
    expect(onsetInPiecewiseHazard(exact, 2)).toBeUndefined(); // H(endH) = E: the onset is endH, outside [0, endH)
    expect(onsetInPiecewiseHazard(exact, 2 - 2 ** -51)).toBe(6 - 2 ** -49);
    expect(onsetInPiecewiseHazard({ startH: [-5], hazardPerH: [1], endH: 5 }, 2)).toBe(-3); // hours may start before 0
  });

  it("never fires with a zero hazard, however small the target", () => {
    const zero: PiecewiseHazard = { startH: [0, 10, 1e6], hazardPerH: [0, 0, 0], endH: 1e12 };
    for (const target of [Number.MIN_VALUE, 1e-300, 1e-12, 1, 40]) expect(onsetInPiecewiseHazard(zero, target)).toBeUndefined();
  });

  it("with a constant hazard λ, the onset is exactly −ln(U)/λ", () => {
    for (const hazard of [1e-4, 0.0137, 0.5, 12]) {
      const endH = 50 / hazard; // past every target of the grid (−ln(0.5/1000) ≈ 7.6)
      for (const uniform of stratifiedUniforms(1000)) {
        expect(onsetInPiecewiseHazard({ startH: [0], hazardPerH: [hazard], endH }, exponentialTarget(uniform))).toBe(-Math.log(uniform) / hazard);
      }
    }
  });

  it("with a constant hazard λ over [0, T], the share of stratified uniforms with an onset is 1 − exp(−λT) to 1/N", () => {
    const count = 100_000;
    const uniforms = stratifiedUniforms(count);
    for (const [hazard, endH] of [[0.01, 24], [0.002, 168], [0.3, 10], [5e-6, 1000]] as const) {
      const withOnset = uniforms.filter((uniform) => onsetInPiecewiseHazard({ startH: [0], hazardPerH: [hazard], endH }, exponentialTarget(uniform)) !== undefined).length;
      // N stratified points: the count in an interval of length p is within 1 of N·p.
      const expected = -Math.expm1(-hazard * endH);
      expect(Math.abs(withOnset / count - expected), `λ = ${hazard}, T = ${endH}: share ${withOnset / count} vs ${expected}`).toBeLessThanOrEqual(1 / count);
    }
  });

  it("inverts a three-piece hazard as its closed form does", () => {
    for (const uniform of stratifiedUniforms(2000)) {
      const target = exponentialTarget(uniform);
      const expected = threePiecesInverse(target);
      const got = onsetInPiecewiseHazard(THREE_PIECES, target);
      if (expected === undefined) expect(got, `E = ${target}`).toBeUndefined();
      // Both are fromH + (E − H(fromH))/h; H(fromH) is summed in another order: a few ulps
      // (observed ≤ 3.2e-15).
      else expectRelativeClose(got as number, expected, 1e-13, `E = ${target}`);
    }
  });

  it("matches R (findInterval on the cumulative hazard), zero-hazard pieces included", () => {
    // 1e-13 relative: R's knot sums and 15 written digits; observed ≤ 4.8e-15.
    for (const reference of SAFETY_REFERENCE.piecewise) {
      const pieces = { startH: reference.start_h, hazardPerH: reference.hazard_per_h, endH: reference.end_h };
      reference.uniforms.forEach((uniform, index) => {
        const expected = reference.first_onset_h[index] ?? undefined;
        const got = onsetInPiecewiseHazard(pieces, exponentialTarget(uniform));
        if (expected === undefined) expect(got, `u = ${uniform}`).toBeUndefined();
        else expectRelativeClose(got as number, expected, 1e-13, `pieces ${reference.start_h.join(",")} u = ${uniform}`);
      });
    }
  });

  it("gives the bits of the same advanceCumulativeHazard calls made interval by interval", () => {
    for (const uniform of stratifiedUniforms(500)) {
      const targetHazard = exponentialTarget(uniform);
      const state = { cumulativeHazard: 0, targetHazard };
      let incremental: number | undefined;
      for (let piece = 0; piece < 3 && incremental === undefined; piece++) {
        incremental = advanceCumulativeHazard(state, THREE_PIECES.startH[piece] as number, THREE_PIECES.startH[piece + 1] ?? THREE_PIECES.endH, THREE_PIECES.hazardPerH[piece] as number);
      }
      expect(onsetInPiecewiseHazard(THREE_PIECES, targetHazard)).toBe(incremental);
    }
  });

  it("gives the same onset, to rounding, when each piece is cut into 1000 equal ones", () => {
    const startH = new Float64Array(3000);
    const hazardPerH = new Float64Array(3000);
    for (let piece = 0; piece < 3; piece++) {
      const fromH = THREE_PIECES.startH[piece] as number;
      const toH = THREE_PIECES.startH[piece + 1] ?? THREE_PIECES.endH;
      for (let part = 0; part < 1000; part++) {
        startH[piece * 1000 + part] = fromH + ((toH - fromH) * part) / 1000;
        hazardPerH[piece * 1000 + part] = THREE_PIECES.hazardPerH[piece] as number;
      }
    }
    const fine: PiecewiseHazard = { startH, hazardPerH, endH: THREE_PIECES.endH };
    for (const uniform of stratifiedUniforms(2000)) {
      const target = exponentialTarget(uniform);
      const coarse = onsetInPiecewiseHazard(THREE_PIECES, target);
      const split = onsetInPiecewiseHazard(fine, target);
      // 1000 partial sums: rounding can move a crossing within ~1e-13 of endH out of [0, endH).
      if (coarse === undefined || split === undefined) {
        const onlyOne = coarse ?? split;
        if (onlyOne !== undefined) expect(THREE_PIECES.endH - onlyOne, `E = ${target}`).toBeLessThan(1e-10);
      } else expectRelativeClose(split, coarse, 5e-12, `E = ${target}`); // 1000 partial sums: about 1000 ulps; observed ≤ 6.3e-13
    }
  });

  test.prop([fc.double({ min: 0, max: 4, noNaN: true }), fc.double({ min: 0, max: 4, noNaN: true })])(
    "is non-decreasing in the target (a larger E, a later onset)",
    (first, second) => {
      const [low, high] = first <= second ? [first, second] : [second, first];
      const early = onsetInPiecewiseHazard(THREE_PIECES, low);
      const late = onsetInPiecewiseHazard(THREE_PIECES, high);
      if (late !== undefined) expect(early).toBeLessThanOrEqual(late);
    },
  );
});
