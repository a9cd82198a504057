import type { Issue } from "../errors.js";

/**
 * The issues of a set of shards that should be shards 1…count of one run, each once:
 * SHARD_DUPLICATE for a shard given twice, SHARD_MISSING for those not given. Returns the
 * shards by index (the first folder of a duplicate kept).
 *
 * @example shardSetIssues([{ index: 1, folder: "a" }, { index: 1, folder: "b" }], 2).issues // SHARD_DUPLICATE for b, SHARD_MISSING for 2
 */
export function shardSetIssues<Shard extends { readonly index: number; readonly folder: string }>(shards: readonly Shard[], count: number): { issues: Issue[]; byIndex: Map<number, Shard> } {
  const issues: Issue[] = [];
  const byIndex = new Map<number, Shard>();
  for (const shard of shards) {
    const other = byIndex.get(shard.index);
    if (other !== undefined) issues.push({ code: "SHARD_DUPLICATE", message: `shard ${shard.index}/${count} is given twice (also ${other.folder})`, hint: "name each shard folder once", location: { kind: "file", file: shard.folder } });
    else byIndex.set(shard.index, shard);
  }
  const missing = Array.from({ length: count }, (_, at) => at + 1).filter((index) => !byIndex.has(index));
  if (missing.length > 0) issues.push({ code: "SHARD_MISSING", message: `shard${missing.length === 1 ? "" : "s"} ${missing.slice(0, 10).join(", ")}${missing.length > 10 ? ", …" : ""} of ${count} ${missing.length === 1 ? "is" : "are"} missing`, hint: `merge needs all ${count} shard folders; run the missing ones with --shard K/${count}` });
  return { issues, byIndex };
}
