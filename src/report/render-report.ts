import type { TrialResult } from "../trial/index.js";
import { renderCohortSection } from "./report-cohort.js";
import { renderDesignSection } from "./report-design.js";
import { renderDesignComparison } from "./report-designs.js";
import { renderEfficacySection } from "./report-efficacy.js";
import { reportFidelity } from "./report-fidelity.js";
import { renderPkSection } from "./report-pk.js";
import { renderSafetySection } from "./report-safety.js";
import { renderTwinModelSection } from "./report-twin-model.js";
import { renderVisitSection } from "./report-visits.js";
import { figureMarkdown, type Figure } from "./figures/figure.js";
import { figuresInOrder, trialFigures, type TrialFigures } from "./figures/trial-figures.js";

/** What the report says about the run that made it. */
export interface ReportContext {
  readonly toolVersion: string;
  readonly resultsFormatVersion: number;
  /** The cohort path as written in the spec. */
  readonly cohortFile: string;
}

function keptPatientsText(kept: number): string {
  if (kept === 0) return "patients.csv and adverse_events.csv hold no patients (outputs.keep_replicates is 0)";
  const which = kept === 1 ? "the first simulated trial" : `the first ${kept} simulated trials`;
  return `patients.csv holds the patients of ${which} (each treated patient with its twin), adverse_events.csv their adverse events`;
}

/** A section with its figure below it (the section as it is without one). */
function withFigure(section: string | undefined, figure: Figure | undefined): string | undefined {
  return section === undefined || figure === undefined ? section : `${section}\n\n${figureMarkdown(figure)}`;
}

function notesSection(result: TrialResult, hasFigures: boolean): string {
  return [
    "## Notes and files",
    "",
    `- ${keptPatientsText(result.plan.spec.outputs.keep_replicates)}, visits.csv their endpoint values at every visit, concentrations.csv their concentrations at the sampling times; efficacy.csv and safety.csv hold every trial; fidelity.csv the virtual cohort's fidelity and privacy check; summary.csv the operating characteristics${result.designs === undefined ? "" : " (also of every design), designs.csv one row per design"}; ${hasFigures ? "figures/ the figures above (SVG); " : ""}manifest.json what is needed to rerun and verify.`,
    ...(result.plan.spec.adverse_events.some((model) => model.model === "logistic") ? ["- Adverse events of logistic models are simulated as whether and how severe; their onset time and seriousness are NA (hazard and per-cycle models have both)."] : []),
    "- Numbers in the CSV files have 10 significant digits; this report rounds them for reading.",
  ].join("\n");
}

/** report.md: the human summary of a run, as a simulation report would present it, with its figures (figures/*.svg) embedded. */
export function renderReport(result: TrialResult, context: ReportContext, figures: TrialFigures = trialFigures(result)): string {
  const { plan } = result;
  const { trial } = plan.spec;
  const header = [
    `# ${trial.title}`,
    "",
    `In silico trial \`${trial.id}\`: ${trial.replicates} simulated trials, seed ${trial.seed}; twin-trial ${context.toolVersion}, results format ${context.resultsFormatVersion}.`,
  ].join("\n");
  const sections = [
    header,
    renderDesignSection(plan),
    renderCohortSection(plan, context.cohortFile, result.kept[0]),
    withFigure(reportFidelity(result.virtualCohort.fidelity, result.virtualCohort.privacy, plan.spec.population.method), figures.virtualCohort),
    renderTwinModelSection(plan.twinFits),
    withFigure(renderPkSection(plan, result.kept), figures.concentrationTime),
    renderVisitSection(plan, result.visitSummary),
    plan.controlIndex < 0 || plan.endpoints.length === 0 ? undefined : renderEfficacySection(plan, result.efficacy, result.summary, { first: result.kept[0], family: result.family, figures }),
    result.designs === undefined ? undefined : renderDesignComparison(plan, result.designs),
    renderSafetySection(plan, result.safetySummary),
    notesSection(result, figuresInOrder(figures).length > 0),
  ].filter((section): section is string => section !== undefined);
  return `${sections.join("\n\n")}\n`;
}
