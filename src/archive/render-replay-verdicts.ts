import type { OutputVerdict } from "./compare-output.js";

const LABELS = { same: "same", different: "DIFFERENT", missing: "DIFFERENT (not made by the replay)", extra: "DIFFERENT (made by the replay, not in the archive)" } as const;

/** True when every file of a replay is byte-identical. */
export function isReplayIdentical(verdicts: readonly OutputVerdict[]): boolean {
  return verdicts.every((verdict) => verdict.verdict === "same");
}

/**
 * The lines replay prints on stdout: one verdict a file, the place of the first
 * difference indented under it, and a closing count.
 *
 * @example renderReplayVerdicts([{ file: "summary.csv", verdict: "same" }]) // "summary.csv  same\nall 1 files are identical\n"
 */
export function renderReplayVerdicts(verdicts: readonly OutputVerdict[]): string {
  const width = Math.max(...verdicts.map((verdict) => verdict.file.length));
  const lines = verdicts.flatMap((verdict) => {
    const line = `${verdict.file.padEnd(width)}  ${LABELS[verdict.verdict]}`;
    return verdict.verdict === "different" ? [line, `  first difference: ${verdict.where}`] : [line];
  });
  const differing = verdicts.filter((verdict) => verdict.verdict !== "same").length;
  lines.push(differing === 0 ? `all ${verdicts.length} files are identical` : `${differing} of ${verdicts.length} files differ`);
  return `${lines.join("\n")}\n`;
}
