import { describe, expect, it } from "vitest";
import { checkSurvivalData } from "../../src/stats/survival-data.js";

describe("checkSurvivalData", () => {
  it("doc example: returns the event indicators as 0/1 flags", () => {
    expect(checkSurvivalData({ times: [5, 3], events: [true, false] }, "kaplanMeier")).toEqual(Uint8Array.from([1, 0]));
    expect(checkSurvivalData({ times: [5, 3, 0], events: [0, 1, 1] }, "logRankTest")).toEqual(Uint8Array.from([0, 1, 1]));
  });

  it("requires at least one patient", () => {
    expect(() => checkSurvivalData({ times: [], events: [] }, "kaplanMeier")).toThrow(
      new RangeError("kaplanMeier requires at least one patient"),
    );
  });

  it("requires one event indicator per time", () => {
    expect(() => checkSurvivalData({ times: [1, 2, 3], events: [1, 0] }, "kaplanMeier")).toThrow(
      new RangeError("kaplanMeier requires one event indicator per time, got 2 event indicators and 3 times"),
    );
  });

  it("requires finite non-negative times (NaN would fall out of every risk set)", () => {
    for (const [time, label] of [[Number.NaN, "NaN"], [Infinity, "Infinity"], [-1, "-1"]] as const) {
      expect(() => checkSurvivalData({ times: [1, time], events: [1, 1] }, "fitCoxModel")).toThrow(
        new RangeError(`fitCoxModel requires finite non-negative times, got ${label} at index 1`),
      );
    }
  });

  it("requires event indicators 0, 1, false or true (R's 1/2 coding is refused)", () => {
    expect(() => checkSurvivalData({ times: [1, 2], events: [2, 1] }, "kaplanMeier")).toThrow(
      new RangeError("kaplanMeier requires event indicators 0 or 1 (or false/true), got 2 at index 0"),
    );
    expect(() => checkSurvivalData({ times: [1, 2], events: [1, Number.NaN] }, "kaplanMeier")).toThrow(
      new RangeError("kaplanMeier requires event indicators 0 or 1 (or false/true), got NaN at index 1"),
    );
  });
});
