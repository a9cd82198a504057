import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { silvermanBandwidth } from "../../src/population/index.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

interface Reference {
  bandwidth: Record<string, { bw_nrd0: number }>;
  known: Record<string, { x: number[]; bw_nrd0: number }>;
}
const REFERENCE = JSON.parse(readFileSync(new URL("../reference/population.json", import.meta.url), "utf8")) as Reference;
const PBC_ROWS = readFileSync(new URL("../../cohorts/pbc_baseline.csv", import.meta.url), "utf8").trim().split("\n");
const HEADER = (PBC_ROWS[0] ?? "").split(",");

function column(name: string): number[] {
  const index = HEADER.indexOf(name);
  return PBC_ROWS.slice(1)
    .map((row) => row.split(",")[index] ?? "")
    .filter((cell) => cell !== "")
    .map(Number);
}

describe("silvermanBandwidth", () => {
  it("equals R's bw.nrd0 on every pbc number column (test/reference/population.R), to 1e-12", () => {
    // Quantile type 7 and the SD are the only computations; agreement is to rounding.
    for (const [name, reference] of Object.entries(REFERENCE.bandwidth)) {
      expectRelativeClose(silvermanBandwidth(column(name)), reference.bw_nrd0, 1e-12, `bw.nrd0(${name})`);
    }
  });

  it("follows bw.nrd0's fallbacks when the IQR is 0 or all values tie", () => {
    for (const [name, reference] of Object.entries(REFERENCE.known)) {
      expectRelativeClose(silvermanBandwidth(reference.x), reference.bw_nrd0, 1e-12, `bw.nrd0 ${name}`);
    }
    // R 4.2.2: bw.nrd0(1:10) = 1.71928640469228 — the doc example.
    expectRelativeClose(silvermanBandwidth([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), 1.71928640469228, 1e-13, "bw.nrd0(1:10)");
  });

  it("needs two values", () => {
    expect(() => silvermanBandwidth([1])).toThrow("silvermanBandwidth requires at least two values, got 1");
  });
});
