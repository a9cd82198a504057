import { describe, expect, it } from "vitest";
import { doseCountFor, parseSpec, resolveSpec } from "../../src/spec/index.js";
import { MINIMAL_SPEC, specWith } from "./minimal-spec.js";

describe("doseCountFor", () => {
  it("covers the treatment period with doses at 0, τ, 2τ, … while t < duration", () => {
    expect(doseCountFor(84, 24)).toBe(84);
    expect(doseCountFor(84, 12)).toBe(168);
    expect(doseCountFor(7, 48)).toBe(4); // 0, 48, 96, 144 h < 168 h
    expect(doseCountFor(1, 48)).toBe(1);
  });
});

describe("resolveSpec", () => {
  it("writes out each regimen's dose count and keeps a given one", () => {
    expect(resolveSpec(parseSpec(MINIMAL_SPEC, "s.yaml")).arms[1]?.regimen?.n_doses).toBe(28);
    expect(resolveSpec(parseSpec(specWith("interval_h: 24}", "interval_h: 24, n_doses: 3}"), "s.yaml")).arms[1]?.regimen?.n_doses).toBe(3);
  });
});
