import { describe, expect, it } from "vitest";
import type { Figure } from "../../../src/report/figures/figure.js";
import { figureMarkdown, figureSlug } from "../../../src/report/figures/figure.js";
import { figureFrame, wrapText } from "../../../src/report/figures/figure-style.js";
import { estimateTextWidth, renderFigureSvg, renderFigureSvgs, renumberSvgIds } from "../../../src/report/figures/render-figure-svg.js";
import { figuresInOrder, trialFigures } from "../../../src/report/figures/trial-figures.js";
import { runTrial } from "../../../src/trial/index.js";
import { exampleSpecText } from "../../helpers/cli.js";
import { planFromText } from "../../helpers/plan.js";

describe("renumberSvgIds", () => {
  it("renames clip paths and gradients in order of first appearance, prefixed by the figure", () => {
    const svg = '<clipPath id="clip7"/><linearGradient id="gradient_3"/><g clip-path="url(#clip7)"/><clipPath id="clip9"/><g fill="url(#gradient_3)" clip-path="url(#clip9)"/>';
    expect(renumberSvgIds(svg, "forest")).toBe('<clipPath id="forest-clip1"/><linearGradient id="forest-gradient1"/><g clip-path="url(#forest-clip1)"/><clipPath id="forest-clip2"/><g fill="url(#forest-gradient1)" clip-path="url(#forest-clip2)"/>');
  });

  it("leaves an SVG without ids as it is", () => {
    expect(renumberSvgIds('<svg><text>clip1</text></svg>', "x")).toBe("<svg><text>clip1</text></svg>");
  });
});

describe("figure helpers", () => {
  it("estimateTextWidth: 0.6 em a character at the item's font size (vega's default 11)", () => {
    expect(estimateTextWidth({ fontSize: 10 }, "abcde")).toBe(30);
    expect(estimateTextWidth({}, "ab")).toBe(13);
    expect(estimateTextWidth({ fontSize: 12 }, undefined)).toBe(0);
  });

  it("wrapText breaks at spaces, keeps a long word whole", () => {
    expect(wrapText("a bb ccc dddd", 6)).toEqual(["a bb", "ccc", "dddd"]);
    expect(wrapText("", 6)).toEqual([]);
    expect(wrapText("abcdefgh ij", 4)).toEqual(["abcdefgh", "ij"]);
  });

  it("figureSlug and figureMarkdown", () => {
    expect(figureSlug("arms.active.regimen.dose_mg")).toBe("arms.active.regimen.dose_mg");
    expect(figureSlug("a b/c")).toBe("a-b-c");
    expect(figureMarkdown({ file: "figures/x.svg", alt: "A [draft] figure" })).toBe("![A draft figure](figures/x.svg)");
  });
});

/** A figure whose line is clipped to its plot: vega gives it a clip path from its process-wide counter. */
function clippedFigure(name: string): Figure {
  return {
    file: `figures/${name}.svg`,
    alt: name,
    spec: {
      ...figureFrame(`Clipped ${name}`, ["a line running out of its axis"]),
      width: 100,
      height: 60,
      data: { values: [{ x: 0, y: 0 }, { x: 2, y: 5 }] },
      mark: { type: "line", clip: true },
      encoding: { x: { field: "x", type: "quantitative", title: "x (h)", scale: { domain: [0, 1] } }, y: { field: "y", type: "quantitative", title: "y (mg/L)" } },
    },
  };
}

describe("renderFigureSvg", () => {
  it("gives the same bytes whatever was rendered before it in the process (clip ids are per figure)", async () => {
    const first = await renderFigureSvg(clippedFigure("a"));
    await renderFigureSvgs([clippedFigure("b"), clippedFigure("c")]);
    const again = await renderFigureSvg(clippedFigure("a"));
    expect(again.content).toBe(first.content);
    expect(first.content).toContain('<clipPath id="a-clip1">');
    expect(first.content).toContain('clip-path="url(#a-clip1)"');
  });

  it("warnings go to the callback, not the console", async () => {
    const warnings: string[] = [];
    const figure = clippedFigure("w");
    await renderFigureSvg({ ...figure, spec: { ...figure.spec, encoding: { x: { field: "x", type: "quantitative", scale: { type: "log", zero: true } } } } as Figure["spec"] }, (warning) => warnings.push(warning));
    expect(warnings.join("\n")).toMatch(/zero/);
  });
});

describe("every figure of the shipped examples", () => {
  const examples = ["theophylline", "pbc-phase2", "pbc-survival", "pbc-endpoints", "pbc-synthetic-control"];
  const runs = examples.map((name) => ({ name, figures: figuresInOrder(trialFigures(runTrial(planFromText(exampleSpecText(`${name}.yaml`), { replicates: "4" })))) }));

  it.each(runs)("$name: renders without a warning, twice to the same bytes, as an SVG on a white background with its title", async ({ figures }) => {
    const warnings: string[] = [];
    const once = await renderFigureSvgs(figures, (warning) => warnings.push(warning));
    const twice = await renderFigureSvgs([...figures].reverse());
    expect(warnings).toEqual([]);
    expect(twice.reverse()).toEqual(once);
    for (const [index, svg] of once.entries()) {
      expect(svg.file).toBe(figures[index]?.file);
      expect(svg.content).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* width="\d+" height="\d+" viewBox="[^"]+"><rect width="\d+" height="\d+" fill="white"\/>/);
      expect(svg.content.endsWith("</svg>\n")).toBe(true);
      const title = (figures[index]?.spec.title as { text: string }).text.replace(/&/g, "&amp;");
      expect(svg.content).toContain(`>${title}</text>`);
    }
  });

  it("the kinds of figures", () => {
    expect(runs.map(({ name, figures }) => `${name}: ${figures.map((figure) => figure.file.replace(/^figures\/|\.svg$/g, "")).join(", ")}`)).toEqual([
      "theophylline: concentration-time",
      "pbc-phase2: virtual-cohort, concentration-time, exposure-response-albumin_change, forest-albumin_change-mean-difference",
      "pbc-survival: virtual-cohort, kaplan-meier-death_or_transplant, forest-death_or_transplant-log-hazard-ratio",
      "pbc-endpoints: virtual-cohort, concentration-time, exposure-response-albumin_change, exposure-response-admissions, forest-albumin_change-mean-difference, forest-albumin_responder-risk-difference, forest-albumin_responder-log-odds-ratio, forest-admissions-log-rate-ratio",
      "pbc-synthetic-control: virtual-cohort, kaplan-meier-death_or_transplant, forest-death_or_transplant-log-hazard-ratio",
    ]);
  });
});
