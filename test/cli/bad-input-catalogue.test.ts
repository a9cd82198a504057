import { resultFiles } from "../helpers/results-files.js";
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exampleSpecText, makeWorkspace, runCli, writeWorkspaceFile } from "../helpers/cli.js";

/**
 * The bad-input catalogue (issue 7): every row is one mistake a user can make in a spec, a
 * cohort or on the command line. Each must exit 2, name the place (spec.yaml:line:column,
 * cohort row and column, or the flag), give a hint, print no stack trace, and leave an
 * earlier results folder exactly as it was (DESIGN.md "Errors and exit codes").
 *
 * A row is [name, setup, argv, expected]: setup writes files into the workspace (`<tmp>` in
 * argv and expected is the workspace root), argv is the command, expected the substrings of
 * stderr. Commands that write a results folder get `--out <earlier results> --force` added.
 */
type Setup = (root: string) => void;
type Row = readonly [name: string, setup: Setup, argv: readonly string[], expected: readonly string[]];

const IS_ROOT = process.getuid?.() === 0;
let root = "";
let earlier = "";
let earlierFiles = new Map<string, string>();

const example = (): string => exampleSpecText();
const turnover = (): string => exampleSpecText("pbc-turnover.yaml");
const baselineCsv = (): string => readFileSync(new URL("../../cohorts/pbc_baseline.csv", import.meta.url), "utf8");

/** `text` with `from` replaced by `to`; throws when `from` is absent, so a row never tests the unedited spec. */
function edit(text: string, ...pairs: readonly (readonly [from: string, to: string])[]): string {
  let result = text;
  for (const [from, to] of pairs) {
    if (!result.includes(from)) throw new Error(`catalogue setup: ${JSON.stringify(from)} is not in the text`);
    result = result.replace(from, to);
  }
  return result;
}

/** Setup that writes specs/spec.yaml. */
const spec =
  (text: () => string): Setup =>
  (workspace) =>
    writeWorkspaceFile(workspace, join("specs", "spec.yaml"), text());

/** Setup that writes cohorts/bad.csv and a spec (pbc-phase2) that reads it. */
const cohort =
  (csv: () => string, specText: () => string = example): Setup =>
  (workspace) => {
    writeWorkspaceFile(workspace, join("cohorts", "bad.csv"), csv());
    writeWorkspaceFile(workspace, join("specs", "spec.yaml"), edit(specText(), ["../cohorts/pbc_baseline.csv", "../cohorts/bad.csv"]));
  };

/** pbc_baseline.csv with the cell of `column` on file row `row` (header = row 1) replaced. */
function withCell(row: number, column: string, value: string): string {
  const lines = baselineCsv().split("\n");
  const header = (lines[0] ?? "").split(",");
  const index = header.indexOf(column);
  lines[row - 1] = (lines[row - 1] ?? "").split(",").map((cell, at) => (at === index ? value : cell)).join(",");
  return lines.join("\n");
}

/** The cohort with row 3's sex cell written as "fé" in Latin-1 (one byte 0xE9): not UTF-8. */
const latin1Cohort: Setup = (workspace) => {
  cohort(baselineCsv)(workspace);
  const lines = baselineCsv().split("\n");
  const row = (lines[2] ?? "").replace(",f,", ",f\u00e9,");
  writeFileSync(join(workspace, "cohorts", "bad.csv"), Buffer.concat([Buffer.from(`${lines.slice(0, 2).join("\n")}\n`), Buffer.from(row, "latin1"), Buffer.from(`\n${lines.slice(3).join("\n")}`)]));
};

/** The example spec with "hypothetical" written "hypothétical" in Latin-1 (one byte 0xE9). */
const latin1Spec: Setup = (workspace) => writeFileSync(join(workspace, "specs", "spec.yaml"), Buffer.from(edit(example(), ["a hypothetical drug", "a hypoth\u00e9tical drug"]), "latin1"));

const SIMULATE = ["simulate", "<tmp>/specs/spec.yaml"];
const VALIDATE = ["validate", "<tmp>/specs/spec.yaml"];
const AT = (line: number, column: number): string => `<tmp>/specs/spec.yaml:${line}:${column}: error `;
const BAD_CSV = (row: number, column: string): string => `<tmp>/cohorts/bad.csv row ${row}, column "${column}": error `;
const nothing: Setup = () => undefined;

const ROWS: readonly Row[] = [
  // YAML syntax
  ["yaml: misaligned key", spec(() => edit(example(), ["  seed: 20261127", "  seed: 20261127\n oops: 1"])), SIMULATE, [AT(14, 1), "SPEC_YAML_SYNTAX"]],
  ["yaml: tab indentation", spec(() => edit(example(), ["  seed: 20261127", "\tseed: 20261127"])), SIMULATE, ["<tmp>/specs/spec.yaml:13:", "SPEC_YAML_SYNTAX"]],
  ["yaml: duplicate key", spec(() => edit(example(), ["  alpha: 0.05", "  alpha: 0.05\n  alpha: 0.01"])), SIMULATE, [AT(16, 3), "SPEC_YAML_SYNTAX"]],
  ["yaml: unclosed quote", spec(() => edit(example(), ['title: "Phase 2', 'title: "Phase 2\nfoo: ['])), SIMULATE, ["<tmp>/specs/spec.yaml:", "SPEC_YAML_SYNTAX"]],
  ["yaml: unclosed flow mapping", spec(() => edit(example(), ["age: {type: number, unit: years}", "age: {type: number, unit: years"])), SIMULATE, ["<tmp>/specs/spec.yaml:", "SPEC_YAML_SYNTAX"]],
  ["yaml: alias without anchor", spec(() => edit(example(), ["  alpha: 0.05", "  alpha: *level"])), SIMULATE, [AT(15, 10), "SPEC_YAML_SYNTAX", "the alias *level has no anchor"]],
  ["yaml: empty file", spec(() => ""), SIMULATE, [AT(1, 1), "SPEC_EMPTY"]],
  ["yaml: a list, not a mapping", spec(() => "- trial\n- arms\n"), SIMULATE, [AT(1, 1), "SPEC_WRONG_TYPE"]],
  ["yaml: two documents", spec(() => `${example()}\n---\ntrial: {}\n`), SIMULATE, [AT(103, 1), "SPEC_YAML_SYNTAX", "one YAML document"]],
  ["yaml: billion laughs", spec(() => billionLaughs()), SIMULATE, [AT(1, 1), "SPEC_YAML_ALIASES"]],
  ["yaml: 10,000 nested lists", spec(() => `trial: ${"[".repeat(10_000)}${"]".repeat(10_000)}\n`), SIMULATE, ["<tmp>/specs/spec.yaml:1:", "SPEC_YAML_SYNTAX"]],
  ["yaml: 2,000 nested block mappings", spec(() => deepBlockMapping(2_000)), SIMULATE, ["<tmp>/specs/spec.yaml:", "SPEC_YAML_SYNTAX"]],
  ["yaml: 100 nested lists", spec(() => `trial: ${"[".repeat(100)}${"]".repeat(100)}\n`), SIMULATE, ["<tmp>/specs/spec.yaml:1:", "SPEC_YAML_SYNTAX", "more than 64 levels"]],
  ["yaml: !!js/function tag", spec(() => edit(example(), ["  alpha: 0.05", '  alpha: !!js/function "function () { return 1 }"'])), SIMULATE, ["<tmp>/specs/spec.yaml:15:", "SPEC_YAML_SYNTAX", '"!!js/function"']],
  ["yaml: custom !foo tag", spec(() => edit(example(), ["  alpha: 0.05", "  alpha: !foo 0.05"])), SIMULATE, ["<tmp>/specs/spec.yaml:15:", "SPEC_YAML_SYNTAX", '"!foo"']],
  ["yaml: binary tag", spec(() => edit(example(), ["  alpha: 0.05", "  alpha: !!binary aGVsbG8="])), SIMULATE, ["<tmp>/specs/spec.yaml:15:", "SPEC_YAML_SYNTAX", '"!!binary"']],
  ["yaml: set tag", spec(() => edit(example(), ["  methods: [welch, ancova]", "  methods: !!set {welch, ancova}"])), SIMULATE, ["<tmp>/specs/spec.yaml:95:", "SPEC_YAML_SYNTAX", '"!!set"']],
  // wrong types
  ["type: string for a number", spec(() => edit(example(), ["  alpha: 0.05 ", '  alpha: "5%" '])), SIMULATE, [AT(15, 10), "SPEC_WRONG_TYPE", 'got "5%"']],
  ["type: fraction for a whole number", spec(() => edit(example(), ["replicates: 500", "replicates: 1.5"])), SIMULATE, [AT(14, 15), "trial.replicates"]],
  ["type: boolean for a number", spec(() => edit(example(), ["seed: 20261127", "seed: true"])), SIMULATE, [AT(13, 9), "SPEC_WRONG_TYPE", "trial.seed"]],
  ["type: mapping for a list", spec(() => edit(example(), ["  methods: [welch, ancova]", "  methods: {welch: 1}"])), SIMULATE, [AT(95, 12), "analysis.methods"]],
  ["type: string for a mapping", spec(() => edit(example(), ["    regimen: {route: oral, dose_mg: 50, interval_h: 24}", "    regimen: daily"])), SIMULATE, [AT(47, 14), "arms[1].regimen"]],
  // unknown keys
  ["unknown key: typo with did-you-mean", spec(() => edit(example(), ["  replicates: 500", "  replicats: 500"])), SIMULATE, [AT(14, 3), "SPEC_UNKNOWN_KEY", 'did you mean "replicates"']],
  ["unknown key: top-level section", spec(() => `${example()}\narm:\n  - id: x\n`), SIMULATE, ["SPEC_UNKNOWN_KEY", '"arm"']],
  ["unknown key: unicode name", spec(() => edit(example(), ["  replicates: 500", "  réplicates: 500"])), SIMULATE, [AT(14, 3), "SPEC_UNKNOWN_KEY", '"réplicates"']],
  // out of range
  ["range: negative residual SD", spec(() => edit(example(), ["residual_sd: 0.3", "residual_sd: -0.3"])), SIMULATE, [AT(78, 18), "SPEC_INVALID_VALUE", "residual_sd", "-0.3"]],
  ["range: negative CV", spec(() => edit(example(), ["volume_l: {typical: 60, cv: 0.2}", "volume_l: {typical: 60, cv: -0.2}"])), SIMULATE, [AT(62, 33), "cv must be >= 0, got -0.2"]],
  ["range: probability above 1", spec(() => edit(example(), ["alpha: 0.05", "alpha: 1.5"])), SIMULATE, [AT(15, 10), "SPEC_INVALID_VALUE", "1.5"]],
  ["range: grade shares above 1", spec(() => edit(example(), ["grades: {grade_1: 0.7,", "grades: {grade_1: 1.7,"])), SIMULATE, [AT(86, 23), "grades.grade_1 must be <= 1, got 1.7"]],
  ["range: zero dosing interval", spec(() => edit(example(), ["dose_mg: 50, interval_h: 24", "dose_mg: 50, interval_h: 0"])), SIMULATE, [AT(47, 53), "interval_h must be > 0, got 0"]],
  ["range: negative dose", spec(() => edit(example(), ["dose_mg: 50,", "dose_mg: -50,"])), SIMULATE, [AT(47, 37), "dose_mg must be > 0, got -50"]],
  ["range: confidence level 95", spec(() => edit(example(), ["confidence_level: 0.95", "confidence_level: 95"])), SIMULATE, [AT(98, 21), "confidence_level must be < 1, got 95"]],
  ["range: zero patients per arm", spec(() => edit(example(), ["n_per_arm: 60", "n_per_arm: 0"])), SIMULATE, [AT(39, 14), "n_per_arm must be >= 2, got 0"]],
  // inconsistent arms
  ["arms: two controls", spec(() => edit(example(), ["    label: 50 mg once daily", "    label: 50 mg once daily\n    control: true"])), SIMULATE, ["SPEC_SEVERAL_CONTROL_ARMS", "<tmp>/specs/spec.yaml:47:"]],
  ["arms: no control", spec(() => edit(example(), ["    control: true ", "    control: false"])), SIMULATE, ["SPEC_NO_CONTROL_ARM", "<tmp>/specs/spec.yaml:"]],
  ["arms: duplicate id", spec(() => edit(example(), ["  - id: high", "  - id: low"])), SIMULATE, [AT(48, 9), "SPEC_DUPLICATE_ID"]],
  ["unicode: arm id", spec(() => edit(example(), ["  - id: low", "  - id: bás"])), SIMULATE, [AT(45, 9), "must start with a letter and hold only letters, digits, _ and -", '"bás"']],
  ["unicode: look-alike control key", spec(() => edit(example(), ["    control: true ", "    cоntrol: true "])), SIMULATE, [AT(44, 5), "SPEC_UNKNOWN_KEY", '"cоntrol"']],
  // undefined references
  ["reference: unknown eligibility column", spec(() => edit(example(), ["{column: bili, max: 10}", "{column: bilirubin, max: 10}"])), SIMULATE, ["<tmp>/specs/spec.yaml:33:", '"bilirubin"']],
  ["reference: unknown variable in an expression", spec(() => edit(example(), ['"not ascites"', '"not ascitis"'])), SIMULATE, ["<tmp>/specs/spec.yaml:34:", 'unknown variable "ascitis"', 'did you mean "ascites"']],
  ["reference: unknown baseline column", spec(() => edit(example(), ["baseline_column: albumin", "baseline_column: albumen"])), SIMULATE, [AT(69, 22), '"albumen"', 'did you mean "albumin"']],
  ["reference: unknown covariate column", spec(() => edit(example(), ["{column: bili, model: power", "{column: weight, model: power"])), SIMULATE, ["<tmp>/specs/spec.yaml:61:", '"weight"']],
  ["reference: unknown exposure metric", spec(() => edit(example(), ["exposure: cmax ", "exposure: peak "])), SIMULATE, [AT(83, 15), '"peak"']],
  ["reference: unknown analysis method", spec(() => edit(example(), ["methods: [welch, ancova]", "methods: [welch, anova]"])), SIMULATE, [AT(95, 20), '"anova"', 'did you mean "ancova"']],
  ["reference: unknown pk parameter in correlations", spec(() => edit(turnover(), ["parameters: [clearance_l_per_h, volume_l]", "parameters: [clearance_l_per_h, volume_x]"])), SIMULATE, ["<tmp>/specs/spec.yaml:69:", "volume_x"]],
  ["reference: cyclic derived covariates", spec(() => edit(turnover(), ['alp_uln: {expression: "alk_phos / 147"', 'a: {expression: "b + 1"}\n    b: {expression: "a + 1"}\n    alp_uln: {expression: "alk_phos / 147"'])), SIMULATE, [AT(29, 21), "SPEC_EXPRESSION", '"b", which is defined after it']],
  ["reference: derived covariate uses itself", spec(() => edit(turnover(), ['"alk_phos / 147"', '"alp_uln / 147"'])), SIMULATE, [AT(29, 27), "SPEC_EXPRESSION", "uses itself"]],
  ["reference: derived covariate is a condition", spec(() => edit(turnover(), ['"alk_phos / 147"', '"alk_phos > 147"'])), SIMULATE, [AT(29, 27), "gives a boolean, not a number"]],
  ["reference: derived covariate reads process.env", spec(() => edit(turnover(), ['"alk_phos / 147"', '"process.env"'])), SIMULATE, [AT(29, 35), 'unexpected character "."']],
  ["reference: derived covariate shadows a column", spec(() => edit(turnover(), ['alp_uln: {expression: "alk_phos / 147"', 'bili: {expression: "alk_phos / 147"'])), SIMULATE, [AT(29, 5), "cohort.derived.bili has the name of a declared column"]],
  // covariance
  ["covariance: correlation above 1", spec(() => edit(turnover(), ["correlation: 0.4", "correlation: 1.4"])), SIMULATE, ["<tmp>/specs/spec.yaml:69:", "1.4"]],
  [
    "covariance: not positive definite",
    spec(() => edit(turnover(), ["    - {parameters: [clearance_l_per_h, volume_l], correlation: 0.4}", "    - {parameters: [clearance_l_per_h, volume_l], correlation: 0.9}\n    - {parameters: [ka_per_h, clearance_l_per_h], correlation: 0.9}\n    - {parameters: [ka_per_h, volume_l], correlation: -0.9}"])),
    SIMULATE,
    ["<tmp>/specs/spec.yaml:", "positive"],
  ],
  // non-finite numbers in the spec
  ["number: .nan in the spec", spec(() => edit(example(), ["residual_sd: 0.3", "residual_sd: .nan"])), SIMULATE, [AT(78, 18), "residual_sd must be a finite number, got .nan"]],
  ["number: .inf in the spec", spec(() => edit(example(), ["ec50: 15", "ec50: .inf"])), SIMULATE, [AT(77, 13), "ec50 must be a finite number, got Infinity"]],
  ["number: 1e400 in the spec", spec(() => edit(example(), ["emax: 0.25", "emax: 1e400"])), SIMULATE, [AT(76, 13), "emax must be a finite number, got Infinity"]],
  ["number: -.inf dose", spec(() => edit(example(), ["dose_mg: 200,", "dose_mg: -.inf,"])), SIMULATE, [AT(50, 37), "dose_mg must be a finite number, got -Infinity"]],
  // expressions that try to reach JavaScript
  ...[
    ["constructor", 'unknown variable "constructor"'],
    ["__proto__ > 1", 'unknown variable "__proto__"'],
    ["process", 'unknown variable "process"'],
    ["globalThis", 'unknown variable "globalThis"'],
    ["this", 'unknown variable "this"'],
    ['require(\\"fs\\")', 'unknown function "require"'],
    ["age.constructor", 'unexpected character "."'],
    ["toString(age)", 'unknown function "toString"'],
    ['age[\\"constructor\\"]', '"["'],
    ["`${process.exit(1)}`", 'unexpected character "`"'],
    ['\\"constructor\\"', "gives a string, not a condition"],
    ["1", "gives a number, not a condition"],
  ].map(([expression, message]): Row => [`expression: ${expression}`, spec(() => edit(example(), ['"not ascites"', `"${expression}"`])), SIMULATE, ["<tmp>/specs/spec.yaml:34:", message ?? ""]]),
  // cohort files
  ["cohort: empty file", cohort(() => ""), SIMULATE, ["<tmp>/cohorts/bad.csv row 1", "COHORT_EMPTY"]],
  ["cohort: Latin-1 bytes (saved from a spreadsheet as Windows-1252)", latin1Cohort, SIMULATE, ["<tmp>/cohorts/bad.csv row 3: error COHORT_ENCODING: the file is not UTF-8: byte 0xE9 (\"é\" in Latin-1 / Windows-1252) at character 21 of this row", "hint: save the CSV as UTF-8"]],
  ["spec: Latin-1 bytes in the title", latin1Spec, SIMULATE, [AT(12, 49), 'SPEC_ENCODING: the spec is not UTF-8: byte 0xE9 ("é" in Latin-1 / Windows-1252)', "hint: save the file as UTF-8"]],
  ["cohort: header only", cohort(() => `${baselineCsv().split("\n")[0]}\n`), SIMULATE, ["<tmp>/cohorts/bad.csv row 2", "COHORT_EMPTY"]],
  ["cohort: duplicate id", cohort(() => withCell(13, "id", "3")), SIMULATE, [BAD_CSV(13, "id"), "COHORT_DUPLICATE_ID", "row 4"]],
  ["cohort: empty id", cohort(() => withCell(13, "id", "")), SIMULATE, [BAD_CSV(13, "id"), "COHORT_MISSING_ID"]],
  ["cohort: semicolon-separated", cohort(() => baselineCsv().replaceAll(",", ";")), SIMULATE, ["<tmp>/cohorts/bad.csv row 1", "COHORT_SEPARATOR"]],
  ["cohort: decimal comma", cohort(() => withCell(212, "albumin", '"3,5"')), SIMULATE, [BAD_CSV(212, "albumin"), "COHORT_NOT_A_NUMBER", "use a dot as the decimal separator"]],
  ["cohort: NaN cell", cohort(() => withCell(7, "bili", "NaN")), SIMULATE, [BAD_CSV(7, "bili"), "COHORT_NOT_A_NUMBER", '"NaN"']],
  ["cohort: Infinity cell", cohort(() => withCell(8, "age", "Infinity")), SIMULATE, [BAD_CSV(8, "age"), "COHORT_NOT_A_NUMBER", '"Infinity"']],
  ["cohort: 1e400 cell", cohort(() => withCell(9, "ast", "1e400")), SIMULATE, [BAD_CSV(9, "ast"), "out of range"]],
  ["cohort: fraction in an integer column", cohort(() => withCell(10, "stage", "2.5")), SIMULATE, [BAD_CSV(10, "stage"), "expected a whole number"]],
  ["cohort: not a boolean", cohort(() => withCell(11, "ascites", "maybe")), SIMULATE, [BAD_CSV(11, "ascites"), "COHORT_NOT_A_BOOLEAN"]],
  ["cohort: row with too many cells", cohort(() => withCell(20, "age", "50,1")), SIMULATE, ["<tmp>/cohorts/bad.csv row 20", "COHORT_CSV_SYNTAX"]],
  ["cohort: unterminated quote", cohort(() => withCell(30, "sex", '"f')), SIMULATE, ["<tmp>/cohorts/bad.csv row ", "COHORT_CSV_SYNTAX"]],
  ["cohort: missing column", cohort(() => baselineCsv().replace("albumin", "albumen")), SIMULATE, ['<tmp>/cohorts/bad.csv row 1, column "albumin"', "COHORT_MISSING_COLUMN", 'did you mean "albumen"']],
  ["cohort: unicode column missing", cohort(() => baselineCsv().replace("albumin", "albúmin")), SIMULATE, ['<tmp>/cohorts/bad.csv row 1, column "albumin"', '"albúmin"']],
  ["cohort: binary file", cohort(() => "PK\u0003\u0004\u0014\u0000\u0006\u0000"), SIMULATE, ["<tmp>/cohorts/bad.csv row 1: error COHORT_CSV_SYNTAX"]],
  ["cohort: file not found", spec(() => edit(example(), ["../cohorts/pbc_baseline.csv", "../cohorts/pbc_basline.csv"])), SIMULATE, ["<tmp>/cohorts/pbc_basline.csv", "COHORT_NOT_FOUND"]],
  ["cohort: path is a folder", spec(() => edit(example(), ["../cohorts/pbc_baseline.csv", "../cohorts"])), SIMULATE, ["<tmp>/cohorts", "COHORT_NOT_A_FILE"]],
  ["cohort: unreadable file", (workspace) => { cohort(baselineCsv)(workspace); chmodSync(join(workspace, "cohorts", "bad.csv"), 0o000); }, SIMULATE, ["<tmp>/cohorts/bad.csv", "COHORT_UNREADABLE"]],
  ["cohort: eligibility leaves nobody", spec(() => edit(example(), ["{column: age, min: 18, max: 75}", "{column: age, min: 90}"])), SIMULATE, ["<tmp>/cohorts/pbc_baseline.csv", "COHORT_NO_ELIGIBLE_PATIENTS"]],
  // spec files
  ["spec file: not found", nothing, ["simulate", "<tmp>/specs/nope.yaml"], ["<tmp>/specs/nope.yaml", "SPEC_NOT_FOUND"]],
  ["spec file: a folder", nothing, ["simulate", "<tmp>/specs"], ["<tmp>/specs", "SPEC_NOT_A_FILE"]],
  ["spec file: unreadable", (workspace) => { spec(example)(workspace); chmodSync(join(workspace, "specs", "spec.yaml"), 0o000); }, SIMULATE, ["<tmp>/specs/spec.yaml", "SPEC_UNREADABLE"]],
  // command line
  ["flag: negative seed", spec(example), [...SIMULATE, "--seed", "-3"], ["--seed: error USAGE_INVALID_VALUE", '"-3"']],
  ["flag: replicates not a number", spec(example), [...SIMULATE, "--replicates", "many"], ["--replicates: error USAGE_INVALID_VALUE", '"many"']],
  ["flag: zero replicates", spec(example), [...SIMULATE, "--replicates", "0"], ["--replicates: error USAGE_INVALID_VALUE", '"0"']],
  ["flag: replicates in exponent notation", spec(example), [...SIMULATE, "--replicates", "1e9"], ["--replicates: error USAGE_INVALID_VALUE", '"1e9"']],
  ["flag: seed NaN", spec(example), [...VALIDATE, "--seed", "NaN"], ["--seed: error USAGE_INVALID_VALUE", '"NaN"']],
  [
    "huge request: 10,000,000 replicates of 100,000 patients, all kept",
    spec(() => edit(example(), ["n_per_arm: 60", "n_per_arm: 100000"], ["keep_replicates: 1 ", "keep_replicates: 10000000 "])),
    [...SIMULATE, "--replicates", "10000000"],
    [AT(101, 20), "SPEC_INVALID_VALUE", "keeping 500 replicates of 300,000 virtual patients", "about 37.5 GB"],
  ],
  ["huge request: --replicates raises the kept replicates", spec(() => edit(example(), ["keep_replicates: 1 ", "keep_replicates: 10000000 "])), [...SIMULATE, "--replicates", "10000000"], ["--replicates: error SPEC_INVALID_VALUE", "about 450.0 GB"]],
  ["huge request: kept patient rows", spec(() => edit(example(), ["n_per_arm: 60", "n_per_arm: 100000"], ["keep_replicates: 1 ", "keep_replicates: 500 "])), SIMULATE, [AT(101, 20), "SPEC_INVALID_VALUE", "150,000,000 patient rows", "lower outputs.keep_replicates (at most 13 with this many patients"]],
  ["output: --out is a file", (workspace) => { spec(example)(workspace); writeWorkspaceFile(workspace, "a-file", "x"); }, [...SIMULATE, "--replicates", "2", "--out", "<tmp>/a-file", "--force"], ["--out: error OUTPUT_IS_A_FILE"]],
  ["cohort describe: file not found", nothing, ["cohort", "describe", "<tmp>/cohorts/nope.csv"], ["<tmp>/cohorts/nope.csv", "COHORT_NOT_FOUND"]],
  ["cohort describe: semicolon-separated", (workspace) => writeWorkspaceFile(workspace, join("cohorts", "semi.csv"), "id;age\n1;50\n"), ["cohort", "describe", "<tmp>/cohorts/semi.csv"], ["<tmp>/cohorts/semi.csv row 1", "COHORT_SEPARATOR"]],
  ["cohort describe: unknown --by column", nothing, ["cohort", "describe", "<tmp>/cohorts/pbc_baseline.csv", "--by", "armm"], ["--by", "armm"]],
  ["cohort describe: --out is a folder", nothing, ["cohort", "describe", "<tmp>/cohorts/pbc_baseline.csv", "--out", "<tmp>/cohorts"], ["--out: error", "is a folder"]],
  ["vpc: spec without observations", spec(example), ["vpc", "<tmp>/specs/spec.yaml"], ["<tmp>/specs/spec.yaml", "observations"]],
];

function billionLaughs(): string {
  const lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let level = 1; level <= 9; level++) lines.push(`a${level}: &a${level} [${Array.from({ length: 10 }, () => `*a${level - 1}`).join(",")}]`);
  return `${lines.join("\n")}\n`;
}

function deepBlockMapping(depth: number): string {
  return `${Array.from({ length: depth }, (_, level) => `${" ".repeat(level)}k:`).join("\n")} 1\n`;
}

const COMMANDS_WITH_OUT = new Set(["simulate", "vpc"]);

function snapshot(folder: string): Map<string, string> {
  return new Map(resultFiles(folder).map((name) => [name, readFileSync(join(folder, name), "utf8")]));
}

beforeAll(async () => {
  root = makeWorkspace();
  earlier = join(root, "earlier");
  // A real earlier run: its files must survive every bad input below.
  const good = await runCli(["simulate", join("trial-specs", "power-check.yaml").replace(/^/, `${new URL("../../", import.meta.url).pathname}`), "--replicates", "2", "--quiet", "--out", earlier]);
  expect(good.stderr).toBe("");
  expect(good.code).toBe(0);
  writeFileSync(join(earlier, "sentinel.txt"), "earlier results\n");
  earlierFiles = snapshot(earlier);
}, 120_000);
afterAll(() => {
  for (const path of [join(root, "specs", "spec.yaml"), join(root, "cohorts", "bad.csv")]) {
    try {
      chmodSync(path, 0o644);
    } catch {
      // already gone
    }
  }
  rmSync(root, { recursive: true, force: true });
});

describe("bad-input catalogue: exit 2, place, hint, no stack, earlier results untouched", () => {
  it("holds at least 50 bad inputs", () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(50);
  });

  it.each(ROWS)("%s", async (name, setup, argv, expected) => {
    if (IS_ROOT && name.includes("unreadable")) return; // root reads any file
    rmSync(join(root, "specs"), { recursive: true, force: true });
    mkdirSync(join(root, "specs"));
    setup(root);
    const args = argv.map((arg) => arg.replaceAll("<tmp>", root));
    const withOut = COMMANDS_WITH_OUT.has(args[0] ?? "") && !args.includes("--out") ? [...args, "--out", earlier, "--force"] : args;
    const started = performance.now();
    const run = await runCli(withOut);
    const elapsedMs = performance.now() - started;
    const stderr = run.stderr.replaceAll(root, "<tmp>");
    if (process.env.CATALOGUE_DUMP !== undefined) console.log(`--- ${name} (${run.code}, ${Math.round(elapsedMs)} ms)\n${stderr}`);
    expect(run.code, stderr).toBe(2);
    for (const text of expected) expect(stderr).toContain(text);
    expect(stderr).toMatch(/\n {2}hint: \S/);
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(stderr).not.toContain("internal error");
    expect(elapsedMs).toBeLessThan(10_000);
    expect(snapshot(earlier)).toEqual(earlierFiles);
    expect(readdirSync(root).filter((entry) => entry.includes(".partial-"))).toEqual([]);
  });
});

/** Inputs that look odd but are unambiguous: they load as the plain file does. */
describe("unambiguous variants are accepted", () => {
  const ACCEPTED: readonly [name: string, setup: Setup][] = [
    ["cohort with a byte-order mark", cohort(() => `\uFEFF${baselineCsv()}`)],
    ["cohort with CRLF line ends", cohort(() => baselineCsv().replaceAll("\n", "\r\n"))],
    ["cohort with a BOM and CRLF line ends", cohort(() => `\uFEFF${baselineCsv().replaceAll("\n", "\r\n")}`)],
    ["spec with a BOM and CRLF line ends", spec(() => `\uFEFF${example().replaceAll("\n", "\r\n")}`)],
    ["Unicode in the title, labels and comments", spec(() => edit(example(), ["label: Placebo", "label: Placébo — 安慰剂"], ['title: "Phase 2', 'title: "Phase 2 (étude μ)'], ["# 12 weeks", "# 12 semaines ✓"]))],
  ];

  it.each(ACCEPTED)("%s", async (_name, setup) => {
    rmSync(join(root, "specs"), { recursive: true, force: true });
    mkdirSync(join(root, "specs"));
    setup(root);
    const run = await runCli(["validate", join(root, "specs", "spec.yaml")]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("312 patients");
  });
});
