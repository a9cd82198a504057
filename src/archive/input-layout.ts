import { posix } from "node:path";

/** Where an archive (or a replay's temporary folder) keeps the inputs, relative to its root. */
export interface InputLayout {
  /** Folder of the spec files; the recorded cohort path resolves from here. */
  readonly specFolder: string;
  /** Path of the cohort file, equal to specFolder joined with the recorded cohort.file when that is relative. */
  readonly cohortPath: string;
  /** True when cohort.file was absolute and the cohort had to be put elsewhere (the spec's cohort.file must then be rewritten). */
  readonly isCohortMoved: boolean;
}

const INPUTS = "inputs";

/**
 * Lays out the inputs so that the spec's cohort.file resolves unchanged: the spec folder is
 * nested as deep as the path climbs with "..". The path string appears in report.md, so
 * keeping it keeps the report's bytes.
 *
 * @example inputLayout("../cohorts/pbc.csv") // { specFolder: "inputs/spec", cohortPath: "inputs/cohorts/pbc.csv", isCohortMoved: false }
 */
export function inputLayout(cohortFile: string): InputLayout {
  const recorded = cohortFile.replaceAll("\\", "/");
  if (posix.isAbsolute(recorded) || /^[A-Za-z]:\//.test(recorded)) {
    return { specFolder: `${INPUTS}/spec`, cohortPath: `${INPUTS}/cohort/${posix.basename(recorded)}`, isCohortMoved: true };
  }
  const normal = posix.normalize(recorded);
  const climbs = normal.split("/").filter((part) => part === "..").length;
  const specFolder = [INPUTS, ...Array.from({ length: Math.max(1, climbs) }, () => "spec")].join("/");
  return { specFolder, cohortPath: posix.join(specFolder, normal), isCohortMoved: false };
}
