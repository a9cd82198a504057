import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { applyEligibility, checkByColumn, deriveColumns, describeCohort, inferCohortSection, parseCohort, parseFhirCohort, parseSyntheaCohort, readCohortText, readCsvHeader, resolveCohortPath, type Cohort, type EligibleCohort } from "../cohort/index.js";
import { InputError } from "../errors.js";
import { renderCohortDescription, type CohortDescriptionFormat } from "../report/render-cohort-description.js";
import { loadSpec, type CohortSection } from "../spec/index.js";
import type { CliIo } from "./cli-io.js";

/** Options of `twin-trial cohort describe`, as commander parses them. */
export interface CohortDescribeOptions {
  readonly spec?: string;
  readonly by?: string;
  readonly format: CohortDescriptionFormat;
  readonly out?: string;
}

/** Every patient of a file read without a spec: there are no eligibility criteria. */
function everyone(text: string, file: string, section: CohortSection): EligibleCohort {
  const cohort = parseCohort(text, file, section);
  return { cohort, eligibleRows: Int32Array.from({ length: cohort.rowCount }, (_, row) => row), attrition: [{ criterion: "patients in the file", excluded: 0, remaining: cohort.rowCount }] };
}

/** The spec's cohort section, plus the --by column as a category when the spec does not read it. */
function specSection(section: CohortSection, by: string | undefined, header: readonly string[]): CohortSection {
  if (by === undefined || Object.hasOwn(section.columns, by) || Object.hasOwn(section.derived, by) || by === section.id_column || !header.includes(by)) return section;
  return { ...section, columns: { ...section.columns, [by]: { type: "category" } } };
}

/** The file named, read as the spec's cohort.format says: a CSV, a FHIR Bundle, or Synthea's patients.csv with the observations.csv beside it (or the spec's observations_file). */
function parseUnderSpec(text: string, file: string, section: CohortSection, specFile: string): Cohort {
  if (section.format === "fhir") return parseFhirCohort(text, file, section);
  if (section.format !== "synthea") return parseCohort(text, file, section);
  const named = section.import?.observations_file;
  const observations = named === undefined ? join(dirname(file), "observations.csv") : resolveCohortPath(dirname(specFile), named);
  return parseSyntheaCohort({ patients: { text, file }, observations: { text: readCohortText(observations), file: observations } }, section);
}

/** The eligible patients under a spec's cohort section: its columns, derived columns and eligibility. */
function eligibleUnderSpec(text: string, file: string, section: CohortSection, specFile: string): EligibleCohort {
  return applyEligibility(deriveColumns(parseUnderSpec(text, file, section, specFile), section.derived), section.eligibility);
}

/** Writes a file as a whole: into a temporary sibling, then renamed over any earlier one. */
function writeTextFile(path: string, text: string, processId: number): void {
  const refuse = (message: string, hint: string): InputError => new InputError([{ code: "USAGE_INVALID_VALUE", message, hint, location: { kind: "flag", flag: "--out" } }]);
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory() === true) throw refuse(`the output path ${path} is a folder, not a file`, "name a file, e.g. --out cohort-table.md");
  const partial = `${path}.partial-${processId}`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(partial, text, "utf8");
    renameSync(partial, path);
  } catch (error) {
    rmSync(partial, { force: true });
    throw refuse(`the output file ${path} cannot be written (${(error as NodeJS.ErrnoException).code ?? "error"})`, "check that the folder is writable, or choose another --out file");
  }
}

/**
 * `twin-trial cohort describe`: a baseline table of a cohort CSV, with the column types,
 * derived columns and eligibility of a spec's cohort section, or with types inferred and
 * every patient. Read → describeCohort → render → stdout or --out.
 */
export function cohortDescribeCommand(file: string, options: CohortDescribeOptions, io: CliIo): void {
  const spec = options.spec === undefined ? undefined : loadSpec(options.spec).spec;
  const text = readCohortText(file);
  const header = readCsvHeader(text);
  const section = spec === undefined ? inferCohortSection(text, file, header) : specSection(spec.cohort, options.by, header);
  const eligible = spec === undefined || options.spec === undefined ? everyone(text, file, section) : eligibleUnderSpec(text, file, section, options.spec);
  if (options.by !== undefined) {
    const issues = checkByColumn(eligible, options.by, header);
    if (issues.length > 0) throw new InputError(issues);
  }
  const description = describeCohort(eligible, options.by === undefined ? {} : { by: options.by });
  const output = renderCohortDescription(description, { format: options.format, specFile: options.spec, idColumn: section.id_column });
  if (options.out === undefined) io.stdout.write(output);
  else writeTextFile(options.out, output, io.processId);
}
