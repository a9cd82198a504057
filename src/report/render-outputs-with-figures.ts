import type { TrialResult } from "../trial/index.js";
import { renderFigureSvgs } from "./figures/render-figure-svg.js";
import { figuresInOrder, trialFigures } from "./figures/trial-figures.js";
import { renderHtmlReport } from "./html/render-html-report.js";
import { renderOutputs, type RenderedFile } from "./render-outputs.js";
import type { ReportContext } from "./render-report.js";

/** The report formats: markdown writes report.md; html also writes report.html (figures inline). */
export const REPORT_FORMATS = ["markdown", "html"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/**
 * Every output of a run (as renderOutputs) plus its figures as SVG (figures/<name>.svg, after
 * report.md that embeds them) and, with format html, report.html. The one path simulate, merge
 * and replay render through, so that their bytes agree. Asynchronous only because vega renders
 * asynchronously; it reads no file, clock or environment.
 */
export async function renderOutputsWithFigures(result: TrialResult, context: ReportContext, options: { streamed?: boolean; format: ReportFormat }): Promise<RenderedFile[]> {
  const figures = trialFigures(result);
  const outputs = renderOutputs(result, context, { ...(options.streamed === undefined ? {} : { streamed: options.streamed }), figures });
  const svgs = await renderFigureSvgs(figuresInOrder(figures));
  const report = outputs.find((output) => output.file === "report.md");
  const html: RenderedFile[] = options.format === "html" && report !== undefined ? [{ file: "report.html", content: renderHtmlReport(report.content, svgs) }] : [];
  return [...outputs, ...html, ...svgs];
}
