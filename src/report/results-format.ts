/**
 * Version of the results format: the files, their columns and meaning, the number
 * format, and how a seed maps to numbers. Any change that alters a byte of the output for
 * the same spec, cohort and seed bumps it and is written in CHANGELOG.md.
 */
export const RESULTS_FORMAT_VERSION = 3;

/** The output files of a run, in the order the manifest lists them. */
export const OUTPUT_FILES = ["patients.csv", "visits.csv", "concentrations.csv", "adverse_events.csv", "efficacy.csv", "safety.csv", "summary.csv", "report.md"] as const;
export type OutputFile = (typeof OUTPUT_FILES)[number];
