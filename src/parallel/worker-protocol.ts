import type { Issue } from "../errors.js";
import type { ReplicateOutcome } from "../trial/index.js";
import type { Overrides } from "../cli/parse-overrides.js";

/** What a replicate worker is started with: the same inputs the main thread planned from. */
export interface WorkerSetup {
  readonly specFile: string;
  readonly overrides: Overrides;
  /** SHA-256 of the spec and cohort the main thread read: a worker that reads other bytes stops with INPUT_CHANGED. */
  readonly specSha256: string;
  readonly cohortSha256: string;
}

/** Main → worker: compute replicates from..to (inclusive, 1-based); or stop. */
export type WorkerRequest = { readonly kind: "compute"; readonly from: number; readonly to: number } | { readonly kind: "stop" };

/** Worker → main. */
export type WorkerReply =
  | { readonly kind: "ready" }
  | { readonly kind: "outcomes"; readonly outcomes: readonly ReplicateOutcome[] }
  | { readonly kind: "input-error"; readonly issues: readonly Issue[] }
  | { readonly kind: "failed"; readonly message: string; readonly stack: string | undefined };
