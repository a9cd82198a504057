import { dirname, join } from "node:path";

/** The fields of a cohort section that say which files it reads (a manifest's resolved spec has them too). */
export interface CohortFileFields {
  readonly file: string;
  readonly format?: string | undefined;
  readonly import?: { readonly observations_file?: string | undefined } | undefined;
}

/** Synthea's observations.csv as the spec names it: cohort.import.observations_file, else observations.csv beside cohort.file. */
export function syntheaObservationsFile(section: CohortFileFields): string {
  return section.import?.observations_file ?? join(dirname(section.file), "observations.csv");
}

/**
 * The files a cohort is read from, relative to the spec file as the spec writes them: cohort.file,
 * and for format synthea the observations file too.
 *
 * @example cohortFiles({ file: "../synthea/patients.csv", format: "synthea" }) // ["../synthea/patients.csv", "../synthea/observations.csv"]
 */
export function cohortFiles(section: CohortFileFields): string[] {
  return section.format === "synthea" ? [section.file, syntheaObservationsFile(section)] : [section.file];
}
