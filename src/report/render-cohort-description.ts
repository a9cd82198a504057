import type { ColumnSummary, CohortDescription, DescribedColumn, LevelValue, PatientGroup } from "../cohort/cohort-description.js";
import { formatNumber } from "./format-number.js";
import { formatFixed, formatSignificant, renderMarkdownTable } from "./markdown-table.js";
import { renderCsv, type CsvCell } from "./render-csv.js";

/** The output formats of `twin-trial cohort describe`. */
export type CohortDescriptionFormat = "markdown" | "csv";

/** What the table is rendered as, and where its column types came from (for the Markdown preamble). */
export interface CohortDescriptionContext {
  readonly format: CohortDescriptionFormat;
  /** The spec whose cohort section typed and filtered the patients; absent when types were inferred. */
  readonly specFile?: string | undefined;
  /** The id column, named when the types were inferred. */
  readonly idColumn: string;
}

/** Header of the long CSV: one row per group × column × (level) × statistic. */
export const COHORT_DESCRIPTION_CSV_COLUMNS = ["group", "column", "level", "statistic", "value"] as const;

const NUMBER_STATISTICS = ["mean", "sd", "median", "q1", "q3", "min", "max"] as const;

function levelText(level: LevelValue): string {
  if (typeof level === "number") return formatNumber(level);
  return typeof level === "boolean" ? String(level) : level;
}

/**
 * For reading: 3 significant digits, as report.md's cohort table; whole values of an integer
 * column (a median stage, a range of counts) as they are, without ".00".
 */
function statisticText(value: number, type: DescribedColumn["type"]): string {
  return type === "integer" && Number.isInteger(value) ? formatNumber(value) : formatSignificant(value, 3);
}

function percentText(percent: number): string {
  return Number.isNaN(percent) ? "NA" : `${formatFixed(percent, 1)}%`;
}

function groupHeader(group: PatientGroup, by: string | undefined): string {
  if (group.level === null) return `overall (n = ${formatNumber(group.patients)})`;
  const level = typeof group.level === "string" ? group.level : `${by ?? ""} = ${levelText(group.level)}`;
  return `${level} (n = ${formatNumber(group.patients)})`;
}

function variableText(column: DescribedColumn): string {
  const details = [...(column.label === undefined ? [] : [column.name]), column.type, ...(column.unit === undefined ? [] : [column.unit])];
  return `${column.label ?? column.name} (${details.join(", ")})`;
}

function markdownRows(column: DescribedColumn): string[][] {
  const cells = (pick: (summary: ColumnSummary) => string): string[] => column.summaries.map(pick);
  const rows = [[variableText(column), "n", ...cells((s) => formatNumber(s.n))], ["", "missing", ...cells((s) => `${formatNumber(s.missing)} (${percentText(s.missingPercent)})`)]];
  if (column.summaries[0]?.numbers !== undefined) {
    const numbers = (pick: (values: NonNullable<ColumnSummary["numbers"]>) => string): string[] => cells((s) => (s.numbers === undefined ? "" : pick(s.numbers)));
    const text = (value: number): string => statisticText(value, column.type);
    rows.push(["", "mean (SD)", ...numbers((v) => `${text(v.mean)} (${text(v.sd)})`)]);
    rows.push(["", "median [Q1, Q3]", ...numbers((v) => `${text(v.median)} [${text(v.q1)}, ${text(v.q3)}]`)]);
    rows.push(["", "min, max", ...numbers((v) => `${text(v.min)}, ${text(v.max)}`)]);
  }
  (column.summaries[0]?.levels ?? []).forEach((level, index) => {
    rows.push(["", levelText(level.level), ...cells((s) => `${formatNumber(s.levels?.[index]?.count ?? 0)} (${percentText(s.levels?.[index]?.percent ?? Number.NaN)})`)]);
  });
  return rows;
}

function preamble(description: CohortDescription, context: CohortDescriptionContext): string[] {
  const described = description.groups[0]?.patients ?? 0;
  const excluded = description.attrition.slice(1).map((step) => `${step.criterion}: −${step.excluded}`);
  const source =
    context.specFile === undefined
      ? `${described} patients; column types inferred from the file (id column "${context.idColumn}").`
      : `${described} of ${description.patientsInFile} patients are eligible under the cohort section of ${context.specFile}${excluded.length > 0 ? ` (${excluded.join("; ")})` : ""}.`;
  const by = description.by === undefined ? [] : [`Grouped by ${description.by}${description.ungrouped > 0 ? `; ${description.ungrouped} patient(s) with no ${description.by} are counted in overall only` : ""}.`];
  return [`# Cohort description: ${description.file}`, "", source, ...by, ""];
}

const LEGEND = "n: patients with a value; missing: % of the group; level counts: % of the patients with a value; quartiles: type 7 (R's default); numbers to 3 significant digits (whole values of integer columns as they are).";

function renderMarkdown(description: CohortDescription, context: CohortDescriptionContext): string {
  const header = ["variable", "statistic", ...description.groups.map((group) => groupHeader(group, description.by))];
  const rows = description.columns.flatMap(markdownRows);
  const table = renderMarkdownTable(header, rows, description.groups.map((_, index) => index + 2));
  return `${[...preamble(description, context), table, "", LEGEND].join("\n")}\n`;
}

function* csvRows(description: CohortDescription): Generator<CsvCell[]> {
  for (const [index, group] of description.groups.entries()) {
    const name: CsvCell = group.level ?? "overall";
    yield [name, "", "", "patients", group.patients];
    if (index === 0 && description.by !== undefined) yield [name, description.by, "", "missing", description.ungrouped];
    for (const column of description.columns) {
      const summary = column.summaries[index];
      if (summary === undefined) continue;
      yield* [[name, column.name, "", "n", summary.n], [name, column.name, "", "missing", summary.missing], [name, column.name, "", "missing_percent", summary.missingPercent]];
      const numbers = summary.numbers;
      if (numbers !== undefined) for (const statistic of NUMBER_STATISTICS) yield [name, column.name, "", statistic, numbers[statistic]];
      for (const level of summary.levels ?? []) yield* [[name, column.name, level.level, "count", level.count], [name, column.name, level.level, "percent", level.percent]];
    }
  }
}

/**
 * A cohort description as Markdown (a preamble, one table with a column per group, a
 * legend; numbers rounded for reading) or as long CSV (group, column, level, statistic,
 * value; every number at full precision through formatNumber, percentages from 0 to 100).
 * Pure: the caller writes the string.
 *
 * @example renderCohortDescription(description, { format: "csv", idColumn: "id" }).split("\n")[0] // "group,column,level,statistic,value"
 */
export function renderCohortDescription(description: CohortDescription, context: CohortDescriptionContext): string {
  if (context.format === "csv") return renderCsv(COHORT_DESCRIPTION_CSV_COLUMNS, csvRows(description));
  return renderMarkdown(description, context);
}
