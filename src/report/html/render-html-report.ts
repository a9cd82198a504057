import type { RenderedFigure } from "../figures/figure.js";
import { markdownToHtml } from "./markdown-to-html.js";
import { REPORT_CSS } from "./report-css.js";
import { escapeHtml } from "./render-inline-markdown.js";

/** The first "# " heading, as plain text, for the page title. */
function documentTitle(markdown: string): string {
  const heading = /^#\s+(.*)$/m.exec(markdown)?.[1] ?? "twin-trial report";
  return heading.replace(/\\(.)/g, "$1").replace(/[`*]/g, "");
}

/** An SVG made readable by assistive technology: role img and the figure's description. */
function labelledSvg(svg: string, label: string): string {
  return svg.trimEnd().replace(/^<svg\b/, `<svg role="img" aria-label="${escapeHtml(label)}"`);
}

/**
 * report.html (or sweep.html): the Markdown report as one self-contained HTML page that opens
 * from disk: the figures' SVG inline where report.md embeds figures/<name>.svg, the style sheet
 * inline, no script, no web font, nothing fetched. Deterministic: the same Markdown and figures
 * give the same bytes.
 */
export function renderHtmlReport(markdown: string, figures: readonly RenderedFigure[]): string {
  const svgByFile = new Map<string, string>(figures.map((figure) => [figure.file, figure.content]));
  const image = (alt: string, src: string): string | undefined => {
    const svg = svgByFile.get(src);
    return svg === undefined ? undefined : `<figure>\n${labelledSvg(svg, alt)}\n<figcaption>${escapeHtml(alt)}</figcaption>\n</figure>`;
  };
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    '<meta name="generator" content="twin-trial">',
    `<title>${escapeHtml(documentTitle(markdown))}</title>`,
    `<style>\n${REPORT_CSS}</style>`,
    "</head>",
    "<body>",
    "<main>",
    markdownToHtml(markdown, { image }).trimEnd(),
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
