import type { TrialPlan } from "../trial/index.js";
import { renderMarkdownTable } from "./markdown-table.js";
import { nonmemColumns } from "./nonmem.js";

/**
 * nonmem/define.md: what each column of nonmem/dataset.csv holds (the category codes of the
 * covariates included), from the same column list that writes the dataset, and how to read it.
 */
export function renderNonmemDefine(plan: TrialPlan): string {
  const columns = nonmemColumns(plan);
  const notes = [
    "One record per dose and per observed concentration of every dosed patient of the kept replicates (the first `outputs.keep_replicates` simulated trials), sorted by ID, then TIME, a dose before an observation at the same time (the simulation's \"dose first\": a bolus given at a sampling time is in that sample).",
    "Doses are those the simulation gave: the regimen's schedule and amounts (loading doses, titration, per-kg amounts) without the doses adherence skipped, after interruptions, reductions and discontinuation. A patient who left the trial keeps the doses and samples the simulation gave it, as concentrations.csv does.",
    "Patients without a regimen (placebo) have no doses and no concentrations: they are left out. Digital twins are left out. Without `pk.sampling_times_h` the dataset holds dose records only.",
    "Missing values are \".\"; every cell is a number (category covariates as codes), so NONMEM reads every column. Numbers have at most 10 significant digits.",
  ];
  const input = `$INPUT ${columns.map((column) => column.name).join(" ")}`;
  return `${[`# NONMEM-style dataset: ${plan.spec.trial.id}`, "", plan.spec.trial.title, "", ...notes.map((note) => `- ${note}`), "", "Read it in NONMEM with:", "", "```", input, "$DATA dataset.csv IGNORE=@", "```", "", "`dataset.csv`:", "", renderMarkdownTable(["column", "meaning"], columns.map((column) => [`\`${column.name}\``, column.meaning]))].join("\n")}\n`;
}
