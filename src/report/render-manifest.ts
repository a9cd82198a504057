import { RNG_ALGORITHM, STREAM_KEY_VERSION } from "../rng/index.js";
import type { Spec } from "../spec/schema.js";
import { RESULTS_FORMAT_VERSION } from "./results-format.js";

/** A file the manifest pins by hash. */
export interface HashedFile {
  readonly file: string;
  readonly sha256: string;
  readonly bytes: number;
}

/** What a run was and what it made: the manifest's content. */
export interface ManifestContent {
  readonly toolVersion: string;
  readonly spec: { readonly file: string; readonly sha256: string };
  readonly cohort: { readonly file: string; readonly sha256: string };
  readonly resolvedSpec: Spec;
  readonly outputs: readonly HashedFile[];
  /** The only fields that may differ between two runs of the same inputs. */
  readonly run: { readonly startedAt: string; readonly nodeVersion: string; readonly platform: string; readonly command: readonly string[] };
}

/** Fields of manifest.json that legitimately differ between runs of the same inputs. */
export const VOLATILE_MANIFEST_FIELDS = ["run"] as const;

/**
 * manifest.json: everything needed to rerun the trial and verify its bytes — tool and
 * results-format version, RNG algorithm and key scheme, seed, the resolved spec, and
 * SHA-256 of the spec, the cohort and every output. Only the `run` block may differ
 * between two runs of the same inputs.
 */
export function renderManifest(content: ManifestContent): string {
  const manifest = {
    tool: { name: "twin-trial", version: content.toolVersion },
    results_format_version: RESULTS_FORMAT_VERSION,
    rng: { algorithm: RNG_ALGORITHM, stream_key_version: STREAM_KEY_VERSION, stream_key: "twin-trial/v<version>|<seed>|<replicate>|<purpose>[|<name>]", normal_draws: "inversion, Wichura AS 241" },
    seed: content.resolvedSpec.trial.seed,
    replicates: content.resolvedSpec.trial.replicates,
    spec: { file: content.spec.file, sha256: content.spec.sha256 },
    inputs: [{ role: "cohort", file: content.cohort.file, sha256: content.cohort.sha256 }],
    outputs: content.outputs.map((output) => ({ file: output.file, bytes: output.bytes, sha256: output.sha256 })),
    resolved_spec: content.resolvedSpec,
    volatile_fields: [...VOLATILE_MANIFEST_FIELDS],
    run: { started_at: content.run.startedAt, node_version: content.run.nodeVersion, platform: content.run.platform, command: content.run.command },
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
