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
import type { FigureFile } from "./figures/figure.js";
import type { TrialFigures } from "./figures/trial-figures.js";

/** One rendered output file. */
export interface RenderedFile {
  readonly file: OutputFile | FigureFile;
  readonly content: string;
}

/** Outputs a caller may have written row by row during the run instead (memory flat in replicates). */
export const STREAMED_OUTPUTS: readonly OutputFile[] = ["efficacy.csv", "safety.csv"];

/**
 * Renders every output of a run except the manifest (which hashes these) and the figures' SVG
 * (see renderOutputsWithFigures). Pure. With `streamed`, efficacy.csv and safety.csv are left
 * out: the caller wrote them during the run. `figures`: the run's figures, which report.md embeds.
 */
export function renderOutputs(result: TrialResult, context: ReportContext, options: { streamed?: boolean; figures?: TrialFigures } = {}): RenderedFile[] {
  const outputs = outputRenderers(result, context, options.figures);
  return (options.streamed === true ? outputs.filter(({ file }) => !STREAMED_OUTPUTS.includes(file)) : outputs).map(({ file, render }) => ({ file, content: render() }));
}

function outputRenderers(result: TrialResult, context: ReportContext, figures: TrialFigures | undefined): { file: OutputFile; render: () => string }[] {
  return [
    { file: "patients.csv", render: () => renderPatients(result.plan, result.kept) },
    { file: "visits.csv", render: () => renderVisits(result.plan, result.kept) },
    { file: "concentrations.csv", render: () => renderConcentrations(result.plan, result.kept) },
    { file: "adverse_events.csv", render: () => renderAdverseEvents(result.plan, result.kept) },
    { file: "efficacy.csv", render: () => renderEfficacy(result.efficacy) },
    { file: "safety.csv", render: () => renderSafety(result.safety) },
    { file: "summary.csv", render: () => renderSummary(result.summary, result.family, result.designs) },
    ...(result.designs === undefined ? [] : [{ file: "designs.csv" as const, render: () => renderDesigns(result.designs ?? []) }]),
    { file: "fidelity.csv", render: () => renderFidelity(result.virtualCohort.fidelity, result.virtualCohort.privacy) },
    { file: "report.md", render: () => renderReport(result, context, figures) },
  ];
}
