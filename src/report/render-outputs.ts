import type { TrialResult } from "../trial/index.js";
import { renderAdverseEvents } from "./render-adverse-events.js";
import { renderConcentrations } from "./render-concentrations.js";
import { renderVisits } from "./render-visits.js";
import { renderEfficacy } from "./render-efficacy.js";
import { renderPatients } from "./render-patients.js";
import { renderReport, type ReportContext } from "./render-report.js";
import { renderSafety } from "./render-safety.js";
import { renderDesigns } from "./render-designs.js";
import { renderFidelity } from "./render-fidelity.js";
import { renderSummary } from "./render-summary.js";
import type { OutputFile } from "./results-format.js";

/** One rendered output file. */
export interface RenderedFile {
  readonly file: OutputFile;
  readonly content: string;
}

/** Renders every output of a run except the manifest (which hashes these). Pure. */
export function renderOutputs(result: TrialResult, context: ReportContext): RenderedFile[] {
  return [
    { file: "patients.csv", content: renderPatients(result.plan, result.kept) },
    { file: "visits.csv", content: renderVisits(result.plan, result.kept) },
    { file: "concentrations.csv", content: renderConcentrations(result.plan, result.kept) },
    { file: "adverse_events.csv", content: renderAdverseEvents(result.plan, result.kept) },
    { file: "efficacy.csv", content: renderEfficacy(result.efficacy) },
    { file: "safety.csv", content: renderSafety(result.safety) },
    { file: "summary.csv", content: renderSummary(result.summary, result.family, result.designs) },
    ...(result.designs === undefined ? [] : [{ file: "designs.csv" as const, content: renderDesigns(result.designs) }]),
    { file: "fidelity.csv", content: renderFidelity(result.virtualCohort.fidelity, result.virtualCohort.privacy) },
    { file: "report.md", content: renderReport(result, context) },
  ];
}
