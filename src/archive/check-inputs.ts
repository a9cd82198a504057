import { createHash } from "node:crypto";
import { InputError, type Issue } from "../errors.js";
import type { ArchivedManifest } from "./archived-manifest.js";

/** SHA-256 of bytes, in lower-case hex as the manifest writes it. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * The issue for a cohort whose bytes are not the ones the manifest pins (INPUT_CHANGED),
 * or undefined when they are.
 */
export function cohortChangedIssue(manifest: ArchivedManifest, cohortPath: string, bytes: Uint8Array): Issue | undefined {
  const recorded = manifest.inputs[0]?.sha256;
  const actual = sha256Hex(bytes);
  if (actual === recorded) return undefined;
  return {
    code: "INPUT_CHANGED",
    message: `the cohort's SHA-256 is ${actual}, but the manifest records ${recorded ?? "none"}: this is not the cohort the trial ran on`,
    hint: "use the cohort file the trial ran on (--cohort <path>), or add --allow-changed-inputs to go on with this one",
    location: { kind: "file", file: cohortPath },
  };
}

/**
 * Refuses a manifest written in another results-format version (REPLAY_FORMAT_VERSION):
 * a format bump means the same seed maps to other numbers by design, so a replay could
 * only report differences that prove nothing.
 */
export function checkResultsFormat(manifest: ArchivedManifest, current: { formatVersion: number; toolVersion: string }, file: string): void {
  if (manifest.results_format_version === current.formatVersion) return;
  throw new InputError([{
    code: "REPLAY_FORMAT_VERSION",
    message: `the results were made by twin-trial ${manifest.tool.version} in results format version ${manifest.results_format_version}, but this twin-trial ${current.toolVersion} writes version ${current.formatVersion}`,
    hint: `replay with the version that made them: npx twin-trial@${manifest.tool.version} replay ${file}`,
    location: { kind: "file", file },
  }]);
}

/** JSON with object keys sorted, so that two values compare equal whatever their key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
