/**
 * Version of the results format: the files, their columns and meaning, the number
 * format, and how a seed maps to numbers. Any change that alters a byte of the output for
 * the same spec, cohort and seed bumps it and is written in CHANGELOG.md.
 */
export const RESULTS_FORMAT_VERSION = 6;

/** The output files of a run, in the order the manifest lists them (designs.csv only with spec.designs; report.html only with --format html; adam/ only with --adam, nonmem/ only with --nonmem). */
export const OUTPUT_FILES = ["patients.csv", "visits.csv", "concentrations.csv", "adverse_events.csv", "efficacy.csv", "safety.csv", "summary.csv", "designs.csv", "fidelity.csv", "report.md", "report.html", "adam/adsl.csv", "adam/adae.csv", "adam/adtte.csv", "adam/adpc.csv", "adam/define.md", "nonmem/dataset.csv", "nonmem/define.md"] as const;
export type OutputFile = (typeof OUTPUT_FILES)[number];

/** The folder of a run's figures (figures/<name>.svg): their names depend on the spec's endpoints. */
export const FIGURES_FOLDER = "figures";

/**
 * Where a file comes in the manifest's list: OUTPUT_FILES' order, with the figures (in the
 * order they were rendered: sort stably) right after report.html.
 */
export function outputOrder(file: string): number {
  if (file.startsWith(`${FIGURES_FOLDER}/`)) return OUTPUT_FILES.indexOf("report.html") + 0.5;
  return OUTPUT_FILES.indexOf(file as OutputFile);
}
