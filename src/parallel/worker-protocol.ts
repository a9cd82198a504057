import type { Issue } from "../errors.js";
import type { ReplicateOutcome } from "../trial/index.js";
import type { Overrides } from "../cli/parse-overrides.js";

/** What a replicate worker plans a trial from: the same inputs the main thread planned from. */
export interface WorkerSetup {
  readonly specFile: string;
  readonly overrides: Overrides;
  /** The spec's text when it is not the file's (a sweep point). */
  readonly specText?: string;
  /** SHA-256 of the spec and cohort the main thread read: a worker that reads other bytes stops with INPUT_CHANGED. */
  readonly specSha256: string;
  readonly cohortSha256: string;
}

/** Main → worker: plan a trial (replacing the one before); compute replicates from..to (inclusive, 1-based) of it; or stop. */
export type WorkerRequest = { readonly kind: "plan"; readonly setup: WorkerSetup } | { readonly kind: "compute"; readonly from: number; readonly to: number } | { readonly kind: "stop" };

/** Worker → main: the plan is ready; outcomes; or why it failed. */
export type WorkerReply =
  | { readonly kind: "ready" }
  | { readonly kind: "outcomes"; readonly outcomes: readonly ReplicateOutcome[] }
  | { readonly kind: "input-error"; readonly issues: readonly Issue[] }
  | { readonly kind: "failed"; readonly message: string; readonly stack: string | undefined };
