import type { Endpoint } from "../spec/schema.js";
import { observedSurvivalByArm, simulatedSurvivalByArm, survivalPoint, type ArmSurvival, type ReplicateSimulation, type TimeToEventOutcome, type TrialPlan } from "../trial/index.js";
import { formatFixed, formatPValue, renderMarkdownTable } from "./markdown-table.js";

const DAYS_PER_YEAR = 365.25;
const MAX_LANDMARKS = 10;

/** Whole years up to the longest follow-up, at most 10 rows (every k-th year beyond). */
function landmarkYears(arms: readonly ArmSurvival[]): number[] {
  const longest = Math.max(0, ...arms.map((arm) => arm.curve.times[arm.curve.times.length - 1] ?? 0));
  const years = Math.floor(longest / DAYS_PER_YEAR);
  const step = Math.max(1, Math.ceil(years / MAX_LANDMARKS));
  return Array.from({ length: Math.floor(years / step) }, (_, index) => (index + 1) * step);
}

function pointText(arm: ArmSurvival, days: number, level: number): string {
  const point = survivalPoint(arm, days, level);
  // Past the last follow-up nobody is at risk: the curve is not estimated there (R's summary.survfit omits it).
  if (point.atRisk === 0) return "—";
  return `${formatFixed(point.survival, 3)} (${formatFixed(point.ciLower, 3)}, ${formatFixed(point.ciUpper, 3)}) [${point.atRisk}]`;
}

function medianText(arm: ArmSurvival): string {
  const format = (value: number) => (Number.isNaN(value) ? "NR" : formatFixed(value, 0));
  return `${format(arm.median.median)} (${format(arm.median.ciLower)}, ${format(arm.median.ciUpper)})`;
}

/**
 * Kaplan–Meier estimates of a time-to-event endpoint at yearly landmarks in the first
 * simulated trial, next to the real trial's arms when the cohort records them
 * (endpoint.observed): S(t) (log-log CI) [at risk], events and medians, and the real trial's
 * log-rank test.
 */
export function renderSurvivalComparison(plan: TrialPlan, simulation: ReplicateSimulation, endpoint: Endpoint, outcome: TimeToEventOutcome): string {
  const level = plan.spec.analysis.confidence_level;
  const simulated = simulatedSurvivalByArm(plan, simulation, outcome);
  const observed = plan.observed.find((entry) => entry.endpoint === endpoint.id);
  const real = observed === undefined ? undefined : observedSurvivalByArm(observed, level);
  const columns = [...simulated.map((arm) => ({ arm, title: `simulated: ${arm.label}` })), ...(real?.arms ?? []).map((arm) => ({ arm, title: `real: ${arm.label}` }))];
  const rows = landmarkYears(columns.map((column) => column.arm)).map((year) => [`${year} year${year === 1 ? "" : "s"}`, ...columns.map((column) => pointText(column.arm, year * DAYS_PER_YEAR, level))]);
  rows.push(["events / N", ...columns.map((column) => `${column.arm.events} / ${column.arm.patients}`)]);
  rows.push(["median, days (CI)", ...columns.map((column) => medianText(column.arm))]);
  const percent = `${formatFixed(100 * level, 0)}%`;
  const lines = [
    `Kaplan–Meier survival without the event, S(t) (${percent} log-log CI) [number at risk], in the first simulated trial${real === undefined ? "" : " and in the real trial recorded in the cohort file"}; medians with the Brookmeyer–Crowley interval (NR: not reached).`,
    "",
    renderMarkdownTable(["time", ...columns.map((column) => column.title)], rows),
  ];
  if (real !== undefined) lines.push("", `Real trial: log-rank χ² = ${formatFixed(real.logRank.chiSquare, 3)} on ${real.logRank.degreesOfFreedom} df, p = ${formatPValue(real.logRank.pValue)}. Its arms are the cohort's own trial arms; the simulated arms follow the spec's model, whose drug effect replaces whatever the real treatment did.`);
  return lines.join("\n");
}
