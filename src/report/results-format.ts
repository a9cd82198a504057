/**
 * Version of the results format: the files, their columns and meaning, the number
 * format, and how a seed maps to numbers. Any change that alters a byte of the output for
 * the same spec, cohort and seed bumps it and is written in CHANGELOG.md.
 */
export const RESULTS_FORMAT_VERSION = 5;

/** The output files of a run, in the order the manifest lists them (designs.csv only with spec.designs). */
export const OUTPUT_FILES = ["patients.csv", "visits.csv", "concentrations.csv", "adverse_events.csv", "efficacy.csv", "safety.csv", "summary.csv", "designs.csv", "fidelity.csv", "report.md"] as const;
export type OutputFile = (typeof OUTPUT_FILES)[number];
