import type { Config } from "vega-lite";

/** Width and height of a figure's plotting area, in SVG pixels (axes, legend and title come on top). */
export const PLOT_WIDTH = 560;
export const PLOT_HEIGHT = 320;

/**
 * Colours of arms, designs and curves, in order (Tableau 10, the Vega-Lite default, written out
 * so that a change of the library's defaults cannot change the figures). Arm k gets colour k.
 */
export const SERIES_COLOURS = ["#4c78a8", "#f58518", "#e45756", "#72b7b2", "#54a24b", "#eeca3b", "#b279a2", "#ff9da6", "#9d755d", "#bab0ac"] as const;

/** The colour of real (observed) data next to simulated series. */
export const OBSERVED_COLOUR = "#222222";

/** Colours for a list of series names: the palette in order, repeated past 10. */
export function seriesColours(count: number): string[] {
  return Array.from({ length: count }, (_, index) => SERIES_COLOURS[index % SERIES_COLOURS.length] as string);
}

/**
 * What every figure shares: an opaque white background (readable in a dark viewer), one font,
 * titles at the left, and no animation or interaction.
 */
export const FIGURE_CONFIG: Config = {
  background: "white",
  font: "Helvetica, Arial, sans-serif",
  padding: 12,
  title: { anchor: "start", fontSize: 15, subtitleFontSize: 12, subtitleColor: "#444444", offset: 12 },
  axis: { labelFontSize: 11, titleFontSize: 12, titleFontWeight: "normal", gridColor: "#e6e6e6" },
  legend: { labelFontSize: 11, titleFontSize: 12, titleFontWeight: "normal", labelLimit: 1000, symbolOpacity: 1 },
  view: { stroke: "#cccccc" },
};

/** Longest subtitle line, in characters: a longer one would widen the figure beyond its plot. */
export const SUBTITLE_LINE_CHARACTERS = 96;

/**
 * Breaks text into lines of at most `width` characters at spaces (a longer word stays whole).
 *
 * @example wrapText("a bb ccc dddd", 6) // ["a bb", "ccc", "dddd"]
 */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  return lines;
}

/** The top-level part of a figure's spec: schema, title, subtitle paragraphs (wrapped), and the shared config. */
export function figureFrame(title: string, subtitle: readonly string[]): { $schema: string; title: { text: string; subtitle: string[] }; config: Config } {
  return { $schema: "https://vega.github.io/schema/vega-lite/v6.json", title: { text: title, subtitle: subtitle.flatMap((paragraph) => wrapText(paragraph, SUBTITLE_LINE_CHARACTERS)) }, config: FIGURE_CONFIG };
}
