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

describe("without sampling times: the model-predicted profile over the first and last dosing intervals (pbc-phase2)", () => {
  const plan = planFromText(exampleSpecText(), { replicates: "1" });
  const { kept } = runTrial(plan);
  const data = concentrationTimeData(plan, kept);
  const [simulation] = kept;

  /** One patient's concentration by direct superposition of the one-compartment oral (Bateman) function over its doses, written out independently of src/pk. */
  function bateman(patient: number, timeH: number): number {
    const parameters = simulation!.parameters!;
    const value = (name: string) => parameters.values[parameters.names.indexOf(name)]![patient]!;
    const ka = value("ka_per_h");
    const k = value("clearance_l_per_h") / value("volume_l");
    const bioavailability = plan.spec.pk!.bioavailability;
    let concentration = 0;
    for (const dose of simulation!.exposure[patient]!.doses) {
      const dt = timeH - dose.timeH;
      if (dt <= 0) continue;
      concentration += ((bioavailability * dose.amountMg * ka) / (value("volume_l") * (ka - k))) * (Math.exp(-k * dt) - Math.exp(-ka * dt));
    }
    return concentration;
  }

  it("is hourly (τ/24) over [0, 24 h] and [last dose, last dose + 24 h] for both dosed arms", () => {
    expect(data?.kind).toBe("predicted");
    expect(data?.stepH).toBe(1);
    expect(data?.arms).toEqual(["50 mg once daily", "200 mg once daily"]);
    const lastDoseH = 83 * 24;
    const expectedTimes = [...Array.from({ length: 25 }, (_, hour) => hour), ...Array.from({ length: 25 }, (_, hour) => lastDoseH + hour)];
    expect(data?.bands.filter((band) => band.arm === "50 mg once daily").map((band) => band.timeH)).toEqual(expectedTimes);
    expect(data?.bands.filter((band) => band.timeH < 24.5).every((band) => band.window === "after the first dose")).toBe(true);
    expect(data?.bands.filter((band) => band.timeH >= lastDoseH).every((band) => band.window === "last dosing interval")).toBe(true);
  });

  it("bands are the type-7 percentiles of every treated patient's Bateman superposition over its doses", () => {
    for (const arm of plan.arms.filter((candidate) => candidate.dosing !== undefined)) {
      const patients = Array.from(simulation!.arm.keys()).filter((patient) => simulation!.arm[patient] === arm.index);
      expect(patients).toHaveLength(60);
      for (const band of data!.bands.filter((candidate) => candidate.arm === arm.label)) {
        const values = patients.map((patient) => bateman(patient, band.timeH));
        expect(band.count).toBe(60);
        for (const [actual, probability] of [[band.lowerMgPerL, 0.05], [band.medianMgPerL, 0.5], [band.upperMgPerL, 0.95]] as const) {
          const expected = rQuantile(values, probability);
          expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-12 + 1e-9 * Math.abs(expected));
        }
      }
    }
  });

  it("the figure has one panel per window, each with its own time axis", () => {
    const figure = concentrationTimeFigure(data!, { replicates: 1 });
    expect(figure.spec).toMatchObject({ facet: { column: { field: "window", sort: ["after the first dose", "last dosing interval"] } }, resolve: { scale: { x: "independent" } } });
    expect(JSON.stringify(figure.spec.title)).toContain("Model-predicted concentrations (no residual error, every 1 h)");
  });
});

describe("runs without a concentration–time figure", () => {
  it("no PK model (power-check)", () => {
    const plan = planFromText(exampleSpecText("power-check.yaml"), { replicates: "1" });
    expect(concentrationTimeData(plan, runTrial(plan).kept)).toBeUndefined();
  });

  it("outputs.keep_replicates 0", () => {
    const plan = planFromText(editedSpecText("theophylline.yaml", [[["outputs", "keep_replicates"], 0]]), { replicates: "1" });
    expect(concentrationTimeData(plan, runTrial(plan).kept)).toBeUndefined();
  });
});
