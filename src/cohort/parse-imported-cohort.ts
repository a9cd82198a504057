import type { CohortSection } from "../spec/schema.js";
import type { Cohort } from "../population/cohort-data.js";
import { typeCohortTable } from "./parse-cohort.js";
import { readFhirBundle } from "./read-fhir-bundle.js";
import { readSyntheaExport, type SyntheaFiles } from "./read-synthea-export.js";
import { tabulateImportedCohort } from "./tabulate-imported-cohort.js";

/** The LOINC codes cohort.import maps to covariates. */
function wantedCodes(section: CohortSection): Set<string> {
  return new Set(Object.values(section.import?.covariates ?? {}).map((covariate) => covariate.loinc));
}

/**
 * Parses a FHIR R4 Bundle (JSON text) into the cohort a CSV with the same columns would give:
 * one patient per Patient entry (its row is the line where the entry starts), covariates from
 * Observations by LOINC code as cohort.import maps them. Pure (the file name only labels messages).
 */
export function parseFhirCohort(text: string, file: string, section: CohortSection, extraColumns: readonly string[] = []): Cohort {
  const table = tabulateImportedCohort(readFhirBundle(text, file, wantedCodes(section)), section);
  return typeCohortTable(table, file, section, extraColumns);
}

/**
 * Parses a Synthea CSV export (patients.csv and observations.csv) into the cohort a CSV with the
 * same columns would give: one patient per row of patients.csv (at that row), covariates from
 * observations.csv by CODE as cohort.import maps them. Pure.
 */
export function parseSyntheaCohort(files: SyntheaFiles, section: CohortSection, extraColumns: readonly string[] = []): Cohort {
  const table = tabulateImportedCohort(readSyntheaExport(files, wantedCodes(section)), section);
  return typeCohortTable(table, files.patients.file, section, extraColumns);
}
