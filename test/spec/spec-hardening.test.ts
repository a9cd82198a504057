import { describe, expect, it } from "vitest";
import { formatIssues } from "../../src/cli/format-issues.js";
import { InputError } from "../../src/errors.js";
import { parseSpec } from "../../src/spec/index.js";
import { exampleSpecText } from "../helpers/cli.js";

/** What a user sees for spec text that fails, and how long the refusal took. */
function refusal(text: string): { printed: string; elapsedMs: number } {
  const started = performance.now();
  try {
    parseSpec(text, "spec.yaml");
  } catch (error) {
    if (error instanceof InputError) return { printed: formatIssues(error.issues), elapsedMs: performance.now() - started };
    throw error;
  }
  throw new Error("the spec parsed without issues");
}

function replaced(from: string, to: string, name = "pbc-phase2.yaml"): string {
  const text = exampleSpecText(name);
  expect(text).toContain(from);
  return text.replace(from, to);
}

describe("YAML hardening: only plain data, quickly refused otherwise", () => {
  it("refuses a billion-laughs alias bomb before expanding it", () => {
    const lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let level = 1; level <= 9; level++) lines.push(`a${level}: &a${level} [${Array.from({ length: 10 }, () => `*a${level - 1}`).join(",")}]`);
    const { printed, elapsedMs } = refusal(lines.join("\n"));
    expect(printed).toBe("spec.yaml:1:1: error SPEC_YAML_ALIASES: the spec expands too many aliases (excessive alias count indicates a resource exhaustion attack)\n  hint: a spec may expand at most 100 aliases; write the values out\n");
    expect(elapsedMs).toBeLessThan(1000);
  });

  it("refuses 10,000 nested lists and 2,000 nested mappings without overflowing", () => {
    const flow = refusal(`trial: ${"[".repeat(10_000)}${"]".repeat(10_000)}\n`);
    // The column is where the parser's stack ran out, which depends on the stack already in use.
    expect(flow.printed).toMatch(/^spec\.yaml:1:\d+: error SPEC_YAML_SYNTAX: the spec is nested too deeply to read\n {2}hint: a spec needs only a few levels of mappings and lists: check the indentation and the brackets\n$/);
    expect(flow.elapsedMs).toBeLessThan(2000);
    const block = refusal(`${Array.from({ length: 2_000 }, (_, level) => `${" ".repeat(level)}k:`).join("\n")} 1\n`);
    expect(block.printed).toMatch(/^spec\.yaml:\d+:\d+: error SPEC_YAML_SYNTAX: /);
    expect(block.elapsedMs).toBeLessThan(2000);
  });

  it("refuses more than 64 levels that the parser can read", () => {
    // A value may sit inside at most 64 mappings and lists: the top-level mapping and 64 "[" hold
    // the 65th list (its "[" at column 7 + 65) one level too deep.
    expect(refusal(`trial: ${"[".repeat(64)}${"]".repeat(64)}\n`).printed).not.toContain("nested");
    expect(refusal(`trial: ${"[".repeat(65)}${"]".repeat(65)}\n`).printed).toBe(
      "spec.yaml:1:72: error SPEC_YAML_SYNTAX: the spec is nested more than 64 levels deep\n  hint: a spec needs only a few levels of mappings and lists: check the indentation and the brackets\n",
    );
  });

  it("refuses tags outside the core schema, at the tagged value", () => {
    const hint = "  hint: a spec holds plain YAML values (strings, numbers, true/false, null, lists, mappings): remove the tag\n";
    expect(refusal(replaced("  alpha: 0.05", '  alpha: !!js/function "function () { return 1 }"')).printed).toBe(`spec.yaml:15:24: error SPEC_YAML_SYNTAX: the tag "!!js/function" is not allowed\n${hint}`);
    expect(refusal(replaced("  alpha: 0.05", "  alpha: !foo 0.05")).printed).toBe(`spec.yaml:15:15: error SPEC_YAML_SYNTAX: the tag "!foo" is not allowed\n${hint}`);
    expect(refusal(replaced("  alpha: 0.05", "  alpha: !!binary aGVsbG8=")).printed).toBe(`spec.yaml:15:19: error SPEC_YAML_SYNTAX: the tag "!!binary" is not allowed\n${hint}`);
  });

  it("accepts the core schema's own tags", () => {
    expect(parseSpec(replaced("  alpha: 0.05", "  alpha: !!float 0.05"), "spec.yaml").trial.alpha).toBe(0.05);
    expect(parseSpec(replaced('  title: "Phase 2', '  title: !!str "Phase 2'), "spec.yaml").trial.title).toMatch(/^Phase 2/);
  });

  it("points at an alias without an anchor", () => {
    expect(refusal(replaced("  alpha: 0.05", "  alpha: *level")).printed).toBe(
      "spec.yaml:15:10: error SPEC_YAML_SYNTAX: the alias *level has no anchor\n  hint: an alias (*name) must refer to an anchor (&name) defined before it, e.g. dose: &dose 50 … dose_mg: *dose\n",
    );
  });

  it("still expands a few ordinary aliases", () => {
    const spec = parseSpec(replaced("  alpha: 0.05", "  alpha: &level 0.05").replace("confidence_level: 0.95", "confidence_level: 0.95"), "spec.yaml");
    expect(spec.trial.alpha).toBe(0.05);
  });

  it("says a spec is one document", () => {
    expect(refusal(`${exampleSpecText()}\n---\ntrial: {}\n`).printed).toBe(
      "spec.yaml:103:1: error SPEC_YAML_SYNTAX: source contains multiple documents\n  hint: a spec is one YAML document: remove the '---' line and what follows, or split it into several spec files\n",
    );
  });
});

describe("expressions in a spec never reach JavaScript", () => {
  const ELIGIBILITY: readonly [expression: string, message: string][] = [
    ["constructor", 'unknown variable "constructor"'],
    ["__proto__ > 1", 'unknown variable "__proto__"'],
    ["process", 'unknown variable "process"'],
    ["globalThis", 'unknown variable "globalThis"'],
    ["this", 'unknown variable "this"'],
    ['require(\\"fs\\")', 'unknown function "require"'],
    ["age.constructor", 'unexpected character "."'],
    ["toString(age)", 'unknown function "toString"'],
    ['age[\\"constructor\\"]', 'unexpected "[" after a complete expression'],
    ["`${process.exit(1)}`", 'unexpected character "`"'],
    ['\\"constructor\\"', "gives a string, not a condition"],
    ["twinTrialCanary", 'unknown variable "twinTrialCanary"'],
  ];

  it.each(ELIGIBILITY)("eligibility %s is a located spec error", (expression, message) => {
    // A global the expression names would be read if names reached JavaScript scope.
    const canary = globalThis as { twinTrialCanary?: boolean };
    canary.twinTrialCanary = true;
    try {
      const { printed } = refusal(replaced('"not ascites"', `"${expression}"`));
      expect(printed).toMatch(/^spec\.yaml:34:\d+: error SPEC_EXPRESSION: cohort\.eligibility\[2\]\.expression/);
      expect(printed).toContain(message);
      expect(printed).toContain("\n  hint: ");
    } finally {
      delete canary.twinTrialCanary;
    }
  });

  it.each([
    ["process.env", 'unexpected character "."'],
    ["constructor", 'unknown variable "constructor"'],
    ["__proto__ + 1", 'unknown variable "__proto__"'],
    ['\\"__proto__\\"', "gives a string, not a number"],
    ["alk_phos > 147", "gives a boolean, not a number"],
  ])("derived covariate %s is a located spec error", (expression, message) => {
    const { printed } = refusal(replaced('"alk_phos / 147"', `"${expression}"`, "pbc-turnover.yaml"));
    expect(printed).toMatch(/^spec\.yaml:29:\d+: error SPEC_EXPRESSION: cohort\.derived\.alp_uln\.expression/);
    expect(printed).toContain(message);
  });

  it("names a derived covariate that reads a later one, or itself", () => {
    const hint = "  hint: a derived covariate can use the declared columns and the derived covariates above it, so there are no cycles: reorder them or remove the loop\n";
    expect(refusal(replaced('alp_uln: {expression: "alk_phos / 147"', 'a: {expression: "b + 1"}\n    b: {expression: "a + 1"}\n    alp_uln: {expression: "alk_phos / 147"', "pbc-turnover.yaml")).printed).toContain(
      `spec.yaml:29:21: error SPEC_EXPRESSION: cohort.derived.a.expression uses "b", which is defined after it\n${hint}`,
    );
    expect(refusal(replaced('"alk_phos / 147"', '"alp_uln / 147"', "pbc-turnover.yaml")).printed).toBe(`spec.yaml:29:27: error SPEC_EXPRESSION: cohort.derived.alp_uln.expression uses itself\n${hint}`);
  });

  it("lets a derived covariate be called constructor: prototype names are plain names", () => {
    const text = replaced('alp_uln: {expression: "alk_phos / 147"', 'constructor: {expression: "alk_phos / 147"}\n    alp_uln: {expression: "constructor / 1"', "pbc-turnover.yaml");
    expect(Object.keys(parseSpec(text, "spec.yaml").cohort.derived)).toEqual(["constructor", "alp_uln"]);
  });
});

describe("SPEC_INVALID_VALUE", () => {
  it("refuses kept patient rows beyond 1 GB with the estimate", () => {
    const text = replaced("n_per_arm: 60", "n_per_arm: 100000").replace("keep_replicates: 1 ", "keep_replicates: 500 ");
    expect(refusal(text).printed).toBe(
      "spec.yaml:101:20: error SPEC_INVALID_VALUE: keeping 500 replicates of 300,000 virtual patients holds 150,000,000 patient rows in memory and in patients.csv, about 37.5 GB (at most 1 GB)\n" +
        "  hint: lower outputs.keep_replicates (at most 13 with this many patients; 1 is usually enough) or population.n_per_arm; efficacy and safety statistics cover every replicate anyway\n",
    );
  });

  it("accepts 10,000,000 replicates that keep one", () => {
    const text = replaced("replicates: 500 ", "replicates: 10000000 ").replace("n_per_arm: 60", "n_per_arm: 100000");
    expect(parseSpec(text, "spec.yaml").trial.replicates).toBe(10_000_000);
  });
});
