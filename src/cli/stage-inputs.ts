import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { inputLayout } from "../archive/index.js";
import type { CliIo } from "./cli-io.js";

/** A run's recorded inputs: the resolved spec (as the manifest holds it) and the original spec's file name. */
export interface RecordedInputs {
  readonly resolvedSpec: { readonly cohort: { readonly file: string } };
  readonly specFile: string;
  /** The original spec text, written instead of the resolved spec (a sweep edits the text it was given). */
  readonly specText?: string;
}

/**
 * Writes the resolved spec (YAML is a superset of JSON) and the cohort where its cohort.file
 * points, under `folder`; returns the spec path. Used by replay and merge to plan a recorded
 * trial again.
 */
export function stageInputs(folder: string, recorded: RecordedInputs, cohort: Uint8Array, io: CliIo): string {
  const layout = inputLayout(recorded.resolvedSpec.cohort.file);
  mkdirSync(join(folder, layout.specFolder), { recursive: true });
  mkdirSync(join(folder, layout.cohortPath, ".."), { recursive: true });
  writeFileSync(join(folder, layout.cohortPath), cohort);
  const spec = layout.isCohortMoved ? { ...recorded.resolvedSpec, cohort: { ...recorded.resolvedSpec.cohort, file: join(folder, layout.cohortPath) } } : recorded.resolvedSpec;
  if (layout.isCohortMoved) io.stderr.write("note: cohort.file was an absolute path; the rerun reads the cohort from elsewhere, so report.md may differ where it names the cohort\n");
  const specPath = join(folder, layout.specFolder, recorded.specFile);
  writeFileSync(specPath, recorded.specText ?? `${JSON.stringify(spec, null, 2)}\n`);
  return specPath;
}
