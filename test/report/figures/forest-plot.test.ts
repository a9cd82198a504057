import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { forestData, forestFigure, type ForestData } from "../../../src/report/figures/forest-plot.js";
import { renderSummary } from "../../../src/report/render-summary.js";
import { runTrial } from "../../../src/trial/index.js";
import { exampleSpecText } from "../../helpers/cli.js";
import { planFromText } from "../../helpers/plan.js";
import { axisTitles, layersOf } from "./figure-spec-helpers.js";

type Row = Record<string, string>;
const RATIOS = new Set(["log-odds-ratio", "log-risk-ratio", "log-hazard-ratio", "log-rate-ratio"]);
/** z of a two-sided 95% interval: R 4.4 qnorm(0.975) = 1.959963985. */
const Z_95 = 1.959963985;

/** Checks a run's forest rows against its summary.csv, row by row, recomputing the interval from mean_estimate and empirical_se. */
function expectRowsOfSummary(forests: readonly ForestData[], summaryCsv: string): void {
  const summary = (parse(summaryCsv, { columns: true }) as Row[]).filter((row) => row.endpoint !== "(family)" && (row.design === "rct" || row.quantity === "power"));
  const rows = forests.flatMap((forest) => forest.rows.map((row) => ({ forest, row })));
  expect(rows).toHaveLength(summary.length);
  // summary.csv is in spec order of endpoints only within each design: match each row by its keys.
  for (const expected of summary) {
    const match = rows.find(({ forest, row }) => forest.endpoint === expected.endpoint && forest.measure === expected.measure && row.design === expected.design && row.treatmentArm === expected.treatment_arm && row.method === expected.method);
    expect(match, JSON.stringify(expected)).toBeDefined();
    const shown = (value: number): number => (RATIOS.has(expected.measure as string) ? Math.exp(value) : value);
    const mean = Number(expected.mean_estimate);
    const spread = Z_95 * Number(expected.empirical_se);
    // summary.csv writes 10 significant digits.
    expect(match?.row.meanEstimate).toBeCloseTo(shown(mean), 8);
    expect(match?.row.trueEffect).toBeCloseTo(shown(Number(expected.true_effect)), 8);
    expect(match?.row.lower).toBeCloseTo(shown(mean - spread), 7);
    expect(match?.row.upper).toBeCloseTo(shown(mean + spread), 7);
    expect(match?.row.primary).toBe(expected.primary === "true");
  }
}

describe("forestData (pbc-endpoints, 4 trials): one forest per endpoint and measure, rows equal to summary.csv's estimates", () => {
  const plan = planFromText(exampleSpecText("pbc-endpoints.yaml"), { replicates: "4" });
  const result = runTrial(plan);
  const forests = forestData(plan, result.summary, result.designs);

  it("splits an endpoint analysed as a difference and as a ratio into two forests", () => {
    const keys = forests.map((forest) => `${forest.endpoint} ${forest.measure}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const forest of forests) expect(new Set(forest.rows.map((row) => `${row.treatmentArm} ${row.method}`)).size).toBe(forest.rows.length);
  });

  it("rows", () => {
    expectRowsOfSummary(forests, renderSummary(result.summary, result.family, result.designs));
  });

  it("a ratio's axis is logarithmic and labelled as the ratio; a difference's carries the endpoint's unit", () => {
    const ratio = forests.find((forest) => RATIOS.has(forest.measure));
    const difference = forests.find((forest) => forest.measure === "mean-difference");
    expect(axisTitles(forestFigure(ratio as ForestData, { replicates: 4 }).spec)[0]).toMatch(/ratio, drug \/ control \(log scale\)$/);
    expect(layersOf(forestFigure(ratio as ForestData, { replicates: 4 }).spec)[0]?.encoding?.x?.scale).toMatchObject({ type: "log" });
    const endpoint = plan.spec.endpoints.find((entry) => entry.id === difference?.endpoint);
    expect(axisTitles(forestFigure(difference as ForestData, { replicates: 4 }).spec)[0]).toBe(`difference in means, drug − control (${endpoint?.unit})`);
  });
});

describe("forestData with designs (pbc-synthetic-control, 2 trials)", () => {
  const plan = planFromText(exampleSpecText("pbc-synthetic-control.yaml"), { replicates: "2" });
  const result = runTrial(plan);
  const forests = forestData(plan, result.summary, result.designs);

  it("rows of the arms' own trial and of each design with the drug effect (not the null runs), equal to summary.csv", () => {
    expect(forests.map((forest) => forest.hasDesigns)).toEqual([true]);
    expect([...new Set(forests[0]?.rows.map((row) => row.design))]).toEqual(["rct", ...(plan.spec.designs?.candidates ?? []).map((design) => design.id)]);
    expectRowsOfSummary(forests, renderSummary(result.summary, result.family, result.designs));
  });

  it("the legend is the designs'", () => {
    const figure = forestFigure(forests[0] as ForestData, { replicates: 2 });
    const point = layersOf(figure.spec).find((layer) => (layer.mark as { type?: string }).type === "point" && layer.encoding?.color !== undefined);
    expect(point?.encoding?.color).toMatchObject({ title: "design" });
    expect(figure.file).toBe("figures/forest-death_or_transplant-log-hazard-ratio.svg");
  });
});
