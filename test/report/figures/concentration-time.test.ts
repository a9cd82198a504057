import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { concentrationTimeData, concentrationTimeFigure, OBSERVED_LABEL, percentileBand } from "../../../src/report/figures/concentration-time.js";
import { renderConcentrations } from "../../../src/report/render-concentrations.js";
import { runTrial } from "../../../src/trial/index.js";
import { exampleSpecText } from "../../helpers/cli.js";
import { editedSpecText, planFromText } from "../../helpers/plan.js";
import { axisTitles, layersOf } from "./figure-spec-helpers.js";

/** R's type 7 quantile, written out independently of src/stats: x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]), h = (n − 1)p (0-based). */
function rQuantile(values: readonly number[], probability: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * probability;
  const low = Math.floor(h);
  return (sorted[low] as number) + (h - low) * ((sorted[Math.min(low + 1, sorted.length - 1)] as number) - (sorted[low] as number));
}

describe("percentileBand", () => {
  it("one value: every percentile is that value", () => {
    expect(percentileBand([4])).toEqual([4, 4, 4]);
  });

  it("known values", () => {
    // R 4.4: quantile(1:5, c(0.05, 0.5, 0.95)) = 1.2, 3, 4.8
    expect(percentileBand([5, 3, 1, 4, 2])).toEqual([1.2, 3, 4.8]);
    // R 4.4: quantile(c(0, 10), c(0.05, 0.5, 0.95)) = 0.5, 5, 9.5
    const [lower, median, upper] = percentileBand([10, 0]);
    expect(lower).toBeCloseTo(0.5, 12);
    expect(median).toBe(5);
    expect(upper).toBeCloseTo(9.5, 12);
  });
});

describe("concentrationTimeData (theophylline, 3 trials, 2 kept)", () => {
  const plan = planFromText(editedSpecText("theophylline.yaml", [[["outputs", "keep_replicates"], 2]]), { replicates: "3" });
  const result = runTrial(plan);
  const data = concentrationTimeData(plan, result.kept);

  it("bands are the percentiles of concentrations.csv's observed values per arm and time", () => {
    const rows = parse(renderConcentrations(plan, result.kept), { columns: true }) as Record<string, string>[];
    expect(data?.arms).toEqual(["Theophylline, one oral dose"]);
    expect(data?.bands.map((band) => band.timeH)).toEqual(Array.from(plan.samplingTimesH));
    for (const band of data?.bands ?? []) {
      // concentrations.csv writes 10 significant digits: the percentiles agree to that.
      const values = rows.filter((row) => Number(row.time_h) === band.timeH).map((row) => Number(row.observed_mg_per_l));
      expect(band.count).toBe(24);
      expect(values).toHaveLength(24);
      expect(band.lowerMgPerL).toBeCloseTo(rQuantile(values, 0.05), 8);
      expect(band.medianMgPerL).toBeCloseTo(rQuantile(values, 0.5), 8);
      expect(band.upperMgPerL).toBeCloseTo(rQuantile(values, 0.95), 8);
      expect(band.lowerMgPerL).toBeLessThanOrEqual(band.medianMgPerL);
      expect(band.medianMgPerL).toBeLessThanOrEqual(band.upperMgPerL);
    }
  });

  it("the observed points are the cohort's measured concentrations (cohorts/theoph.csv: 12 subjects × 11 samples)", () => {
    expect(data?.observed).toHaveLength(132);
    expect(data?.observed[0]).toEqual({ timeH: 0, concentrationMgPerL: 0.74 });
  });

  it("the figure has a title, axis titles with units, a legend with the arm and the real patients, and a white background", () => {
    const figure = concentrationTimeFigure(data ?? { arms: [], bands: [], observed: [] }, { replicates: 2 });
    expect(figure.file).toBe("figures/concentration-time.svg");
    expect(figure.spec.title).toMatchObject({ text: "Concentration–time by arm" });
    expect(axisTitles(figure.spec)).toEqual(expect.arrayContaining(["time after the first dose (h)", "concentration (mg/L)"]));
    expect(layersOf(figure.spec)[0]?.encoding?.color).toMatchObject({ scale: { domain: ["Theophylline, one oral dose", OBSERVED_LABEL] } });
    expect(figure.spec.config?.background).toBe("white");
  });
});

describe("runs without sampled concentrations have no concentration–time figure", () => {
  it("no sampling times (pbc-phase2)", () => {
    const plan = planFromText(exampleSpecText(), { replicates: "1" });
    expect(concentrationTimeData(plan, runTrial(plan).kept)).toBeUndefined();
  });

  it("outputs.keep_replicates 0", () => {
    const plan = planFromText(editedSpecText("theophylline.yaml", [[["outputs", "keep_replicates"], 0]]), { replicates: "1" });
    expect(concentrationTimeData(plan, runTrial(plan).kept)).toBeUndefined();
  });
});
