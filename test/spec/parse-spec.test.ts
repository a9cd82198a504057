import { describe, expect, it } from "vitest";
import { formatIssues } from "../../src/cli/format-issues.js";
import { InputError } from "../../src/errors.js";
import { parseSpec, resolveSpec } from "../../src/spec/index.js";
import { exampleSpecText } from "../helpers/cli.js";
import { MINIMAL_SPEC, specWith } from "./minimal-spec.js";

/** The text a user sees for a spec that fails to parse. */
function messagesFor(text: string): string {
  try {
    parseSpec(text, "spec.yaml");
  } catch (error) {
    if (error instanceof InputError) return formatIssues(error.issues);
    throw error;
  }
  throw new Error("the spec parsed without issues");
}

describe("parseSpec on valid specs", () => {
  it("fills the documented defaults", () => {
    const spec = parseSpec(MINIMAL_SPEC, "spec.yaml");
    expect(spec.trial.alpha).toBe(0.05);
    expect(spec.analysis).toEqual({ methods: ["welch", "ancova"], ancova_covariates: ["baseline"], adjustment_covariates: [], strata: [], cox_ties: "efron", multiplicity: { method: "none" }, alternative: "two-sided", confidence_level: 0.95, estimand: "treatment-policy" });
    expect(spec.pk?.bioavailability).toBe(1);
    expect(spec.pk?.parameters.ka_per_h).toEqual({ typical: 1, cv: 0, covariates: [] });
    expect(spec.arms[1]?.control).toBe(false);
    expect(spec.outputs.keep_replicates).toBe(1);
    expect(spec.adverse_events).toEqual([]);
    // Type-specific defaults are filled in after the rules (which refuse them on other types).
    expect(spec.endpoints[0]?.placebo_response).toBeUndefined();
    expect(resolveSpec(spec).endpoints[0]).toMatchObject({ model: "exposure-response", placebo_response: 0, baseline_slope: 0, baseline_centre: 0 });
  });

  it("accepts the shipped example and a byte-order mark", () => {
    expect(parseSpec(exampleSpecText(), "pbc-phase2.yaml").trial.id).toBe("pbc-phase2");
    expect(parseSpec(`\uFEFF${MINIMAL_SPEC}`, "spec.yaml").trial.id).toBe("t1");
  });
});

describe("parseSpec errors: place, message and hint, verbatim", () => {
  it("YAML syntax error: line and column of the first error only", () => {
    expect(messagesFor(specWith("  seed: 1\n", "  seed: 1\n bad\n"))).toBe(
      "spec.yaml:5:1: error SPEC_YAML_SYNTAX: all mapping items must start at the same column\n" +
        "  hint: check the indentation (keys of one mapping start in the same column) and the ':' after each key near this line\n",
    );
  });

  it("tabs and duplicate keys get their own hints", () => {
    expect(messagesFor(specWith("  seed: 1", "\tseed: 1"))).toBe("spec.yaml:4:1: error SPEC_YAML_SYNTAX: tabs are not allowed as indentation\n  hint: indent with spaces, not tabs\n");
    expect(messagesFor(specWith("  seed: 1\n", "  seed: 1\n  seed: 2\n"))).toBe(
      "spec.yaml:5:3: error SPEC_YAML_SYNTAX: map keys must be unique\n  hint: a key may appear only once in a mapping: remove or rename one of them\n",
    );
  });

  it("unknown key with a did-you-mean", () => {
    expect(messagesFor(specWith("n_per_arm: 10", "n_per_arms: 10"))).toBe(
      'spec.yaml:15:3: error SPEC_UNKNOWN_KEY: unknown key "n_per_arms" in population\n' +
        '  hint: did you mean "n_per_arm"? allowed keys: method, missing, n_per_arm, n_total, allocation\n',
    );
    expect(messagesFor(`${MINIMAL_SPEC}sead: 3\n`)).toBe(
      'spec.yaml:32:1: error SPEC_UNKNOWN_KEY: unknown key "sead" at the top level\n' +
        "  hint: allowed keys: trial, cohort, population, adherence, enrolment, arms, pk, endpoints, adverse_events, dose_modifications, dropout, analysis, outputs, vpc, designs, sweep\n",
    );
  });

  it("wrong type", () => {
    expect(messagesFor(specWith("replicates: 10", "replicates: many"))).toBe(
      'spec.yaml:5:15: error SPEC_WRONG_TYPE: trial.replicates must be a number, got "many"\n  hint: replicates — number of simulated trials\n',
    );
    expect(messagesFor(specWith("replicates: 10", "replicates: 2.5"))).toBe(
      "spec.yaml:5:15: error SPEC_WRONG_TYPE: trial.replicates must be a whole number, got 2.5\n  hint: replicates — number of simulated trials\n",
    );
  });

  it("negative or zero dose", () => {
    const expected = (value: string): string =>
      `spec.yaml:20:37: error SPEC_INVALID_VALUE: arms[1].regimen.dose_mg must be > 0, got ${value}\n  hint: dose_mg — amount per administration (mg)\n`;
    expect(messagesFor(specWith("dose_mg: 100", "dose_mg: -50"))).toBe(expected("-50"));
    expect(messagesFor(specWith("dose_mg: 100", "dose_mg: 0"))).toBe(expected("0"));
  });

  it("missing key points at its parent", () => {
    expect(messagesFor(specWith("    type: continuous\n", ""))).toBe(
      "spec.yaml:28:5: error SPEC_MISSING_KEY: endpoints[0].type is missing\n  hint: type — continuous: change from baseline; binary: responder or event yes/no; time-to-event; count of events\n",
    );
  });

  it("a key only one endpoint type needs", () => {
    expect(messagesFor(specWith("    residual_sd: 0.3\n", ""))).toBe(
      "spec.yaml:28:5: error SPEC_MISSING_KEY: endpoints[0].residual_sd is missing (needed by continuous endpoints)\n  hint: residual_sd — SD of the unexplained variation at each visit (independent between visits)\n",
    );
  });

  it("a choice with a typo", () => {
    expect(messagesFor(specWith("method: bootstrap", "method: bootstrapp"))).toBe(
      'spec.yaml:14:11: error SPEC_INVALID_VALUE: population.method must be one of "bootstrap", "smoothed-bootstrap", "gaussian-copula", "cohort", got "bootstrapp"\n' +
        '  hint: did you mean "bootstrap"? method — bootstrap: resample eligible patients; smoothed-bootstrap: plus Gaussian kernel noise on number columns; gaussian-copula: new patients from the empirical marginals joined by the correlation of normal scores; cohort: every eligible patient once, in file order\n',
    );
  });

  it("non-finite numbers: 1e400 and .nan", () => {
    expect(messagesFor(specWith("residual_sd: 0.3", "residual_sd: 1e400"))).toBe(
      "spec.yaml:31:18: error SPEC_INVALID_VALUE: endpoints[0].residual_sd must be a finite number, got Infinity\n  hint: residual_sd — continuous: SD of the unexplained variation at each visit (independent between visits)\n",
    );
    expect(messagesFor(specWith("residual_sd: 0.3", "residual_sd: .nan"))).toContain("must be a finite number, got .nan");
  });

  it("arms: two controls, no control, duplicate ids", () => {
    expect(messagesFor(specWith("  - id: drug\n", "  - id: drug\n    control: true\n"))).toBe(
      "spec.yaml:20:14: error SPEC_SEVERAL_CONTROL_ARMS: arms[1] is a second control arm (arms[0] is already control: true)\n  hint: exactly one arm is the control every other arm is compared with\n",
    );
    expect(messagesFor(specWith("    control: true\n", ""))).toBe(
      "spec.yaml:17:3: error SPEC_NO_CONTROL_ARM: no arm is marked control: true\n  hint: mark the placebo or comparator arm with control: true\n",
    );
    expect(messagesFor(specWith("  - id: drug", "  - id: placebo"))).toBe(
      'spec.yaml:19:9: error SPEC_DUPLICATE_ID: arms[1].id "placebo" is used by an earlier arm\n  hint: give every arm its own id\n',
    );
  });

  it("a column the cohort section does not declare", () => {
    expect(messagesFor(specWith("baseline_column: albumin", "baseline_column: albumen"))).toBe(
      'spec.yaml:30:22: error SPEC_UNKNOWN_COLUMN: column "albumen" is not declared under cohort.columns\n' +
        '  hint: did you mean "albumin"? declared columns: age, albumin; add it with its type, e.g. albumen: {type: number}\n',
    );
  });

  it("an eligibility expression error points inside the string", () => {
    const text = specWith("population:", '  eligibility:\n    - expression: "age >= 18 && albumin > 3"\npopulation:');
    expect(messagesFor(text)).toBe(
      'spec.yaml:14:30: error SPEC_EXPRESSION: cohort.eligibility[0].expression: unknown operator "&&"\n  hint: write "and", e.g. age >= 18 and sex == "f"\n',
    );
  });

  it("population sizes that cannot be allocated exactly", () => {
    expect(messagesFor(specWith("n_per_arm: 10", "n_total: 21\n  allocation: {placebo: 1, drug: 2}\n  n_per_arm: 3"))).toBe(
      "spec.yaml:14:3: error SPEC_POPULATION_SIZE: population needs exactly one of n_per_arm and n_total\n  hint: write n_per_arm: 50, or n_total: 150 with an allocation ratio\n",
    );
    expect(messagesFor(specWith("n_per_arm: 10", "n_total: 20\n  allocation: {placebo: 1, drug: 2}"))).toBe(
      "spec.yaml:15:12: error SPEC_POPULATION_SIZE: population.n_total 20 is not a multiple of the allocation block 3\n  hint: use 18 or 21 so every arm gets its exact share\n",
    );
    expect(messagesFor(specWith("n_per_arm: 10", "n_total: 21\n  allocation: {placebo: 1, drugs: 2}"))).toContain(
      'error SPEC_UNKNOWN_ARM: population.allocation names arm "drugs", which is not in arms\n  hint: did you mean "drug"? arms: placebo, drug\n',
    );
  });

  it("grade shares that do not add up to 1", () => {
    const text = `${MINIMAL_SPEC}adverse_events:\n  - term: nausea\n    exposure: cmax\n    intercept: -2\n    slope: 0.5\n    grades: {grade_1: 0.5, grade_2: 0.3, grade_3: 0.1}\n`;
    expect(messagesFor(text)).toBe(
      "spec.yaml:37:13: error SPEC_INVALID_VALUE: adverse_events[0].grades add up to 0.9, not 1\n  hint: the grade shares split the events: e.g. grade_1: 0.6, grade_2: 0.3, grade_3: 0.1\n",
    );
  });

  it("a dosed arm without a pk section, when an exposure is read", () => {
    const withoutPk = MINIMAL_SPEC.replace(/pk:\n( {2}.*\n)+/, "");
    const effect = (text: string) => withoutPk.replace("    residual_sd: 0.3\n", `    residual_sd: 0.3\n    drug_effect: ${text}\n`);
    expect(messagesFor(effect("{model: emax, exposure: auc_tau, emax: 0.3, ec50: 100}"))).toBe(
      "spec.yaml:20:14: error SPEC_MISSING_KEY: arms[1] has a regimen and endpoints[0].drug_effect (emax) reads the exposure it gives, but the spec has no pk section\n  hint: add a pk: section with the model and its parameters; without one a regimen only marks who is on drug, which suits model: constant drug effects and no adverse_events\n",
    );
    // A constant drug effect only needs to know who is on drug.
    expect(parseSpec(effect("{model: constant, value: 0.3}"), "spec.yaml").pk).toBeUndefined();
  });

  it("empty documents and documents that are not mappings", () => {
    expect(messagesFor("")).toBe("spec.yaml:1:1: error SPEC_EMPTY: the spec is empty\n  hint: start from trial-specs/pbc-phase2.yaml, which explains every field\n");
    expect(messagesFor("- a\n- b\n")).toBe(
      "spec.yaml:1:1: error SPEC_WRONG_TYPE: the spec must be a mapping with trial, cohort, population, arms and endpoints\n  hint: start from trial-specs/pbc-phase2.yaml, which explains every field\n",
    );
  });

  it("refuses an alias bomb quickly", () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let level = 1; level < 9; level++) levels.push(`${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)} [${Array(10).fill(`*${String.fromCharCode(96 + level)}`).join(", ")}]`);
    expect(messagesFor(`${levels.join("\n")}\n`)).toMatch(/^spec\.yaml:1:1: error SPEC_YAML_ALIASES: the spec expands too many aliases/);
  });

  it("collects several issues of one stage and sorts them by position", () => {
    const text = specWith("replicates: 10", "replicates: -1").replace("residual_sd: 0.3", "residual_sd: -2");
    const lines = messagesFor(text).split("\n").filter((line) => line.includes("error"));
    expect(lines).toEqual([
      "spec.yaml:5:15: error SPEC_INVALID_VALUE: trial.replicates must be >= 1, got -1",
      "spec.yaml:31:18: error SPEC_INVALID_VALUE: endpoints[0].residual_sd must be >= 0, got -2",
    ]);
  });
});
