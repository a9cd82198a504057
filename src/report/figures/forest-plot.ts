import type { TopLevelSpec } from "vega-lite";
import type { Endpoint } from "../../spec/schema.js";
import { normalQuantile } from "../../stats/index.js";
import type { DesignResult, EffectMeasure, EfficacySummary, TrialPlan } from "../../trial/index.js";
import { METHOD_NAMES, MEASURE_NAMES } from "../analysis-names.js";
import { figureSlug, type Figure } from "./figure.js";
import { figureFrame, PLOT_WIDTH, seriesColours } from "./figure-style.js";

/** The design column of summary.csv for the arms' own trial. */
const OWN_TRIAL = "rct";

/** One row of a forest plot: an analysis of one comparison in one design, over every simulated trial. */
export interface ForestRow {
  /** summary.csv's design ("rct": the arms' own trial). */
  readonly design: string;
  readonly designLabel: string;
  readonly treatmentArm: string;
  readonly controlArm: string;
  readonly method: string;
  readonly primary: boolean;
  /** On the scale the report shows: ratios as ratios (exp of summary.csv's log), differences as they are. */
  readonly meanEstimate: number;
  /** mean ± z·empirical SE on the stored scale, then shown: where the middle of the estimates falls (normal approximation). */
  readonly lower: number;
  readonly upper: number;
  readonly trueEffect: number;
}

/** The forest plot of one endpoint and effect measure. */
export interface ForestData {
  readonly endpoint: string;
  readonly label: string;
  readonly measure: EffectMeasure;
  readonly unit: string | undefined;
  readonly confidenceLevel: number;
  readonly hasDesigns: boolean;
  readonly rows: readonly ForestRow[];
}

function forestRow(summary: EfficacySummary, design: { id: string; label: string }, z: number): ForestRow {
  const c = summary.characteristics;
  const shown = (value: number): number => (MEASURE_NAMES[summary.measure].ratio ? Math.exp(value) : value);
  const spread = z * c.empiricalSe;
  return {
    design: design.id, designLabel: design.label, treatmentArm: summary.treatmentArm, controlArm: summary.controlArm, method: summary.method, primary: summary.primary,
    meanEstimate: shown(c.meanEstimate), lower: shown(c.meanEstimate - spread), upper: shown(c.meanEstimate + spread), trueEffect: shown(c.meanTrueEffect),
  };
}

/**
 * The forest plots of a run, one per endpoint and effect measure: every analysis of every
 * comparison of the arms' own trial (summary.csv's design "rct") and of each design with the
 * spec's drug effect (its null run, whose true effect is 0, is left out), in summary.csv's order.
 */
export function forestData(plan: TrialPlan, summaries: readonly EfficacySummary[], designs: readonly DesignResult[] | undefined): ForestData[] {
  const level = plan.spec.analysis.confidence_level;
  const z = normalQuantile((1 + level) / 2);
  const sources = [
    ...summaries.map((summary) => ({ summary, design: { id: OWN_TRIAL, label: "trial arms (rct)" } })),
    ...(designs ?? []).flatMap((result) => result.alternative.map((summary) => ({ summary, design: { id: result.entry.design.id, label: result.entry.design.label ?? result.entry.design.id } }))),
  ];
  return plan.spec.endpoints.flatMap((endpoint: Endpoint) => {
    const mine = sources.filter(({ summary }) => summary.endpoint === endpoint.id);
    const measures = [...new Set(mine.map(({ summary }) => summary.measure))];
    return measures.map((measure) => ({
      endpoint: endpoint.id, label: endpoint.label ?? endpoint.id, measure, unit: endpoint.unit, confidenceLevel: level, hasDesigns: designs !== undefined,
      rows: mine.filter(({ summary }) => summary.measure === measure).map(({ summary, design }) => forestRow(summary, design, z)),
    }));
  });
}

/** The x axis title: what the effect is, which way, and its unit or scale. */
function effectTitle(data: ForestData): string {
  const measure = MEASURE_NAMES[data.measure];
  if (measure.ratio) return `${measure.shown}, drug / control (log scale)`;
  if (data.measure === "risk-difference") return `${measure.shown}, drug − control (proportion)`;
  return `${measure.shown}, drug − control${data.unit === undefined ? "" : ` (${data.unit})`}`;
}

function rowLabel(row: ForestRow, hasDesigns: boolean): string {
  const analysis = `${row.treatmentArm} vs ${row.controlArm}, ${METHOD_NAMES[row.method as keyof typeof METHOD_NAMES]?.name ?? row.method}${row.primary ? " (primary)" : ""}`;
  return hasDesigns ? `${row.designLabel}: ${analysis}` : analysis;
}

/** A number for the plot, null where it is not finite (vega drops the mark). */
function plotted(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

/** The forest plot: per row the mean estimate (circle) and the spread of the estimates (bar), the true effect (diamond) and the no-effect line. */
export function forestFigure(data: ForestData, context: { replicates: number }): Figure {
  const ratio = MEASURE_NAMES[data.measure].ratio;
  const groups = data.hasDesigns ? [...new Set(data.rows.map((row) => row.designLabel))] : [...new Set(data.rows.map((row) => row.treatmentArm))];
  const values = data.rows.map((row) => ({ row: rowLabel(row, data.hasDesigns), group: data.hasDesigns ? row.designLabel : row.treatmentArm, estimate: plotted(row.meanEstimate), lower: plotted(row.lower), upper: plotted(row.upper), truth: plotted(row.trueEffect) }));
  const percent = `${Math.round(100 * data.confidenceLevel)}%`;
  const x = { type: "quantitative", title: effectTitle(data), scale: ratio ? { type: "log" as const, nice: false, padding: 12 } : { zero: false, padding: 12 } } as const;
  const y = { field: "row", type: "nominal", title: null, sort: null, axis: { labelLimit: 1000 } } as const;
  const colour = { field: "group", type: "nominal", title: data.hasDesigns ? "design" : "drug arm", scale: { domain: groups, range: seriesColours(groups.length) }, legend: { orient: "bottom", direction: "vertical", labelLimit: 1000 } } as const;
  const spec: TopLevelSpec = {
    ...figureFrame(`Effects over ${context.replicates} simulated trials: ${data.label}`, [`Circle: mean estimate; bar: mean ± ${normalQuantileText(data.confidenceLevel)} empirical SE (where the middle ${percent} of the trials' estimates fall); diamond: mean true effect`]),
    width: PLOT_WIDTH,
    height: { step: 26 },
    data: { values },
    layer: [
      { data: { values: [{ reference: ratio ? 1 : 0 }] }, mark: { type: "rule", color: "#888888", strokeDash: [4, 4] }, encoding: { x: { ...x, field: "reference" } } },
      { mark: { type: "rule", strokeWidth: 2 }, encoding: { x: { ...x, field: "lower" }, x2: { field: "upper" }, y, color: colour } },
      { mark: { type: "point", filled: true, size: 70, opacity: 1 }, encoding: { x: { ...x, field: "estimate" }, y, color: colour } },
      { mark: { type: "point", shape: "diamond", filled: false, size: 90, color: "#222222", strokeWidth: 1.5 }, encoding: { x: { ...x, field: "truth" }, y } },
    ],
  };
  return { file: `figures/forest-${figureSlug(data.endpoint)}-${data.measure}.svg`, alt: `Forest plot of ${data.label} (${MEASURE_NAMES[data.measure].shown}) over the simulated trials, by comparison${data.hasDesigns ? " and design" : ""}`, spec };
}

/** z of a two-sided level, for the subtitle: "1.96" at 95%. */
function normalQuantileText(level: number): string {
  return String(Number(normalQuantile((1 + level) / 2).toFixed(2)));
}
