import { describe, expect, it } from "vitest";
import { specIssues } from "../helpers/spec-issues.js";
import { specWith } from "./minimal-spec.js";

const issuesOf = specIssues;

/** Rules of the population section: every message verbatim. */
describe("spec rules of the population section", () => {
  it("SPEC_MISSING_NEEDS_COPULA: missing: impute with bootstrap", () => {
    expect(issuesOf(specWith("  method: bootstrap\n", "  method: bootstrap\n  missing: impute\n"))).toEqual([
      "spec.yaml:15:12: error SPEC_MISSING_NEEDS_COPULA: population.missing: impute applies only to method: gaussian-copula, not bootstrap",
      "  hint: bootstrap takes real patients as they are, missing values and all: use method: gaussian-copula to fill them in, or remove missing: impute",
    ]);
  });

  it("SPEC_MISSING_NEEDS_COPULA: missing: impute with smoothed-bootstrap", () => {
    expect(issuesOf(specWith("  method: bootstrap\n", "  method: smoothed-bootstrap\n  missing: impute\n"))).toEqual([
      "spec.yaml:15:12: error SPEC_MISSING_NEEDS_COPULA: population.missing: impute applies only to method: gaussian-copula, not smoothed-bootstrap",
      "  hint: smoothed-bootstrap takes real patients as they are, missing values and all: use method: gaussian-copula to fill them in, or remove missing: impute",
    ]);
  });

  it("accepts impute with gaussian-copula, an explicit preserve with any method, and the default", () => {
    expect(issuesOf(specWith("  method: bootstrap\n", "  method: gaussian-copula\n  missing: impute\n"))).toEqual([]);
    expect(issuesOf(specWith("  method: bootstrap\n", "  method: bootstrap\n  missing: preserve\n"))).toEqual([]);
    expect(issuesOf(specWith("  method: bootstrap\n", "  method: gaussian-copula\n"))).toEqual([]);
  });
});
