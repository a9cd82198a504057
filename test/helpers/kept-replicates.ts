import { parse } from "csv-parse/sync";
import { simulateReplicate, type ReplicateSimulation, type TrialPlan } from "../../src/trial/index.js";
import { editedSpecText, planFromText } from "./plan.js";

/** A shipped spec (with edits) planned, and its kept replicates simulated as a run keeps them. */
export function keptReplicates(name: string, edits: readonly [path: (string | number)[], value: unknown][] = []): { plan: TrialPlan; kept: ReplicateSimulation[] } {
  const plan = planFromText(editedSpecText(name, edits));
  const count = Math.min(plan.spec.outputs.keep_replicates, plan.spec.trial.replicates);
  return { plan, kept: Array.from({ length: count }, (_, index) => simulateReplicate(plan, index + 1)) };
}

/** A CSV's header and rows (cells as text, by column name). */
export function readCsv(text: string): { header: string[]; rows: Record<string, string>[] } {
  const header = (text.split("\n")[0] ?? "").split(",");
  return { header, rows: parse(text, { columns: true }) as Record<string, string>[] };
}
