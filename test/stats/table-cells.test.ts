import { describe, expect, it } from "vitest";
import { computeTableCells } from "../../src/stats/table-cells.js";

describe("computeTableCells", () => {
  it("doc example: 7/10 vs 2/10 expects 9/20 of each arm to have the event", () => {
    const cells = computeTableCells({ eventsTreatment: 7, totalTreatment: 10, eventsControl: 2, totalControl: 10 });
    expect(cells.observed).toEqual([7, 3, 2, 8]);
    expect(cells.expected).toEqual([4.5, 5.5, 4.5, 5.5]);
  });

  it("expects 0 events when no patient has one", () => {
    expect(computeTableCells({ eventsTreatment: 0, totalTreatment: 4, eventsControl: 0, totalControl: 6 }).expected).toEqual([0, 4, 0, 6]);
  });
});
