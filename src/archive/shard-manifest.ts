import { z } from "zod";
import { parseJsonFile } from "./parse-json-file.js";

/** The file a shard folder describes itself in (not manifest.json: a shard is not a results folder). */
export const SHARD_MANIFEST = "shard.json";
/** The file of a shard's replicate outcomes, one JSON line per replicate in order. */
export const SHARD_OUTCOMES = "outcomes.jsonl";
/** What shard.json says it is. */
export const SHARD_KIND = "twin-trial shard";

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, "a SHA-256 in hex");

const shardSchema = z.looseObject({
  kind: z.literal(SHARD_KIND),
  tool: z.looseObject({ name: z.string(), version: z.string() }),
  results_format_version: z.number().int(),
  shard: z.object({ index: z.number().int().positive(), count: z.number().int().positive(), from: z.number().int().positive(), to: z.number().int().nonnegative() }),
  seed: z.number().int(),
  replicates: z.number().int().positive(),
  spec: z.looseObject({ file: z.string().regex(/^[A-Za-z0-9_-][A-Za-z0-9._-]*$/, "a plain file name"), sha256 }),
  inputs: z.array(z.looseObject({ role: z.literal("cohort"), file: z.string().min(1), sha256, copy: z.string().min(1) })).length(1),
  outcomes: z.object({ file: z.literal(SHARD_OUTCOMES), bytes: z.number().int().nonnegative(), sha256 }),
  resolved_spec: z.looseObject({ trial: z.looseObject({ id: z.string().min(1) }), cohort: z.looseObject({ file: z.string().min(1) }) }),
  run: z.unknown().optional(),
});

/** shard.json as merge reads it. */
export type ShardManifest = z.infer<typeof shardSchema>;

/** What a shard was: everything merge checks before it trusts the shard's outcomes. */
export interface ShardManifestContent {
  readonly toolVersion: string;
  readonly resultsFormatVersion: number;
  readonly shard: { readonly index: number; readonly count: number; readonly from: number; readonly to: number };
  readonly spec: { readonly file: string; readonly sha256: string };
  readonly cohort: { readonly file: string; readonly sha256: string; readonly copy: string };
  readonly outcomes: { readonly bytes: number; readonly sha256: string };
  readonly resolvedSpec: { readonly trial: { readonly seed: number; readonly replicates: number } };
  readonly run: { readonly startedAt: string; readonly nodeVersion: string; readonly platform: string; readonly command: readonly string[] };
}

/** shard.json: the shard's place in the run, the run's inputs (as the results manifest pins them) and its outcomes' hash. */
export function renderShardManifest(content: ShardManifestContent): string {
  const manifest = {
    kind: SHARD_KIND,
    tool: { name: "twin-trial", version: content.toolVersion },
    results_format_version: content.resultsFormatVersion,
    shard: content.shard,
    seed: content.resolvedSpec.trial.seed,
    replicates: content.resolvedSpec.trial.replicates,
    spec: content.spec,
    inputs: [{ role: "cohort", file: content.cohort.file, sha256: content.cohort.sha256, copy: content.cohort.copy }],
    outcomes: { file: SHARD_OUTCOMES, bytes: content.outcomes.bytes, sha256: content.outcomes.sha256 },
    resolved_spec: content.resolvedSpec,
    run: { started_at: content.run.startedAt, node_version: content.run.nodeVersion, platform: content.run.platform, command: content.run.command },
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** Parses a shard folder's shard.json; anything else is SHARD_INVALID naming the field. */
export function parseShardManifest(text: string, file: string): ShardManifest {
  return parseJsonFile(text, file, shardSchema, { code: "SHARD_INVALID", name: "shard.json", hint: "merge reads the folders that `twin-trial simulate --shard K/N` writes; rerun that shard" });
}
