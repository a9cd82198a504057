import { describe, expect, it } from "vitest";
import { closestName, editDistance, MAX_SUGGESTION_DISTANCE } from "../../src/text/closest-name.js";

describe("editDistance", () => {
  it("handles empty strings and equal strings", () => {
    expect(editDistance("", "")).toBe(0);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("abc", "")).toBe(3);
    expect(editDistance("age", "age")).toBe(0);
  });

  it("matches the textbook values", () => {
    // Wikipedia, "Levenshtein distance": kitten → sitting is 3 (doc example); R: adist("kitten", "sitting") is 3.
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("flaw", "lawn")).toBe(2); // R: adist("flaw", "lawn") is 2
    expect(editDistance("replicats", "replicates")).toBe(1);
    expect(editDistance("Age", "age")).toBe(1);
  });

  it("is symmetric", () => {
    expect(editDistance("sitting", "kitten")).toBe(3);
    expect(editDistance("alk_phos", "alkphos")).toBe(editDistance("alkphos", "alk_phos"));
  });
});

describe("closestName", () => {
  it("suggests the closest name within two edits, ignoring case (doc example)", () => {
    expect(closestName("n_per_arms", ["n_per_arm", "n_total"])).toBe("n_per_arm");
    expect(closestName("agee", ["age", "sex"])).toBe("age");
    expect(closestName("Age", ["age"])).toBe("age");
    expect(closestName("bilirubn", ["bili", "bilirubin"])).toBe("bilirubin");
    expect(MAX_SUGGESTION_DISTANCE).toBe(2);
  });

  it("suggests nothing further than two edits, nor for a name that would be replaced whole", () => {
    expect(closestName("weight", ["age", "sex"])).toBeUndefined();
    expect(closestName("zz", ["c0"])).toBeUndefined();
    expect(closestName("x", ["y"])).toBeUndefined();
    expect(closestName("ag", ["age"])).toBe("age");
    expect(closestName("anything", [])).toBeUndefined();
  });

  it("keeps the first candidate on a tie", () => {
    expect(closestName("mean", ["max", "min"])).toBe("max");
    expect(closestName("mean", ["min", "max"])).toBe("min");
  });
});
