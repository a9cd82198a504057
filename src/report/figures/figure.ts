import type { TopLevelSpec } from "vega-lite";

/** Where a figure goes in the results folder: figures/<name>.svg. */
export type FigureFile = `figures/${string}.svg`;

/** One figure of a run: its file, the text that stands for it in the report, and its Vega-Lite spec. */
export interface Figure {
  readonly file: FigureFile;
  /** What the figure shows, in words: the Markdown image's alt text and the HTML caption. */
  readonly alt: string;
  readonly spec: TopLevelSpec;
}

/** A figure rendered to SVG text. */
export interface RenderedFigure {
  readonly file: FigureFile;
  readonly content: string;
}

/** The Markdown that embeds a figure, relative to the report (report.md and figures/ share a folder). */
export function figureMarkdown(figure: Pick<Figure, "file" | "alt">): string {
  return `![${figure.alt.replace(/[[\]]/g, "")}](${figure.file})`;
}

/**
 * A file-name-safe slug of an id (endpoint, sweep field): letters, digits, dot, underscore and
 * hyphen are kept, anything else becomes a hyphen.
 *
 * @example figureSlug("arms.active.regimen.dose_mg") // "arms.active.regimen.dose_mg"
 */
export function figureSlug(id: string): string {
  return id.replace(/[^A-Za-z0-9._-]+/g, "-");
}
