import type { TrialPlan, VpcResult } from "../trial/index.js";
import { formatNumber } from "./format-number.js";
import { formatPercent, formatSignificant, renderMarkdownTable } from "./markdown-table.js";
import { renderCsv, type CsvCell } from "./render-csv.js";

const PERCENTILE_NAMES = ["lower", "median", "upper"] as const;

/** vpc.csv: one row per time bin: observed and simulated percentiles (with 95% intervals over replicates). */
export function renderVpcCsv(result: VpcResult): string {
  const columns = [
    "bin", "from_h", "to_h", "median_time_h", "observed_n",
    ...PERCENTILE_NAMES.map((name) => `observed_${name}`),
    ...PERCENTILE_NAMES.flatMap((name) => [`simulated_${name}`, `simulated_${name}_ci_lower`, `simulated_${name}_ci_upper`]),
    "observed_inside_band",
  ];
  const rows = result.bins.map((bin, index): CsvCell[] => [
    index + 1, bin.fromH, bin.toH, bin.medianTimeH, bin.observedCount,
    ...bin.observed,
    ...bin.simulated.flatMap((percentile) => [percentile.median, percentile.lower, percentile.upper]),
    bin.insideBand,
  ]);
  return renderCsv(columns, rows);
}

/** vpc.md: the check as a pharmacometrician reads it, bin by bin, with the share of observations inside the band. */
export function renderVpcReport(plan: TrialPlan, result: VpcResult, context: { toolVersion: string }): string {
  const [low, , high] = result.probabilities.map((probability) => formatNumber(100 * probability));
  const share = result.insideBand / result.observedCount;
  const rows = result.bins.map((bin, index) => [
    String(index + 1), `${formatSignificant(bin.fromH, 3)}–${formatSignificant(bin.toH, 3)}`, String(bin.observedCount),
    ...bin.observed.map((_, which) => `${formatSignificant(bin.observed[which] ?? Number.NaN, 3)} / ${formatSignificant(bin.simulated[which]?.median ?? Number.NaN, 3)} [${formatSignificant(bin.simulated[which]?.lower ?? Number.NaN, 3)}, ${formatSignificant(bin.simulated[which]?.upper ?? Number.NaN, 3)}]`),
    `${bin.insideBand}/${bin.observedCount}`,
  ]);
  const header = ["bin", "time (h)", "n", `P${low} observed / simulated [95% CI]`, "P50 observed / simulated [95% CI]", `P${high} observed / simulated [95% CI]`, "inside band"];
  return [
    `# Visual predictive check: ${plan.spec.trial.title}`,
    "",
    `twin-trial ${context.toolVersion}; ${result.replicates} simulated replicates of the study's own design (the same patients, doses and sampling times; new random effects and residual errors), seed ${plan.spec.trial.seed}.`,
    "",
    `**${result.insideBand} of ${result.observedCount} observed concentrations (${formatPercent(share)}) lie inside the simulated ${formatNumber(100 * (result.probabilities[2] - result.probabilities[0]))}% prediction band** (per bin, from the median simulated ${low}th to the median simulated ${high}th percentile); a well-specified model puts about ${formatNumber(100 * (result.probabilities[2] - result.probabilities[0]))}% there.`,
    "",
    "Concentrations in mg/L. Bins hold equal numbers of observations, in time order.",
    "",
    renderMarkdownTable(header, rows, [2]),
    "",
  ].join("\n");
}
