import { join } from "node:path";
import { parseDocument } from "yaml";
import { prepareTrial } from "../../src/cli/prepare-trial.js";
import type { TrialPlan } from "../../src/trial/index.js";
import { exampleSpecText, makeWorkspace, writeWorkspaceFile } from "./cli.js";

/** Plans a trial from spec text placed in specs/ of a fresh workspace (cohorts/ beside it). */
export function planFromText(text: string, overrides: { seed?: string; replicates?: string } = {}): TrialPlan {
  const root = makeWorkspace();
  const path = writeWorkspaceFile(root, join("specs", "spec.yaml"), text);
  return prepareTrial(path, overrides).plan;
}

/** Spec text with some values replaced, addressed by YAML path (comments are kept). */
export function editSpecText(text: string, edits: readonly [path: (string | number)[], value: unknown][]): string {
  const document = parseDocument(text);
  for (const [path, value] of edits) document.setIn(path, value);
  return document.toString();
}

/** A shipped example spec (trial-specs/<name>) with some values replaced. */
export function editedSpecText(name: string, edits: readonly [path: (string | number)[], value: unknown][]): string {
  return editSpecText(exampleSpecText(name), edits);
}
