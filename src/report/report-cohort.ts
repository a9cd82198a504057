import type { ReplicateSimulation, TrialPlan } from "../trial/index.js";
import { describeColumn, type ColumnValues } from "./baseline-table.js";
import { renderMarkdownTable } from "./markdown-table.js";

function realValues(plan: TrialPlan, name: string): ColumnValues {
  const numeric = plan.table.numeric.find((column) => column.name === name);
  if (numeric !== undefined) return { kind: "numeric", values: numeric.values };
  const category = plan.table.categorical.find((column) => column.name === name);
  return { kind: "category", codes: category?.codes ?? new Int32Array(0), levels: plan.levels.get(name) ?? [] };
}

function virtualValues(plan: TrialPlan, simulation: ReplicateSimulation, name: string): ColumnValues {
  const numeric = simulation.population.numeric.get(name);
  if (numeric !== undefined) return { kind: "numeric", values: numeric };
  return { kind: "category", codes: simulation.population.categorical.get(name) ?? new Int32Array(0), levels: plan.levels.get(name) ?? [] };
}

function attritionTable(plan: TrialPlan): string {
  const rows = plan.eligible.attrition.map((step, index) => [index === 0 ? step.criterion : `${step.criterion}`, index === 0 ? "" : String(step.excluded), String(step.remaining)]);
  return renderMarkdownTable(["criterion", "excluded", "remaining"], rows, [1, 2]);
}

function baselineTable(plan: TrialPlan, first: ReplicateSimulation | undefined): string {
  const header = ["covariate", `real, eligible (n = ${plan.table.rowCount})`];
  if (first !== undefined) header.push(`virtual, trial 1 (n = ${first.population.size})`);
  const rows = plan.columns.map((column) => {
    const name = `${column.label ?? column.name}${column.unit === undefined ? "" : ` (${column.unit})`}`;
    const cells = [name, describeColumn(column, realValues(plan, column.name))];
    if (first !== undefined) cells.push(describeColumn(column, virtualValues(plan, first, column.name)));
    return cells;
  });
  return renderMarkdownTable(header, rows);
}

/** The "Cohort" section: source file, attrition, baseline table of real vs virtual patients. */
export function renderCohortSection(plan: TrialPlan, cohortFile: string, first: ReplicateSimulation | undefined): string {
  const method = plan.spec.population.method === "bootstrap" ? "resampled with replacement (bootstrap)" : "resampled with replacement plus Gaussian kernel noise on number columns, bandwidth by Silverman's rule, clipped to the observed range (smoothed bootstrap)";
  return [
    "## Cohort",
    "",
    `Real patients from \`${cohortFile}\`: ${plan.eligible.cohort.rowCount} in the file, ${plan.table.rowCount} eligible. Virtual patients are ${method}.`,
    "",
    attritionTable(plan),
    "",
    "Baseline characteristics: mean (SD); median [Q1, Q3] for numbers, n (%) for categories and yes/no columns.",
    "",
    baselineTable(plan, first),
  ].join("\n");
}
