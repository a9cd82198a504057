import type { SafetySummary, TrialPlan } from "../trial/index.js";
import { formatPercent, renderMarkdownTable } from "./markdown-table.js";
import { lookupSafetySummaries, signedPercentText } from "./safety-summary-lookup.js";

const ANY = "(any)";

/** The overview rows of a study report's safety section, in its usual order. */
const OVERVIEW_ROWS: readonly (readonly [SafetySummary["grade"], string])[] = [
  ["any_ae", "any adverse event"],
  ["grade_3_or_worse", "an adverse event of grade ≥ 3"],
  ["serious", "a serious adverse event"],
  ["led_to_interruption", "an adverse event leading to dose interruption"],
  ["led_to_reduction", "an adverse event leading to dose reduction"],
  ["led_to_discontinuation", "an adverse event leading to discontinuation"],
  ["death", "death (grade 5 adverse event)"],
];

/**
 * The overview table of the safety section (a CSR's "overview of adverse events"): for each
 * category the mean share of patients over the simulated trials in each arm, then the mean
 * risk difference of each drug arm versus control.
 */
export function renderSafetyOverview(plan: TrialPlan, summaries: readonly SafetySummary[]): string {
  const find = lookupSafetySummaries(summaries);
  const control = plan.arms[plan.controlIndex];
  const drugArms = control === undefined ? [] : plan.arms.filter((arm) => !arm.isControl);
  const header = [
    "patients with",
    ...plan.arms.map((arm) => `${arm.label} (N = ${arm.size})`),
    ...drugArms.map((arm) => `risk difference: ${arm.label} − ${control?.label ?? ""}`),
  ];
  const rows = OVERVIEW_ROWS.map(([grade, label]) => {
    const summaryOf = (arm: string) => find({ arm, term: ANY, soc: ANY, grade });
    return [
      label,
      ...plan.arms.map((arm) => formatPercent(summaryOf(arm.id)?.meanIncidence ?? Number.NaN)),
      ...drugArms.map((arm) => signedPercentText(summaryOf(arm.id)?.meanRiskDifference, formatPercent)),
    ];
  });
  return renderMarkdownTable(header, rows, header.map((_, index) => index).slice(1));
}
