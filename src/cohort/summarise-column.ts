import type { ExpressionValue } from "../expr/index.js";
import type { ColumnSummary, LevelCount, LevelValue } from "./cohort-description.js";
import { summariseNumbers } from "./summarise-numbers.js";

/** What to compute for a column: location and spread, counts per level, or both. */
export interface SummaryPlan {
  readonly numbers: boolean;
  readonly levels?: readonly LevelValue[] | undefined;
}

function countLevels(recorded: readonly LevelValue[], levels: readonly LevelValue[]): LevelCount[] {
  const counts = new Map<LevelValue, number>(levels.map((level) => [level, 0]));
  for (const value of recorded) {
    const count = counts.get(value);
    if (count !== undefined) counts.set(value, count + 1);
  }
  return levels.map((level) => {
    const count = counts.get(level) ?? 0;
    return { level, count, percent: (100 * count) / recorded.length };
  });
}

/**
 * One column in one group of patients: how many have a value, how many miss it (and the
 * percentage of the group), the number summary and the counts per level. Percentages of
 * levels are of the patients with a value, so they add up to 100 (NaN when nobody has one).
 *
 * @param values the group's cells, null where missing (numbers for number and integer columns)
 * @example summariseColumn([1, null, 3], { numbers: true }).missing // 1
 */
export function summariseColumn(values: readonly ExpressionValue[], plan: SummaryPlan): ColumnSummary {
  const recorded = values.filter((value): value is LevelValue => value !== null);
  const missing = values.length - recorded.length;
  const summary: ColumnSummary = { n: recorded.length, missing, missingPercent: (100 * missing) / values.length };
  const numbers = plan.numbers ? { numbers: summariseNumbers(recorded.filter((value): value is number => typeof value === "number")) } : {};
  const levels = plan.levels === undefined ? {} : { levels: countLevels(recorded, plan.levels) };
  return { ...summary, ...numbers, ...levels };
}
