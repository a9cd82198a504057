import { z } from "zod";
import { finite, variableName } from "./common.js";

const columnSchema = z.strictObject({
  type: z.enum(["number", "integer", "category", "boolean"]).describe("how the cells are read"),
  unit: z.string().min(1).optional().describe("unit shown in tables, e.g. mg/dL"),
  label: z.string().min(1).optional().describe("readable name shown in tables"),
});

/**
 * One eligibility criterion: either a column with min / max / in / not_missing, or a safe
 * expression. One flat object (rather than a union) so that a mistake gets a precise
 * message; the rules check that exactly one of column and expression is given.
 */
export const eligibilityCriterionSchema = z.strictObject({
  column: z.string().min(1).optional().describe("a column declared under cohort.columns or cohort.derived"),
  min: finite.optional().describe("keep rows with value >= min (inclusive)"),
  max: finite.optional().describe("keep rows with value <= max (inclusive)"),
  in: z
    .array(z.union([z.string(), z.number(), z.boolean()]))
    .min(1)
    .optional()
    .describe("keep rows whose value is one of these"),
  not_missing: z.literal(true).optional().describe("keep rows where the value is present"),
  expression: z
    .string()
    .min(1)
    .optional()
    .describe('keep rows where this safe expression is true, e.g. "stage >= 2 and sex == \\"f\\""'),
  label: z.string().min(1).optional().describe("name of the criterion in the attrition table"),
});

const derivedSchema = z.strictObject({
  expression: z.string().min(1).describe('safe expression over declared columns, e.g. "weight / (height / 100) ^ 2"'),
  unit: z.string().min(1).optional().describe("unit shown in tables"),
  label: z.string().min(1).optional().describe("readable name shown in tables"),
});

const observationsSchema = z.strictObject({
  time_column: z.string().min(1).describe("column with the sampling time since the first dose (h)"),
  concentration_column: z.string().min(1).describe("column with the observed concentration (mg/L)"),
});

/** How one covariate is read from imported observations (format fhir or synthea). */
const importedCovariateSchema = z.strictObject({
  loinc: z
    .string()
    .regex(/^\d{1,7}-\d$/, "must be a LOINC code such as 1751-7")
    .describe("LOINC code of the observations (FHIR Observation.code.coding with system http://loinc.org, or a component's code; Synthea's CODE), e.g. 1751-7 for serum albumin"),
  unit: z.string().min(1).describe("unit every such observation must have (FHIR valueQuantity.unit or .code; Synthea's UNITS), e.g. g/dL; another unit is an error"),
  pick: z
    .enum(["first", "last", "mean"])
    .default("last")
    .describe("which of a patient's observations dated on or before reference_date gives the value: the earliest, the latest, or the mean of all"),
});

const importSchema = z.strictObject({
  reference_date: z.iso
    .date("must be a date written YYYY-MM-DD, e.g. 2020-01-01")
    .describe("date (YYYY-MM-DD) the cohort is taken at: age is computed on it and only observations dated on or before it are read"),
  covariates: z
    .record(variableName, importedCovariateSchema)
    .default({})
    .describe("covariate columns made from observations, by column name; each must also be declared under cohort.columns"),
  observations_file: z
    .string()
    .min(1)
    .optional()
    .describe("format synthea: Synthea's observations.csv, relative to the spec file (default: observations.csv in the folder of cohort.file)"),
});

export const cohortSchema = z.strictObject({
  format: z
    .enum(["csv", "fhir", "synthea"])
    .optional()
    .describe("what cohort.file holds: csv (default, one row per patient), fhir (a FHIR R4 Bundle in JSON) or synthea (Synthea's patients.csv, with its observations.csv)"),
  file: z.string().min(1).describe("cohort file, relative to the spec file: a CSV, a FHIR Bundle (format fhir) or Synthea's patients.csv (format synthea)"),
  id_column: z.string().min(1).describe("column that identifies a real patient"),
  rows_per_patient: z
    .enum(["one", "many"])
    .default("one")
    .describe("one: ids are unique; many: a patient's rows share an id (e.g. a PK dataset) and covariates come from its first row"),
  columns: z
    .record(z.string(), columnSchema)
    .describe("covariate columns to read, by name, with their types; other columns are ignored"),
  derived: z
    .record(variableName, derivedSchema)
    .default({})
    .describe("number covariates computed from other columns for every real and virtual patient"),
  observations: observationsSchema.optional().describe("observed concentrations in the file (with rows_per_patient: many), for the visual predictive check"),
  eligibility: z.array(eligibilityCriterionSchema).default([]).describe("criteria a real patient must meet (all of them)"),
  import: importSchema.optional().describe("format fhir or synthea: the reference date and the LOINC code of each covariate"),
});
