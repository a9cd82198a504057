import { describe, expect, it } from "vitest";
import { neutraliseFormula, renderCsv } from "../../src/report/index.js";

describe("renderCsv", () => {
  it("writes a header, LF line ends, a final newline, NA for null and quotes only where needed", () => {
    expect(renderCsv(["a", "b", "c"], [[1.5, "x,y", null], [true, 'say "hi"', -0]])).toBe('a,b,c\n1.5,"x,y",NA\ntrue,"say ""hi""",0\n');
  });

  it("an empty table is just the header", () => {
    expect(renderCsv(["a"], [])).toBe("a\n");
  });
});

describe("neutraliseFormula (CSV injection)", () => {
  it("prefixes text that a spreadsheet would run as a formula", () => {
    expect(neutraliseFormula('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(neutraliseFormula("+cmd")).toBe("'+cmd");
    expect(neutraliseFormula("-2+3")).toBe("'-2+3");
    expect(neutraliseFormula("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(neutraliseFormula("\t=1")).toBe("'\t=1");
  });

  it("leaves numbers and ordinary text alone", () => {
    expect(neutraliseFormula("-2.5")).toBe("-2.5");
    expect(neutraliseFormula("+1e-3")).toBe("+1e-3");
    expect(neutraliseFormula("placebo")).toBe("placebo");
    expect(renderCsv(["term"], [["=1+1"]])).toBe("term\n'=1+1\n");
  });
});
