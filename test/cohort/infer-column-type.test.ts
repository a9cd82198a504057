import { describe, expect, it } from "vitest";
import { inferColumnType } from "../../src/cohort/index.js";

describe("inferColumnType", () => {
  it("no recorded cell: number (described as all missing)", () => {
    expect(inferColumnType([])).toBe("number");
    expect(inferColumnType(["", "NA", " "])).toBe("number");
  });

  it("only 0, 1, true, false (any case, missing ignored): boolean", () => {
    expect(inferColumnType(["0", "1", "", "1"])).toBe("boolean");
    expect(inferColumnType(["TRUE", "false", "NA"])).toBe("boolean");
    expect(inferColumnType(["1", "1"])).toBe("boolean");
  });

  it("yes / no are not booleans here: they are categories", () => {
    expect(inferColumnType(["yes", "no"])).toBe("category");
  });

  it("whole numbers: integer, with fractions: number", () => {
    expect(inferColumnType(["0", "1", "2"])).toBe("integer");
    expect(inferColumnType(["-3", "1e3", "4.0"])).toBe("integer");
    expect(inferColumnType(["0", "0.5", "1"])).toBe("number");
    expect(inferColumnType([".5", "-2.25"])).toBe("number");
  });

  it("any cell that is not a finite decimal number: category", () => {
    expect(inferColumnType(["1", "3,5"])).toBe("category");
    expect(inferColumnType(["1", "Inf"])).toBe("category");
    expect(inferColumnType(["1e999"])).toBe("category");
    expect(inferColumnType(["f", "m"])).toBe("category");
  });
});
