import type * as Vega from "vega";
import type { compile } from "vega-lite";
import type { Figure, RenderedFigure } from "./figure.js";

/**
 * The one wrapper of vega and vega-lite (STYLE.md §1: each third-party library is wrapped
 * once): a Vega-Lite spec in, SVG text out, rendered headless (renderer "none": no canvas, no
 * browser, no DOM).
 */
interface VegaRuntime {
  readonly vega: typeof Vega;
  readonly compile: typeof compile;
}

let runtime: Promise<VegaRuntime> | undefined;

/** Estimated width of a character of sans-serif text, in em (see loadVega). */
const TEXT_EM_PER_CHARACTER = 0.6;

/**
 * Loads vega and vega-lite on first use: they take ~60 ms to load bundled (~200 ms unbundled),
 * so --version, --help and a run without figures never pay for them.
 */
function loadVega(): Promise<VegaRuntime> {
  runtime ??= Promise.all([import("vega"), import("vega-lite")]).then(([vega, vegaLite]) => {
    // Text widths decide the layout (axis title offsets, label truncation, the SVG's size). vega
    // measures them with the `canvas` package when it happens to be installed and estimates them
    // otherwise: always estimate, so that the bytes never depend on what else is installed. Its
    // own estimate (0.8 em a character) leaves wide gaps beside labels; sans-serif text averages
    // about 0.5 em, so 0.6 em still leaves room (vl-convert replaces the function the same way).
    const metrics = (vega as unknown as { textMetrics?: { width: unknown } }).textMetrics;
    if (metrics !== undefined) metrics.width = estimateTextWidth;
    return { vega, compile: vegaLite.compile };
  });
  return runtime;
}

/**
 * The width vega gives a text item's text: characters × 0.6 × font size (vega's default font
 * size is 11), truncated to whole pixels like vega's own estimate.
 *
 * @example estimateTextWidth({ fontSize: 10 }, "abcde") // 30
 */
export function estimateTextWidth(item: { readonly fontSize?: number | null }, text: unknown): number {
  const fontSize = item.fontSize === null || item.fontSize === undefined ? 11 : Number(item.fontSize) || 0;
  return Math.trunc(TEXT_EM_PER_CHARACTER * fontSize * (text === null || text === undefined ? 0 : String(text).length));
}

/** What vega and vega-lite warn about while rendering (a dropped field, an unknown property). */
export type FigureWarning = (message: string) => void;

/**
 * Renumbers the SVG's clip-path and gradient ids in order of first appearance, prefixed by the
 * figure's name. vega counts them in module-level counters across every render of the process,
 * so the same figure would otherwise get other ids after other figures; and several SVGs inlined
 * in one HTML page must not share an id.
 *
 * @example renumberSvgIds('<clipPath id="clip7"/><g clip-path="url(#clip7)"/>', "forest") // '<clipPath id="forest-clip1"/><g clip-path="url(#forest-clip1)"/>'
 */
export function renumberSvgIds(svg: string, prefix: string): string {
  const renamed = new Map<string, string>();
  const counts = new Map<string, number>();
  const rename = (id: string, kind: string): string => {
    let name = renamed.get(id);
    if (name === undefined) {
      const count = (counts.get(kind) ?? 0) + 1;
      counts.set(kind, count);
      name = `${prefix}-${kind}${count}`;
      renamed.set(id, name);
    }
    return name;
  };
  return svg.replace(/(id="|url\(#)(clip|gradient_)(\d+)(?=[")])/g, (_, lead: string, kind: string, number: string) => `${lead}${rename(`${kind}${number}`, kind.replace("_", ""))}`);
}

/**
 * Renders a figure's Vega-Lite spec to SVG text (with a final newline). Figures render one at a
 * time (see renderFigureSvgs): the ids are reset before each, and renumbered after.
 */
export async function renderFigureSvg(figure: Figure, onWarning: FigureWarning = () => undefined): Promise<RenderedFigure> {
  const { vega, compile } = await loadVega();
  const logger = vega.logger(vega.Warn, undefined, (_method, _level, args) => onWarning(args.map(String).join(" ")));
  const view = new vega.View(vega.parse(compile(figure.spec, { logger }).spec), { renderer: "none", logger });
  try {
    vega.resetSVGDefIds();
    const svg = await view.toSVG();
    const name = figure.file.slice("figures/".length, -".svg".length);
    return { file: figure.file, content: `${renumberSvgIds(svg, name)}\n` };
  } finally {
    view.finalize();
  }
}

/** Renders figures in order, one after the other. */
export async function renderFigureSvgs(figures: readonly Figure[], onWarning?: FigureWarning): Promise<RenderedFigure[]> {
  const rendered: RenderedFigure[] = [];
  for (const figure of figures) rendered.push(await renderFigureSvg(figure, onWarning));
  return rendered;
}
