import type { AdverseEventModel } from "../spec/schema.js";
import { groupBySoc, ptOf, type SafetySummary, type TrialPlan } from "../trial/index.js";
import { formatPercent, renderMarkdownTable } from "./markdown-table.js";
import { lookupSafetySummaries } from "./safety-summary-lookup.js";

const ANY = "(any)";
const GRADES = ["1", "2", "3", "4", "5"] as const;
const SEVERE = ["3", "4", "5"] as const;

/**
 * One line per arm of an organ class or a preferred term: the mean share of patients with
 * any grade, by worst grade and with grade ≥ 3 (the sum of the worst-grade shares 3–5: a mean
 * of sums is the sum of means). "—" where the model has no such grade (logistic terms: 1–3).
 */
function armLines(plan: TrialPlan, label: string, find: (arm: string, grade: SafetySummary["grade"]) => SafetySummary | undefined): string[][] {
  return plan.arms.map((arm, index) => {
    const share = (grade: SafetySummary["grade"]) => find(arm.id, grade)?.meanIncidence;
    const text = (value: number | undefined) => (value === undefined ? "—" : formatPercent(value));
    const severe = SEVERE.map(share).filter((value): value is number => value !== undefined);
    return [index === 0 ? label : "", arm.label, text(share("any")), ...GRADES.map((grade) => text(share(grade))), text(severe.length === 0 ? undefined : severe.reduce((total, value) => total + value, 0))];
  });
}

/**
 * Adverse events by system organ class and preferred term (MedDRA-style, as the spec names
 * them), each class followed by its terms in spec order: mean share of patients by worst
 * CTCAE grade over the simulated trials. A patient counts once per class and once per term.
 */
export function renderSafetyBySoc(plan: TrialPlan, summaries: readonly SafetySummary[]): string {
  const find = lookupSafetySummaries(summaries);
  const models = plan.spec.adverse_events;
  const rows = groupBySoc(models).flatMap(({ soc, terms }) => [
    ...armLines(plan, `**${soc}**`, (arm, grade) => find({ arm, term: ANY, soc, grade })),
    ...terms.flatMap((term) => {
      const model = models[term] as AdverseEventModel;
      return armLines(plan, ptOf(model), (arm, grade) => find({ arm, term: model.term, soc, grade }));
    }),
  ]);
  const header = ["system organ class / preferred term", "arm", "any grade", ...GRADES.map((grade) => `grade ${grade}`), "grade ≥ 3"];
  return renderMarkdownTable(header, rows, [2, 3, 4, 5, 6, 7, 8]);
}
