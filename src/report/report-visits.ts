import type { TrialPlan, VisitSummary } from "../trial/index.js";
import { formatNumber } from "./format-number.js";
import { formatSignificant, renderMarkdownTable } from "./markdown-table.js";

/**
 * The "Endpoints by visit" section: mean change from baseline by arm at every visit, over
 * all simulated trials — the time course a trial designer reads before the analysis. Only
 * for endpoints measured at more than one visit.
 */
export function renderVisitSection(plan: TrialPlan, summaries: readonly VisitSummary[]): string | undefined {
  const tables = plan.endpoints
    .filter((endpointPlan) => endpointPlan.visitDays.length > 1)
    .map(({ endpoint, visitDays }) => {
      const header = ["arm", ...visitDays.map((day) => `day ${formatNumber(day)}`)];
      const rows = plan.arms.map((arm) => [arm.id, ...visitDays.map((day) => formatSignificant(summaries.find((summary) => summary.endpoint === endpoint.id && summary.arm === arm.id && summary.visitDay === day)?.meanChange ?? Number.NaN, 3))]);
      return `**${endpoint.label ?? endpoint.id}**${endpoint.unit === undefined ? "" : ` (${endpoint.unit})`}\n\n${renderMarkdownTable(header, rows, visitDays.map((_, index) => index + 1))}`;
    });
  if (tables.length === 0) return undefined;
  return ["## Endpoints by visit", "", `Mean change from baseline over all ${plan.spec.trial.replicates} simulated trials (every patient at every visit: visits.csv for the kept trials).`, "", tables.join("\n\n")].join("\n");
}
