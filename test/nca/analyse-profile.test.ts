import { describe, expect, it } from "vitest";
import { analyseProfile } from "../../src/nca/index.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

const halving = { timesH: [0, 1, 2, 4, 8], concentrationsMgPerL: [0, 8, 4, 2, 0.5], doseMg: 100 };

describe("analyseProfile", () => {
  it("doc example, by hand: λz = ln 2 / 2, AUC0–last = 4 + 4/ln 2 + 4/ln 2 + 6/ln 4, extrapolated 0.5/λz", () => {
    const result = analyseProfile(halving);
    expect(result.linearUpLogDown).toEqual({
      aucLastMgHPerL: 19.8696454497786,
      aucInfMgHPerL: 21.312340490667562,
      aucPercentExtrapolated: 6.769294257102843,
      clearanceOverFLPerH: 4.692117228691466,
      volumeZOverFL: 13.538588514205689,
    });
    const lambdaZPerH = Math.LN2 / 2;
    const aucLast = 4 + 8 / Math.LN2 + 6 / Math.log(4);
    const aucInf = aucLast + 0.5 / lambdaZPerH;
    const hand = { aucLastMgHPerL: aucLast, aucInfMgHPerL: aucInf, aucPercentExtrapolated: (100 * 0.5) / lambdaZPerH / aucInf };
    for (const [name, value] of Object.entries(hand)) {
      expectRelativeClose(result.linearUpLogDown[name as keyof typeof hand], value, 1e-14, name);
    }
    expectRelativeClose(result.linearUpLogDown.clearanceOverFLPerH, 100 / aucInf, 1e-14, "CL/F");
    expectRelativeClose(result.linearUpLogDown.volumeZOverFL, 100 / (lambdaZPerH * aucInf), 1e-14, "Vz/F");
  });

  it("gives the peak, the last measurable sample, the terminal phase and the linear AUCs", () => {
    const result = analyseProfile(halving);
    expect(result).toMatchObject({ cmaxMgPerL: 8, tmaxH: 1, clastMgPerL: 0.5, tlastH: 8 });
    expect(result.terminal.halfLifeH).toBe(2);
    // 1·8/2 + 1·12/2 + 2·6/2 + 4·2.5/2 = 21
    expect(result.linear.aucLastMgHPerL).toBe(21);
    expectRelativeClose(result.linear.aucInfMgHPerL, 21 + 1 / Math.LN2, 1e-15, "linear AUC0–∞");
  });

  it("passes terminalPointCount on", () => {
    expect(analyseProfile({ ...halving, terminalPointCount: 4 }).terminal.timesH).toEqual([1, 2, 4, 8]);
    expect(analyseProfile({ ...halving, terminalPointCount: 5 }).terminal.lambdaZPerH).toBeNaN();
  });

  it("is NaN wherever λz is needed and not estimable, and keeps what does not need it", () => {
    const result = analyseProfile({ timesH: [0, 1, 2], concentrationsMgPerL: [0, 4, 2], doseMg: 100 });
    expect(result.terminal.lambdaZPerH).toBeNaN();
    expect(result.linear.aucLastMgHPerL).toBe(5);
    for (const summary of [result.linear, result.linearUpLogDown]) {
      expect(summary.aucInfMgHPerL).toBeNaN();
      expect(summary.aucPercentExtrapolated).toBeNaN();
      expect(summary.clearanceOverFLPerH).toBeNaN();
      expect(summary.volumeZOverFL).toBeNaN();
    }
  });

  it("gives AUC0–last = 0 and NaN for Clast and Tlast for a profile of zeros", () => {
    const result = analyseProfile({ timesH: [0, 1, 2, 4], concentrationsMgPerL: [0, 0, 0, 0], doseMg: 100 });
    expect(result).toMatchObject({ cmaxMgPerL: 0, tmaxH: 0, clastMgPerL: Number.NaN, tlastH: Number.NaN });
    expect(result.linear.aucLastMgHPerL).toBe(0);
    expect(result.linearUpLogDown.aucInfMgHPerL).toBeNaN();
  });

  it("refuses a dose that is not finite and > 0, and checks its profile under its own name", () => {
    expect(() => analyseProfile({ ...halving, doseMg: 0 })).toThrow(new RangeError("analyseProfile requires a finite doseMg > 0, got 0"));
    expect(() => analyseProfile({ ...halving, doseMg: Number.NaN })).toThrow(new RangeError("analyseProfile requires a finite doseMg > 0, got NaN"));
    expect(() => analyseProfile({ ...halving, timesH: [0, 1, 2, 4] })).toThrow(
      new RangeError("analyseProfile requires one concentration per time, got 5 concentrations and 4 times"),
    );
    expect(() => analyseProfile({ ...halving, terminalPointCount: 2 })).toThrow(
      new RangeError("estimateTerminalPhase requires an integer pointCount >= 3, got 2"),
    );
  });
});
