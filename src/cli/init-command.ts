import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { InputError } from "../errors.js";
import { parseSpec } from "../spec/index.js";
import { specJsonSchemaText } from "../spec/json-schema.js";
import type { CliIo } from "./cli-io.js";

/** The starter specs of `twin-trial init`, each a shipped spec that runs as it is. */
export const TEMPLATES = {
  "two-arm": { file: "templates/two-arm.yaml", what: "placebo against one dose: one-compartment PK, Emax on AUC, an adverse reaction, Welch and ANCOVA" },
  "dose-ranging": { file: "pbc-phase2.yaml", what: "placebo, 50 mg and 200 mg: the shipped example trial-specs/pbc-phase2.yaml" },
  "synthetic-control": { file: "pbc-synthetic-control.yaml", what: "four designs on the same virtual patients: concurrent control, PROCOVA, digital twins, matched historical controls" },
  survival: { file: "pbc-survival.yaml", what: "time to death or transplant with a Weibull hazard fitted on the real trial, enrolment, log-rank and Cox" },
} as const;
export type TemplateName = keyof typeof TEMPLATES;
export const TEMPLATE_NAMES = Object.keys(TEMPLATES) as TemplateName[];

export interface InitOptions {
  readonly template: TemplateName;
  readonly out: string;
  readonly copyCohort: boolean;
  readonly force: boolean;
}

/** The package's folders (two levels above this module in src/cli, dist/cli and dist/bundle). */
const PACKAGE_ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SPECS = join(PACKAGE_ROOT, "trial-specs");

function posix(path: string): string {
  return path.split(sep).join("/");
}

function refuseExisting(path: string, what: string, force: boolean, flag: string): void {
  if (!existsSync(path)) return;
  if (statSync(path).isDirectory()) throw new InputError([{ code: "OUTPUT_IS_A_FILE", message: `${path} is a folder, and init would write ${what} there`, hint: "name a file with --out, e.g. --out my-trial.yaml", location: { kind: "flag", flag } }]);
  if (!force) throw new InputError([{ code: "OUTPUT_EXISTS", message: `${path} already exists (init would write ${what} there)`, hint: "add --force to replace it, or choose another file with --out", location: { kind: "flag", flag } }]);
}

/** The template's text with the cohort path and the schema line set for where the spec is written. */
function starterText(template: string, templateFile: string, cohortReference: string, outName: string): string {
  const lines = template.split("\n");
  const cohortAt = lines.findIndex((line) => line === "cohort:");
  const fileAt = lines.findIndex((line, index) => index > cohortAt && /^ {2}file: /.test(line));
  if (cohortAt < 0 || fileAt < 0) throw new Error(`the template ${templateFile} has no cohort.file line`);
  lines[fileAt] = (lines[fileAt] as string).replace(/^( {2}file: )(\S+)/, `$1${cohortReference}`);
  lines[0] = "# yaml-language-server: $schema=./trial-spec.schema.json";
  // The template's own "Run it" comments name its shipped path: name the new file instead.
  return lines.join("\n").replaceAll(`trial-specs/${templateFile}`, outName);
}

/** `twin-trial init`: writes a commented starter spec (and its schema, and with --copy-cohort the cohort) so that `simulate` runs next. */
export function initCommand(options: InitOptions, io: CliIo): void {
  const template = TEMPLATES[options.template];
  const templatePath = join(SPECS, template.file);
  const templateText = readFileSync(templatePath, "utf8");
  const shippedCohort = resolve(dirname(templatePath), parseSpec(templateText, templatePath).cohort.file);
  const outFolder = dirname(options.out);
  const cohortCopy = join(outFolder, "cohorts", basename(shippedCohort));
  const provenanceCopy = join(outFolder, "cohorts", "README.md");
  refuseExisting(options.out, "the spec", options.force, "--out");
  if (options.copyCohort) {
    refuseExisting(cohortCopy, "the cohort", options.force, "--copy-cohort");
    refuseExisting(provenanceCopy, "the cohort's provenance", options.force, "--copy-cohort");
  }
  const cohortReference = options.copyCohort ? `cohorts/${basename(shippedCohort)}` : posix(relative(resolve(outFolder), shippedCohort));
  const text = starterText(templateText, template.file, cohortReference, basename(options.out));
  const written = parseSpec(text, options.out);
  if (written.cohort.file !== cohortReference) throw new Error(`init wrote cohort.file ${written.cohort.file}, not ${cohortReference}`);
  mkdirSync(outFolder, { recursive: true });
  writeFileSync(options.out, text, "utf8");
  const schemaPath = join(outFolder, "trial-spec.schema.json");
  const schema = specJsonSchemaText();
  const wroteSchema = !existsSync(schemaPath) || options.force;
  if (wroteSchema) writeFileSync(schemaPath, schema, "utf8");
  if (options.copyCohort) {
    mkdirSync(dirname(cohortCopy), { recursive: true });
    copyFileSync(shippedCohort, cohortCopy);
    copyFileSync(join(PACKAGE_ROOT, "cohorts", "README.md"), provenanceCopy);
  }
  io.stdout.write(
    [
      `wrote ${options.out}: the ${options.template} template (${template.what})`,
      ...(wroteSchema ? [`wrote ${schemaPath}: the spec's JSON Schema, for editors (the spec's first line names it)`] : []),
      options.copyCohort ? `copied the cohort to ${cohortCopy}, with its provenance in ${provenanceCopy}` : `the spec reads the shipped cohort ${cohortReference} (add --copy-cohort to copy it next to the spec)`,
      `next: twin-trial simulate ${options.out} --format html   (then open the html report it names)`,
      "",
    ].join("\n"),
  );
}
