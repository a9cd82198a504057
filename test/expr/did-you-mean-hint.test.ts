import { describe, expect, it } from "vitest";
import { buildDidYouMeanHint, MAX_LISTED_CHOICES } from "../../src/expr/did-you-mean-hint.js";

describe("buildDidYouMeanHint", () => {
  it("suggests, then lists the choices (doc example)", () => {
    expect(buildDidYouMeanHint("agee", ["age", "sex"], "known variables")).toBe('did you mean "age"? known variables: age, sex');
    expect(buildDidYouMeanHint("weight", ["age", "sex"], "known variables")).toBe("known variables: age, sex");
    expect(buildDidYouMeanHint("x", [], "known variables")).toBe("there are no known variables");
  });

  it(`lists at most ${MAX_LISTED_CHOICES} choices`, () => {
    const names = Array.from({ length: 21 }, (_, index) => `n${index}`);
    expect(buildDidYouMeanHint("zzz", names, "names")).toBe(`names: ${names.slice(0, 20).join(", ")} … and 1 more`);
  });
});
