import { closestName } from "../text/closest-name.js";
import type { Spec } from "./schema.js";
import type { SpecIssue, SpecPath } from "./spec-issue.js";

/**
 * Rules of a cohort imported from FHIR or Synthea (cohort.format fhir or synthea): the import
 * block is there, and every declared column is made by the import with a type that fits it.
 * Which columns an import makes: sex (category), age (whole years) and deceased (boolean) from
 * the patient, and one per cohort.import.covariates entry (numbers).
 */
const PATIENT_COLUMNS: Readonly<Record<string, { types: readonly string[]; as: string; declaration: string }>> = {
  sex: { types: ["category"], as: "a category (female, male, other, unknown)", declaration: "{type: category}" },
  age: { types: ["number", "integer"], as: "whole years", declaration: "{type: integer, unit: years}" },
  deceased: { types: ["boolean"], as: "a boolean", declaration: "{type: boolean}" },
};

type Cohort = Spec["cohort"];
type Import = NonNullable<Cohort["import"]>;

/** Fields of a CSV cohort an import does not have. */
function csvOnlyFields(cohort: Cohort, format: string): SpecIssue[] {
  const issues: SpecIssue[] = [];
  if (cohort.rows_per_patient === "many") issues.push({ code: "SPEC_INVALID_VALUE", message: `cohort.rows_per_patient: many does not apply to format ${format}: an import makes one row per patient`, hint: "remove rows_per_patient", path: ["cohort", "rows_per_patient"] });
  if (cohort.observations !== undefined) issues.push({ code: "SPEC_INVALID_VALUE", message: `cohort.observations does not apply to format ${format}: observed concentrations are read from a CSV cohort`, hint: "remove cohort.observations, or give the concentrations in a CSV cohort", path: ["cohort", "observations"], atKey: true });
  if (cohort.import?.observations_file !== undefined && format !== "synthea") issues.push({ code: "SPEC_INVALID_VALUE", message: `cohort.import.observations_file applies only to format synthea, not ${format}`, hint: "a FHIR Bundle holds its Observations: remove observations_file", path: ["cohort", "import", "observations_file"], atKey: true });
  return issues;
}

/** Covariate names that clash with the patient's own columns or the id column. */
function nameClashes(cohort: Cohort, imported: Import): SpecIssue[] {
  const issues: SpecIssue[] = Object.keys(imported.covariates)
    .filter((name) => Object.hasOwn(PATIENT_COLUMNS, name) || name === cohort.id_column)
    .map((name) => ({ code: "SPEC_DUPLICATE_ID", message: `cohort.import.covariates.${name} has the name of a column the import makes from the patient (${[cohort.id_column, ...Object.keys(PATIENT_COLUMNS)].join(", ")})`, hint: "give the covariate its own name", path: ["cohort", "import", "covariates", name], atKey: true }));
  if (Object.hasOwn(PATIENT_COLUMNS, cohort.id_column)) issues.push({ code: "SPEC_DUPLICATE_ID", message: `cohort.id_column "${cohort.id_column}" is the name of a column the import makes`, hint: "name the id column id: it holds Patient.id (FHIR) or Id (Synthea)", path: ["cohort", "id_column"] });
  return issues;
}

/** Every declared column is made by the import, with a type that fits. */
function declaredColumns(cohort: Cohort, imported: Import, format: string): SpecIssue[] {
  const covariates = Object.keys(imported.covariates);
  return Object.entries(cohort.columns).flatMap(([name, declaration]): SpecIssue[] => {
    const path: SpecPath = ["cohort", "columns", name];
    // hasOwn: a column may be called "constructor" (prototype names are not columns).
    const own = Object.hasOwn(PATIENT_COLUMNS, name) ? PATIENT_COLUMNS[name] : undefined;
    if (own !== undefined) return own.types.includes(declaration.type) ? [] : [{ code: "SPEC_COLUMN_TYPE", message: `column "${name}" is declared as ${declaration.type}, but the import makes it as ${own.as}`, hint: `declare ${name}: ${own.declaration}`, path: [...path, "type"] }];
    if (Object.hasOwn(imported.covariates, name)) return declaration.type === "number" || declaration.type === "integer" ? [] : [{ code: "SPEC_COLUMN_TYPE", message: `column "${name}" is declared as ${declaration.type}, but cohort.import.covariates.${name} gives numbers`, hint: `declare ${name}: {type: number}`, path: [...path, "type"] }];
    const suggestion = closestName(name, covariates);
    return [{ code: "SPEC_IMPORT_MAPPING", message: `column "${name}" is not made by the ${format} import`, hint: `${suggestion === undefined ? "" : `did you mean "${suggestion}"? `}an import makes sex, age, deceased and the columns of cohort.import.covariates: add ${name}: {loinc: <LOINC code>, unit: <unit>} there, or remove the column`, path, atKey: true }];
  });
}

/** Every mapped covariate is declared under cohort.columns (its type says how it is read). */
function mappedCovariates(cohort: Cohort, imported: Import): SpecIssue[] {
  return Object.entries(imported.covariates)
    .filter(([name]) => !Object.hasOwn(cohort.columns, name) && !Object.hasOwn(PATIENT_COLUMNS, name) && name !== cohort.id_column)
    .map(([name, covariate]) => ({ code: "SPEC_UNKNOWN_COLUMN", message: `cohort.import.covariates.${name} (LOINC ${covariate.loinc}) is not declared under cohort.columns`, hint: `declare it with its type and unit, e.g. ${name}: {type: number, unit: ${covariate.unit}}`, path: ["cohort", "import", "covariates", name], atKey: true }));
}

/** All rules of cohort.format and cohort.import. */
export function cohortImportRules(spec: Spec): SpecIssue[] {
  const { cohort } = spec;
  const format = cohort.format ?? "csv";
  if (format === "csv") return cohort.import === undefined ? [] : [{ code: "SPEC_INVALID_VALUE", message: "cohort.import applies only to format fhir or synthea, not csv", hint: "set cohort.format: fhir (a FHIR Bundle) or synthea (Synthea's patients.csv), or remove cohort.import", path: ["cohort", "import"], atKey: true }];
  const imported = cohort.import;
  if (imported === undefined)
    return [{ code: "SPEC_MISSING_KEY", message: `cohort.format ${format} needs cohort.import`, hint: 'give the reference date and the LOINC code of each covariate, e.g. import: {reference_date: "2020-01-01", covariates: {albumin: {loinc: "1751-7", unit: g/dL}}}', path: ["cohort", "format"] }];
  return [...csvOnlyFields(cohort, format), ...nameClashes(cohort, imported), ...declaredColumns(cohort, imported, format), ...mappedCovariates(cohort, imported)];
}
