import { describe, expect, it } from "vitest";
import { prepareCoxData } from "../../src/stats/prepare-cox-data.js";

describe("prepareCoxData", () => {
  it("doc example: sorts by time, centres on the mean and scales by the mean absolute deviation", () => {
    const data = prepareCoxData({ times: [3, 1], flags: Uint8Array.from([1, 1]), covariates: [[2, 0]], strata: [0, 0] });
    expect(Array.from(data.covariates)).toEqual([-1, 1]);
    expect(Array.from(data.times)).toEqual([1, 3]);
    expect([Array.from(data.means), Array.from(data.scales)]).toEqual([[1], [1]]);
  });

  it("sorts by stratum then time, marks the last patient of each stratum, counts the events", () => {
    const data = prepareCoxData({
      times: [5, 2, 7, 1, 3],
      flags: Uint8Array.from([1, 0, 1, 1, 0]),
      covariates: [[10, 20, 30, 40, 50]],
      strata: [1, 0, 1, 0, 0],
    });
    expect(Array.from(data.times)).toEqual([1, 2, 3, 5, 7]);
    expect(Array.from(data.flags)).toEqual([1, 0, 0, 1, 1]);
    expect(Array.from(data.stratumEnds)).toEqual([0, 0, 1, 0, 1]);
    expect(data.eventCount).toBe(3);
    // x in sorted order 40, 20, 50, 10, 30: mean 30, Σ|x − 30| = 60, scale n/60 = 5/60.
    expect(Array.from(data.covariates)).toEqual([10, -10, 20, -20, 0].map((deviation) => deviation * (5 / 60)));
  });

  it("leaves a constant covariate at 0 with scale 1", () => {
    const data = prepareCoxData({ times: [1, 2], flags: Uint8Array.from([1, 0]), covariates: [[4, 4]], strata: [0, 0] });
    expect([Array.from(data.covariates), Array.from(data.scales)]).toEqual([[0, 0], [1]]);
  });

  it("orders tied patients by event flag and covariates, so the input order does not matter", () => {
    const input = { times: [2, 2, 2], flags: Uint8Array.from([1, 0, 1]), covariates: [[3, 1, 2]], strata: [0, 0, 0] };
    const reversed = { times: [2, 2, 2], flags: Uint8Array.from([1, 0, 1]), covariates: [[2, 1, 3]], strata: [0, 0, 0] };
    expect(prepareCoxData(reversed)).toEqual(prepareCoxData(input));
    expect(Array.from(prepareCoxData(input).flags)).toEqual([0, 1, 1]);
  });
});
