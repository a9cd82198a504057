import { powerCurves, type SweepField } from "../sweep/index.js";
import { figureMarkdown } from "./figures/figure.js";
import { powerCurveFigure, powerFigureData } from "./figures/power-curve-figure.js";
import { renderFigureSvgs } from "./figures/render-figure-svg.js";
import { renderHtmlReport } from "./html/render-html-report.js";
import type { ReportFormat } from "./render-outputs-with-figures.js";
import { pointPowers, renderSweepReport, renderSweepSummary, type SweepPointRun, type SweepReportContext } from "./render-sweep.js";

/** One output file of a sweep. */
export interface SweepFile {
  readonly file: string;
  readonly content: string;
}

/**
 * Every output of a sweep but its manifest: summary.csv, sweep.md with a power-curve figure per
 * numeric field (figures/power-<field>.svg, embedded under "Power curves"), the figures, and with
 * format html sweep.html (figures inline). Shared by sweep and merge, so their bytes agree.
 */
export async function renderSweepOutputs(fields: readonly SweepField[], runs: readonly SweepPointRun[], context: SweepReportContext & { format: ReportFormat }): Promise<SweepFile[]> {
  const curves = powerCurves(fields, runs.map(pointPowers));
  const figures = powerFigureData(fields, curves, context.targetPower).map((data) => powerCurveFigure(data, { replicates: context.replicates }));
  const report = renderSweepReport(fields, runs, context, figures.map(figureMarkdown));
  const svgs = await renderFigureSvgs(figures);
  return [
    { file: "summary.csv", content: renderSweepSummary(fields, runs) },
    { file: "sweep.md", content: report },
    ...(context.format === "html" ? [{ file: "sweep.html", content: renderHtmlReport(report, svgs) }] : []),
    ...svgs,
  ];
}
