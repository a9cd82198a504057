import type { TrialResult } from "../trial/index.js";
import { renderAdam } from "./adam/index.js";
import { renderNonmemDefine } from "./nonmem-define.js";
import { renderNonmemDataset } from "./nonmem.js";
import type { OutputFile } from "./results-format.js";

/** The patient-level datasets a run can add on request: ADaM-shaped (--adam) and NONMEM-style (--nonmem). */
export type PatientDataset = "adam" | "nonmem";

/**
 * The requested datasets of a run's kept replicates, in the manifest's order: adam/ (ADSL,
 * ADAE, ADTTE, ADPC, define.md), then nonmem/ (dataset.csv, define.md). Pure.
 */
export function renderPatientDatasets(result: TrialResult, datasets: readonly PatientDataset[]): { file: OutputFile; content: string }[] {
  const { plan, kept } = result;
  return [
    ...(datasets.includes("adam") ? renderAdam(plan, kept) : []),
    ...(datasets.includes("nonmem")
      ? [
          { file: "nonmem/dataset.csv" as const, content: renderNonmemDataset(plan, kept) },
          { file: "nonmem/define.md" as const, content: renderNonmemDefine(plan) },
        ]
      : []),
  ];
}
