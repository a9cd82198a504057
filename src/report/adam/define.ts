import type { TrialPlan } from "../../trial/index.js";
import { renderMarkdownTable } from "../markdown-table.js";
import type { DatasetDefinition } from "./adam-variable.js";

const CAVEATS = [
  "The datasets are ADaM-shaped, not CDISC-conformant: there is no define.xml, no SDTM lineage and no controlled-terminology check. Adverse event terms and organ classes are the spec's (MedDRA-style: no dictionary is shipped).",
  "Subjects are the virtual patients of the kept replicates (the first `outputs.keep_replicates` simulated trials), each under its allocated arm. SIMREP keeps the replicates apart and USUBJID is unique across them. Digital twins (a patient simulated again under control) are counterfactual, not observed subjects, and are left out: patients.csv, visits.csv and adverse_events.csv have them (`is_twin`).",
  "A simulation has no calendar: study days replace the date variables (TRTSDT, TRTEDT, ASTDT, STARTDT). Day 1 is the day of the first dose and there is no day 0: a time t hours after the first dose is on day floor(t / 24) + 1.",
  "Missing values are written NA. Numbers are written as in every twin-trial CSV: integers as they are, others rounded to 10 significant digits. Type text is ADaM's Char; integer and number are Num.",
];

function renderDataset(dataset: DatasetDefinition): string {
  const rows = dataset.variables.map((variable) => [`\`${variable.name}\``, variable.label, variable.type, variable.values, variable.derivation]);
  return [`## ${dataset.name}: ${dataset.label}`, "", `\`${dataset.file}\`: ${dataset.structure}.`, "", renderMarkdownTable(["variable", "label", "type", "unit or values", "derivation"], rows)].join("\n");
}

/**
 * adam/define.md: a define-style dictionary (dataset, variable, label, type, unit or values,
 * derivation) rendered from the same variable lists that write the CSV files, so that the
 * two cannot disagree.
 */
export function renderAdamDefine(plan: TrialPlan, datasets: readonly DatasetDefinition[]): string {
  const { trial } = plan.spec;
  const overview = renderMarkdownTable(["dataset", "file", "label", "variables"], datasets.map((dataset) => [dataset.name, `\`${dataset.file}\``, dataset.label, String(dataset.variables.length)]), [3]);
  return `${[`# ADaM-shaped datasets: ${trial.id}`, "", trial.title, "", ...CAVEATS.flatMap((caveat) => [`- ${caveat}`]), "", overview, "", ...datasets.flatMap((dataset) => [renderDataset(dataset), ""])].join("\n").trimEnd()}\n`;
}
