import type { EfficacySummary, FamilySummary } from "../trial/index.js";
import { powerCurves, targetReached, type PointPowers, type PowerCurve, type SweepField, type SweepPoint, type TargetReached } from "../sweep/index.js";
import { renderCsv, type CsvCell } from "./render-csv.js";
import { formatFixed, formatPercent, formatSignificant, renderMarkdownTable } from "./markdown-table.js";
import { SUMMARY_COLUMNS, summaryRows, type DesignRowsSource } from "./render-summary.js";

/** One point's run, as summary.csv and sweep.md read it. */
export interface SweepPointRun {
  readonly point: SweepPoint;
  readonly summary: readonly EfficacySummary[];
  readonly family: FamilySummary | undefined;
  /** The designs' results, as far as summary.csv and sweep.md read them (plain data: a sweep shard stores it). */
  readonly designs: readonly DesignRowsSource[] | undefined;
}

/** The plain part of a point's run that the sweep's outputs read: what a sweep shard stores. */
export function plainPointRun(run: SweepPointRun): SweepPointRun {
  return { point: run.point, summary: run.summary, family: run.family, designs: run.designs?.map((design) => ({ entry: { design: { id: design.entry.design.id } }, alternative: design.alternative, nullRun: design.nullRun })) };
}

/** What sweep.md says about the run as a whole. */
export interface SweepReportContext {
  readonly trialId: string;
  readonly title: string;
  readonly seed: number;
  readonly replicates: number;
  readonly specFile: string;
  readonly targetPower: number | undefined;
  readonly failUnderPower: number | undefined;
}

/** summary.csv of a sweep: the point number and each varied field's value, then summary.csv's columns, for every point. */
export function renderSweepSummary(fields: readonly SweepField[], runs: readonly SweepPointRun[]): string {
  const rows: CsvCell[][] = runs.flatMap((run) => summaryRows(run.summary, run.family, run.designs ?? []).map((row) => [run.point.index, ...run.point.values, ...row]));
  return renderCsv(["point", ...fields.map((field) => field.label), ...SUMMARY_COLUMNS], rows);
}

/** The primary hypotheses' powers (or type I errors) of a point: the arms' own trial, then each design. */
export function pointPowers(run: SweepPointRun): PointPowers {
  const comparison = (summary: EfficacySummary): string => `${summary.treatmentArm} vs ${summary.controlArm}`;
  const row = (summary: EfficacySummary, design: string) => ({ design, endpoint: summary.endpoint, comparison: comparison(summary), method: summary.method, quantity: summary.isNull ? "type_i_error" : "power", rate: summary.characteristics.rejectionRate, mcse: summary.characteristics.rejectionRateMcse });
  const own = run.summary.filter((summary) => summary.primary).map((summary) => row(summary, "rct"));
  const designs = (run.designs ?? []).flatMap((design) => [...design.alternative, ...(design.nullRun ?? [])].filter((summary) => summary.primary).map((summary) => row(summary, design.entry.design.id)));
  return { point: run.point, powers: [...own, ...designs] };
}

/** A swept value for reading: as written for up to 6 significant digits. */
function formatValue(value: number): string {
  return String(Number(value.toPrecision(6)));
}

/** A Monte Carlo standard error of a proportion, in percentage points. */
function formatMcse(mcse: number): string {
  return formatFixed(100 * mcse, 1);
}

/** A bar of 20 cells for a proportion, for reading a curve down a table. */
function bar(rate: number): string {
  const filled = Number.isFinite(rate) ? Math.round(20 * Math.min(1, Math.max(0, rate))) : 0;
  return `\`${"█".repeat(filled)}${"·".repeat(20 - filled)}\``;
}

function curveSection(curve: PowerCurve): string {
  const title = `**${curve.hypothesis}**${curve.others === "" ? "" : ` at ${curve.others}`}`;
  const rows = curve.points.map((point) => [formatValue(point.value), formatPercent(point.rate), formatMcse(point.mcse), bar(point.rate)]);
  return `${title}\n\n${renderMarkdownTable([curve.field.label, "power", "MCSE (pp)", "0 ──────────── 100%"], rows, [0, 1, 2])}`;
}

function targetRow(reached: TargetReached): string[] {
  const { smallest, crossing } = reached;
  const band = Number.isNaN(crossing.lower) && Number.isNaN(crossing.upper) ? "" : ` (${Number.isNaN(crossing.lower) ? "?" : formatSignificant(crossing.lower, 4)}–${Number.isNaN(crossing.upper) ? "beyond the grid" : formatSignificant(crossing.upper, 4)})`;
  return [
    reached.curve.field.label,
    reached.curve.hypothesis,
    reached.curve.others === "" ? "—" : reached.curve.others,
    smallest === undefined ? "not reached" : formatValue(smallest.value),
    smallest === undefined ? "—" : `${formatPercent(smallest.rate)} ± ${formatMcse(smallest.mcse)}`,
    Number.isNaN(crossing.estimate) ? "—" : `${formatSignificant(crossing.estimate, 4)}${band}`,
  ];
}

/** Where each curve reaches the target. */
export function targetsReached(fields: readonly SweepField[], runs: readonly SweepPointRun[], target: number): TargetReached[] {
  return powerCurves(fields, runs.map(pointPowers)).map((curve) => targetReached(curve, target));
}

/**
 * sweep.md: what was varied, the primary hypotheses' power at every point, a power curve per
 * numeric field (other fields fixed), and, with a target power, where each curve reaches it.
 * `figures`: the Markdown of the power-curve figures, shown above the curves' tables.
 */
export function renderSweepReport(fields: readonly SweepField[], runs: readonly SweepPointRun[], context: SweepReportContext, figures: readonly string[] = []): string {
  const powers = runs.map(pointPowers);
  const lines = [
    `# Sweep: ${context.title}`,
    "",
    `Spec \`${context.specFile}\` (trial \`${context.trialId}\`), seed ${context.seed}, ${context.replicates} replicates at each of ${runs.length} points. Every point draws the same virtual patients for the same replicate (common random numbers), so differences between points are the effect of the varied fields, not of new patients.`,
    "",
    renderMarkdownTable(["field", "values"], fields.map((field) => [`\`${field.label}\``, field.values.map(String).join(", ")])),
    "",
    "## Primary hypotheses at each point",
    "",
    renderMarkdownTable(
      ["point", ...fields.map((field) => field.label), "hypothesis", "quantity", "rate", "MCSE (pp)"],
      powers.flatMap(({ point, powers: rows }) => rows.map((power) => [String(point.index), ...point.values.map(String), `${power.design === "rct" ? "" : `${power.design}: `}${power.endpoint} ${power.comparison}, ${power.method}`, power.quantity === "power" ? "power" : "type I error", formatPercent(power.rate), formatMcse(power.mcse)])),
      [0, ...fields.map((_, at) => at + 1), fields.length + 3, fields.length + 4],
    ),
  ];
  const curves = powerCurves(fields, powers);
  if (curves.length > 0) {
    lines.push("", "## Power curves", "", "One curve per numeric field, hypothesis and combination of the other fields; MCSE is the Monte Carlo standard error √(p(1 − p)/R).");
    for (const figure of figures) lines.push("", figure);
    for (const curve of curves) lines.push("", curveSection(curve));
  }
  if (context.targetPower !== undefined && curves.length > 0) {
    lines.push("", `## Target power ${formatPercent(context.targetPower)}`, "", "The smallest swept value whose estimated power reaches the target, and where the curve crosses it by linear interpolation, with the crossings of power ± 2 MCSE in brackets (the Monte Carlo uncertainty of the crossing).", "");
    lines.push(renderMarkdownTable(["field", "hypothesis", "other fields", "smallest value reaching it", "power there ± MCSE (pp)", "crossing"], curves.map((curve) => targetRow(targetReached(curve, context.targetPower as number)))));
  }
  if (context.failUnderPower !== undefined) {
    const below = powers.flatMap(({ point, powers: rows }) => rows.filter((power) => power.quantity === "power" && power.rate < (context.failUnderPower as number)).map(() => point.index));
    lines.push("", `## Required power ${formatPercent(context.failUnderPower)}`, "", below.length === 0 ? "Every primary hypothesis reaches it at every point." : `Not met at point${new Set(below).size === 1 ? "" : "s"} ${[...new Set(below)].join(", ")}: the sweep exits with code 4.`);
  }
  return `${lines.join("\n")}\n`;
}
