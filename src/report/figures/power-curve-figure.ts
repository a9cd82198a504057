import type { TopLevelSpec } from "vega-lite";
import type { PowerCurve, SweepField } from "../../sweep/index.js";
import { figureSlug, type Figure } from "./figure.js";
import { figureFrame, PLOT_HEIGHT, PLOT_WIDTH, seriesColours } from "./figure-style.js";

/** Units of the last part of a swept path, by its suffix (the spec's names carry their unit, STYLE.md §3). */
const SUFFIX_UNITS: readonly (readonly [suffix: string, unit: string])[] = [
  ["n_per_arm", "patients per arm"], ["n_total", "patients"], ["_mg", "mg"], ["_mg_per_kg", "mg/kg"], ["_h", "h"], ["_days", "days"], ["_per_year", "per year"], ["_per_day", "per day"], ["_mg_per_l", "mg/L"],
];

/**
 * The axis title of a swept field: its path, and its unit when the name carries one.
 *
 * @example fieldTitle("arms.active.regimen.dose_mg") // "arms.active.regimen.dose_mg (mg)"
 */
export function fieldTitle(label: string): string {
  const last = label.split(".").pop() ?? label;
  const unit = SUFFIX_UNITS.filter(([suffix]) => last.endsWith(suffix)).sort((a, b) => b[0].length - a[0].length)[0]?.[1];
  return unit === undefined ? label : `${label} (${unit})`;
}

/** One point of a power curve as plotted: the series, the swept value, the power and its ±2 MCSE band. */
export interface PowerPoint {
  readonly series: string;
  readonly value: number;
  readonly power: number;
  readonly lower: number;
  readonly upper: number;
}

/** The power curves of one swept field. */
export interface PowerFigureData {
  readonly field: SweepField;
  readonly series: readonly string[];
  readonly points: readonly PowerPoint[];
  readonly targetPower: number | undefined;
}

/**
 * The power curves of each numeric swept field (see powerCurves), one figure per field: a series
 * per hypothesis and combination of the other fields, each point with power ± 2 MCSE clipped
 * to [0, 1].
 */
export function powerFigureData(fields: readonly SweepField[], curves: readonly PowerCurve[], targetPower: number | undefined): PowerFigureData[] {
  return fields.flatMap((field) => {
    const mine = curves.filter((curve) => curve.field.label === field.label);
    if (mine.length === 0) return [];
    const name = (curve: PowerCurve): string => (curve.others === "" ? curve.hypothesis : `${curve.hypothesis} at ${curve.others}`);
    const points = mine.flatMap((curve) => curve.points.map((point) => ({ series: name(curve), value: point.value, power: point.rate, lower: Math.max(0, point.rate - 2 * point.mcse), upper: Math.min(1, point.rate + 2 * point.mcse) })));
    return [{ field, series: mine.map(name), points, targetPower }];
  });
}

/** A sweep's power-curve figure of one field: power against the swept value, a line per series, ±2 MCSE bars, and the target power. */
export function powerCurveFigure(data: PowerFigureData, context: { replicates: number }): Figure {
  const x = { field: "value", type: "quantitative", title: fieldTitle(data.field.label), scale: { zero: false, padding: 16 } } as const;
  const colour = { field: "series", type: "nominal", title: "primary hypothesis", scale: { domain: [...data.series], range: seriesColours(data.series.length) }, legend: { orient: "bottom", direction: "vertical" } } as const;
  const values = data.points.map((point) => ({ ...point }));
  const spec: TopLevelSpec = {
    ...figureFrame(`Power by ${data.field.label}`, [`Share of ${context.replicates} simulated trials rejecting the primary hypothesis at each point; bars: ± 2 Monte Carlo SE${data.targetPower === undefined ? "" : `; dashed line: target power ${Math.round(100 * data.targetPower)}%`}`]),
    width: PLOT_WIDTH,
    height: PLOT_HEIGHT,
    data: { values },
    layer: [
      { mark: { type: "rule", strokeWidth: 1.5 }, encoding: { x, y: { field: "lower", type: "quantitative" }, y2: { field: "upper" }, color: colour } },
      { mark: { type: "line", point: true, strokeWidth: 2 }, encoding: { x, y: { field: "power", type: "quantitative", title: "power (share of trials rejecting)", scale: { domain: [0, 1] }, axis: { format: ".0%" } }, color: colour } },
      ...(data.targetPower === undefined ? [] : [{ data: { values: [{ target: data.targetPower }] }, mark: { type: "rule" as const, color: "#888888", strokeDash: [6, 4] }, encoding: { y: { field: "target", type: "quantitative" as const } } }]),
    ],
  };
  return { file: `figures/power-${figureSlug(data.field.label)}.svg`, alt: `Power curves by ${data.field.label}`, spec };
}
