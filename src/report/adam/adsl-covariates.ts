import type { CohortColumn } from "../../population/index.js";
import type { TrialPlan } from "../../trial/index.js";
import type { CsvCell } from "../render-csv.js";
import { covariateCell } from "../render-patients.js";
import type { SubjectKey } from "./adam-subject.js";
import type { AdamVariable } from "./adam-variable.js";

/** Cohort columns with a standard ADSL name (matched case-insensitively), and the column types that fit it. */
const STANDARD_COVARIATES: ReadonlyMap<string, { readonly name: string; readonly label: string; readonly types: readonly CohortColumn["type"][] }> = new Map([
  ["age", { name: "AGE", label: "Age", types: ["number", "integer"] }],
  ["sex", { name: "SEX", label: "Sex", types: ["category"] }],
  ["race", { name: "RACE", label: "Race", types: ["category"] }],
  ["ethnic", { name: "ETHNIC", label: "Ethnicity", types: ["category"] }],
  ["ethnicity", { name: "ETHNIC", label: "Ethnicity", types: ["category"] }],
]);

/** Levels of a sex column written in the CDISC SEX codelist (F, M, U); other levels stay as they are. */
const SEX_CODES: ReadonlyMap<string, string> = new Map([
  ["f", "F"], ["female", "F"], ["m", "M"], ["male", "M"], ["u", "U"], ["unknown", "U"],
]);

const YEAR_UNITS = /^(y|yr|yrs|year|years)$/i;

/**
 * A variable name for a cohort column: upper case, characters other than A–Z, 0–9 and _ as _,
 * a leading digit prefixed with V; a name already taken is prefixed with COV_ (then numbered).
 *
 * @example variableNameOf("alp_uln", new Set(["ARM"])) // "ALP_ULN"
 */
export function variableNameOf(column: string, taken: ReadonlySet<string>): string {
  const upper = column.toUpperCase().replace(/[^A-Z0-9_]/g, "_");
  const base = /^[0-9]/.test(upper) ? `V${upper}` : upper;
  if (!taken.has(base)) return base;
  const prefixed = `COV_${base}`;
  let candidate = prefixed;
  for (let suffix = 2; taken.has(candidate); suffix++) candidate = `${prefixed}_${suffix}`;
  return candidate;
}

function describeColumn(column: CohortColumn): string {
  const detail = [column.label, column.unit].filter((part) => part !== undefined).join(", ");
  return `cohort column \`${column.name}\`${detail === "" ? "" : ` (${detail})`}`;
}

function valuesOf(plan: TrialPlan, column: CohortColumn): string {
  if (column.type === "boolean") return "Y, N";
  if (column.type === "category") return (plan.levels.get(column.name) ?? []).join(", ");
  return column.unit ?? "";
}

function cellOf(plan: TrialPlan, column: CohortColumn, standardName: string | undefined): (key: SubjectKey) => CsvCell {
  return ({ simulation, patient }) => {
    const cell = covariateCell(plan, simulation, patient, column);
    if (typeof cell === "boolean") return cell ? "Y" : "N";
    if (standardName === "SEX" && typeof cell === "string") return SEX_CODES.get(cell.toLowerCase()) ?? cell;
    return cell;
  };
}

/**
 * The baseline covariates of the cohort as ADSL variables, in cohort column order: AGE (with
 * AGEU when the column's unit is years), SEX (in the CDISC codelist), RACE, ETHNIC where the
 * cohort has such columns, and every other column under its own name in upper case. The
 * values are patients.csv's (booleans as Y / N).
 */
export function covariateVariables(plan: TrialPlan, reserved: ReadonlySet<string>): AdamVariable<SubjectKey>[] {
  const taken = new Set(reserved);
  const variables: AdamVariable<SubjectKey>[] = [];
  for (const column of plan.columns) {
    const standard = STANDARD_COVARIATES.get(column.name.toLowerCase());
    const isStandard = standard !== undefined && standard.types.includes(column.type) && !taken.has(standard.name);
    const name = isStandard ? standard.name : variableNameOf(column.name, taken);
    taken.add(name);
    const codes = name === "SEX" && isStandard ? "; f/female → F, m/male → M, u/unknown → U, other levels as they are" : "";
    const type = column.type === "number" ? "number" : column.type === "integer" ? "integer" : "text";
    const booleans = column.type === "boolean" ? "; true → Y, false → N" : "";
    variables.push({ name, label: isStandard ? standard.label : (column.label ?? column.name), type, values: valuesOf(plan, column), derivation: `baseline value of ${describeColumn(column)}, as patients.csv \`${column.name}\`${codes}${booleans}`, cell: cellOf(plan, column, isStandard ? name : undefined) });
    if (name === "AGE" && isStandard && YEAR_UNITS.test(column.unit ?? "") && !taken.has("AGEU")) {
      taken.add("AGEU");
      variables.push({ name: "AGEU", label: "Age Units", type: "text", values: "YEARS", derivation: `the unit of ${describeColumn(column)}`, cell: () => "YEARS" });
    }
  }
  return variables;
}
