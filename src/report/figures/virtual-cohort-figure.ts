import type { TopLevelSpec } from "vega-lite";
import type { CohortFidelity, NumericFidelity, PopulationMethod } from "../../population/index.js";
import type { Spec } from "../../spec/schema.js";
import type { Figure } from "./figure.js";
import { figureFrame, OBSERVED_COLOUR, PLOT_WIDTH, SERIES_COLOURS } from "./figure-style.js";

/** The two groups compared, in legend order. */
const GROUPS = ["real", "virtual"] as const;
type Group = (typeof GROUPS)[number];

/**
 * A number column's distribution in one group: its 5th, 25th, 50th, 75th and 95th percentiles
 * (type 7, from the fidelity check), standardized by the real patients' mean and SD.
 */
export interface BoxSummary {
  readonly group: Group;
  readonly q05: number;
  readonly q25: number;
  readonly q50: number;
  readonly q75: number;
  readonly q95: number;
}

/** One number column: its title and the standardized boxes of both groups. */
export interface NumberColumnBoxes {
  readonly name: string;
  readonly title: string;
  readonly realMean: number;
  readonly realSd: number;
  readonly boxes: readonly BoxSummary[];
}

/** One level of a category (or yes/no) column: its share among each group's patients. */
export interface LevelShare {
  readonly column: string;
  readonly level: string;
  readonly group: Group;
  readonly share: number;
}

/** What the virtual-vs-real figure plots. */
export interface VirtualCohortData {
  readonly realCount: number;
  readonly virtualCount: number;
  readonly numbers: readonly NumberColumnBoxes[];
  readonly shares: readonly LevelShare[];
}

function quantile(summary: NumericFidelity["real"], probability: number): number {
  return summary.quantiles.find((entry) => entry.probability === probability)?.value ?? Number.NaN;
}

/** A group's quantiles in real-SD units: (q − real mean) / real SD. */
function standardizedBox(group: Group, summary: NumericFidelity["real"], real: NumericFidelity["real"]): BoxSummary {
  const z = (probability: number): number => (quantile(summary, probability) - real.mean) / real.standardDeviation;
  return { group, q05: z(0.05), q25: z(0.25), q50: z(0.5), q75: z(0.75), q95: z(0.95) };
}

/** What the figure reads of the spec: the population method and the cohort's declared columns (type, label, unit). */
export interface VirtualCohortSpec {
  readonly method: PopulationMethod;
  readonly cohort: Pick<Spec["cohort"], "columns" | "derived">;
}

/** "serum albumin (g/dL)": a column's label and unit as the spec declares them. */
function columnTitle(spec: VirtualCohortSpec, name: string): string {
  const declared = spec.cohort.columns[name] ?? spec.cohort.derived[name];
  return `${declared?.label ?? name}${declared?.unit === undefined ? "" : ` (${declared.unit})`}`;
}

/** A yes/no column (read as 1/0) as the shares of yes and no: its mean is the share of yes. */
function booleanShares(title: string, column: NumericFidelity): LevelShare[] {
  return ["yes", "no"].flatMap((level) => GROUPS.map((group) => ({ column: title, level, group, share: level === "yes" ? column[group].mean : 1 - column[group].mean })));
}

/**
 * The virtual-vs-real figure's data, from the fidelity check (fidelity.csv): per number column
 * the quantiles of the real and the virtual patients in real-SD units (columns without spread
 * among the real patients are left out), per category and yes/no column each level's share.
 * Undefined with population method cohort (the virtual patients are the real ones) or no column.
 */
export function virtualCohortData(spec: VirtualCohortSpec, fidelity: CohortFidelity): VirtualCohortData | undefined {
  if (spec.method === "cohort") return undefined;
  const observed = fidelity.numeric.filter((column) => column.real.count > 0 && column.virtual.count > 0);
  const isBoolean = (column: NumericFidelity): boolean => spec.cohort.columns[column.name]?.type === "boolean";
  const numbers = observed
    .filter((column) => !isBoolean(column) && column.real.standardDeviation > 0)
    .map((column) => ({ name: column.name, title: columnTitle(spec, column.name), realMean: column.real.mean, realSd: column.real.standardDeviation, boxes: GROUPS.map((group) => standardizedBox(group, column[group], column.real)) }));
  const shares = [
    ...observed.filter(isBoolean).flatMap((column) => booleanShares(columnTitle(spec, column.name), column)),
    ...fidelity.categorical.flatMap((column) => column.levels.flatMap((level) => GROUPS.map((group) => ({ column: columnTitle(spec, column.name), level: level.level, group, share: level[group] })))),
  ];
  return numbers.length === 0 && shares.length === 0 ? undefined : { realCount: fidelity.realCount, virtualCount: fidelity.virtualCount, numbers, shares };
}

const COLOUR = { field: "group", type: "nominal", title: "patients", scale: { domain: [...GROUPS], range: [OBSERVED_COLOUR, SERIES_COLOURS[0]] }, legend: { orient: "bottom", direction: "horizontal" } } as const;
const OFFSET = { field: "group", type: "nominal", sort: [...GROUPS], scale: { paddingInner: 0.2 } } as const;
/** Height of each covariate's (or level's) row: two boxes or bars. */
const ROW_STEP = 28;

/** Every number column on one axis, a row each: a box per group, in real-SD units. */
function numbersView(numbers: readonly NumberColumnBoxes[]): object {
  const y = { field: "column", type: "nominal", title: null, sort: null, axis: { labelLimit: 1000 } } as const;
  const x = (field: string, title?: string) => ({ field, type: "quantitative", ...(title === undefined ? {} : { title }) }) as const;
  return {
    width: PLOT_WIDTH,
    height: { step: ROW_STEP },
    data: { values: numbers.flatMap((column) => column.boxes.map((entry) => ({ column: column.title, ...entry }))) },
    layer: [
      { mark: { type: "rule", strokeWidth: 1.5 }, encoding: { y, yOffset: OFFSET, x: x("q05", "value in SDs of the real patients: (x − real mean) / real SD"), x2: { field: "q95" }, color: COLOUR } },
      { mark: { type: "bar", height: { band: 0.8 } }, encoding: { y, yOffset: OFFSET, x: x("q25"), x2: { field: "q75" }, color: COLOUR } },
      { mark: { type: "tick", color: "white", thickness: 2, bandSize: 0.8 }, encoding: { y, yOffset: OFFSET, x: x("q50") } },
    ],
  };
}

/** Every category and yes/no level on one axis, a row each: each group's share. */
function sharesView(shares: readonly LevelShare[]): object {
  return {
    width: PLOT_WIDTH,
    height: { step: ROW_STEP },
    data: { values: shares.map((entry) => ({ ...entry, label: `${entry.column}: ${entry.level}` })) },
    mark: { type: "bar" },
    encoding: {
      y: { field: "label", type: "nominal", title: null, sort: null, axis: { labelLimit: 1000 } },
      yOffset: OFFSET,
      x: { field: "share", type: "quantitative", title: "share of patients", axis: { format: ".0%" }, scale: { domain: [0, 1] } },
      color: COLOUR,
    },
  };
}

/** The figure: number columns as standardized boxes (quartiles, 5th–95th percentile whiskers, median line), then the category levels' shares. */
export function virtualCohortFigure(data: VirtualCohortData): Figure {
  const views = [...(data.numbers.length === 0 ? [] : [numbersView(data.numbers)]), ...(data.shares.length === 0 ? [] : [sharesView(data.shares)])];
  const spec = {
    ...figureFrame("Virtual vs real patients: covariate distributions", [
      `${data.realCount} real eligible patients against ${data.virtualCount} virtual patients grown from them (the fidelity check; fidelity.csv has the values in each covariate's unit).`,
      "Numbers, in SDs of the real patients: box from the 25th to the 75th percentile, white line at the median, whiskers from the 5th to the 95th. Categories: share of each level.",
    ]),
    vconcat: views,
    resolve: { scale: { x: "independent" } },
  } as TopLevelSpec;
  return { file: "figures/virtual-cohort.svg", alt: "Virtual vs real patients: the distribution of each covariate", spec };
}
