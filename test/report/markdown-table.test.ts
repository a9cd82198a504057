import { describe, expect, it } from "vitest";
import { formatFixed, formatPercent, formatPValue, formatSignificant, renderMarkdownTable } from "../../src/report/index.js";

describe("markdown helpers", () => {
  it("renders a table with right-aligned number columns and escaped pipes", () => {
    expect(renderMarkdownTable(["name", "n"], [["a|b", "3"]], [1])).toBe("| name | n |\n| --- | ---: |\n| a\\|b | 3 |");
  });

  it("formats numbers for reading", () => {
    expect(formatFixed(0.123456, 3)).toBe("0.123");
    expect(formatFixed(-0.0001, 2)).toBe("0.00");
    expect(formatFixed(Number.NaN, 2)).toBe("NA");
    expect(formatSignificant(1234.5678, 3)).toBe("1235");
    expect(formatSignificant(0.0012345, 3)).toBe("0.00123");
    expect(formatSignificant(0.00001234, 2)).toBe("1.2e-5");
    expect(formatPercent(0.8123)).toBe("81.2%");
    expect(formatPValue(0.00001)).toBe("<0.0001");
    expect(formatPValue(0.04999)).toBe("0.0500");
  });
});
