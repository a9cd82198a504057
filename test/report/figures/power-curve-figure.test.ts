import { describe, expect, it } from "vitest";
import { fieldTitle, powerCurveFigure, powerFigureData } from "../../../src/report/figures/power-curve-figure.js";
import type { PowerCurve, SweepField } from "../../../src/sweep/index.js";
import { axisTitles, layersOf } from "./figure-spec-helpers.js";

const N: SweepField = { label: "population.n_per_arm", path: ["population", "n_per_arm"], values: [40, 60, 80] };
const DOSE: SweepField = { label: "arms.high.regimen.dose_mg", path: ["arms", "high", "regimen", "dose_mg"], values: [100, 200] };

describe("fieldTitle", () => {
  it("names the unit its suffix carries", () => {
    expect(fieldTitle("population.n_per_arm")).toBe("population.n_per_arm (patients per arm)");
    expect(fieldTitle("arms.high.regimen.dose_mg")).toBe("arms.high.regimen.dose_mg (mg)");
    expect(fieldTitle("arms.high.regimen.dose_mg_per_kg")).toBe("arms.high.regimen.dose_mg_per_kg (mg/kg)");
    expect(fieldTitle("arms.high.regimen.interval_h")).toBe("arms.high.regimen.interval_h (h)");
    expect(fieldTitle("trial.duration_days")).toBe("trial.duration_days (days)");
  });

  it("leaves a field without a unit suffix as it is", () => {
    expect(fieldTitle("trial.alpha")).toBe("trial.alpha");
  });
});

describe("powerFigureData", () => {
  const curve = (field: SweepField, others: string, points: PowerCurve["points"]): PowerCurve => ({ field, others, hypothesis: "albumin_change high vs placebo, welch", points });
  const curves = [
    curve(N, "arms.high.regimen.dose_mg=100", [{ value: 40, rate: 0.5, mcse: 0.05 }, { value: 60, rate: 0.99, mcse: 0.01 }]),
    curve(N, "arms.high.regimen.dose_mg=200", [{ value: 40, rate: 0.02, mcse: 0.02 }]),
    curve(DOSE, "population.n_per_arm=40", [{ value: 100, rate: 0.5, mcse: 0.05 }]),
  ];

  it("one figure per field, a series per hypothesis and other fields' values, power ± 2 MCSE clipped to [0, 1]", () => {
    const [byN, byDose] = powerFigureData([N, DOSE], curves, 0.8);
    expect(byN?.series).toEqual(["albumin_change high vs placebo, welch at arms.high.regimen.dose_mg=100", "albumin_change high vs placebo, welch at arms.high.regimen.dose_mg=200"]);
    expect(byN?.points.map((point) => [point.value, point.power, Number(point.lower.toFixed(12)), Number(point.upper.toFixed(12))])).toEqual([[40, 0.5, 0.4, 0.6], [60, 0.99, 0.97, 1], [40, 0.02, 0, 0.06]]);
    expect(byDose?.field).toBe(DOSE);
    expect(byN?.targetPower).toBe(0.8);
  });

  it("a field without curves (non-numeric values) has no figure", () => {
    const word: SweepField = { label: "analysis.estimand", path: ["analysis", "estimand"], values: ["composite", "hypothetical"] };
    expect(powerFigureData([word], curves, undefined)).toEqual([]);
  });

  it("the figure: power axis 0–100%, the field with its unit, a dashed target line", () => {
    const [byN] = powerFigureData([N], curves, 0.8);
    const figure = powerCurveFigure(byN ?? { field: N, series: [], points: [], targetPower: undefined }, { replicates: 200 });
    expect(figure.file).toBe("figures/power-population.n_per_arm.svg");
    expect(axisTitles(figure.spec)).toEqual(expect.arrayContaining(["population.n_per_arm (patients per arm)", "power (share of trials rejecting)"]));
    expect(layersOf(figure.spec).at(-1)?.mark).toMatchObject({ type: "rule", strokeDash: [6, 4] });
  });
});
