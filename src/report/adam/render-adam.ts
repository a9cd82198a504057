import type { ReplicateSimulation, TrialPlan } from "../../trial/index.js";
import { adaeDataset, renderAdae } from "./adae.js";
import { adpcDataset, renderAdpc } from "./adpc.js";
import { adslDataset, renderAdsl } from "./adsl.js";
import { adtteDataset, renderAdtte } from "./adtte.js";
import type { DatasetDefinition } from "./adam-variable.js";
import { renderAdamDefine } from "./define.js";

/** The ADaM-shaped files of a run, named as in the results folder. */
export const ADAM_FILES = ["adam/adsl.csv", "adam/adae.csv", "adam/adtte.csv", "adam/adpc.csv", "adam/define.md"] as const;
export type AdamFile = (typeof ADAM_FILES)[number];

/** The four datasets' definitions for a plan, in file order: what define.md describes. */
export function adamDatasets(plan: TrialPlan): DatasetDefinition[] {
  return [adslDataset(plan), adaeDataset(plan), adtteDataset(plan), adpcDataset(plan)];
}

/**
 * Every ADaM-shaped file of the kept replicates: ADSL, ADAE, ADTTE and ADPC (each written,
 * with only its header when it has no rows: no adverse event model, time-to-event endpoint or
 * sampling time), and define.md. Pure.
 */
export function renderAdam(plan: TrialPlan, kept: readonly ReplicateSimulation[]): { file: AdamFile; content: string }[] {
  return [
    { file: "adam/adsl.csv", content: renderAdsl(plan, kept) },
    { file: "adam/adae.csv", content: renderAdae(plan, kept) },
    { file: "adam/adtte.csv", content: renderAdtte(plan, kept) },
    { file: "adam/adpc.csv", content: renderAdpc(plan, kept) },
    { file: "adam/define.md", content: renderAdamDefine(plan, adamDatasets(plan)) },
  ];
}
