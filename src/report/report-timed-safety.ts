import type { AdverseEventModel } from "../spec/schema.js";
import type { SafetySummary, TrialPlan } from "../trial/index.js";
import { renderSafetyBySoc } from "./report-safety-by-soc.js";
import { renderTimeToSevereEvent } from "./report-safety-km.js";
import { renderSafetyOverview } from "./report-safety-overview.js";
import { renderDoseIntensity, renderSafetyRates } from "./report-safety-rates.js";

/** "A, B and C". */
function listText(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

function modelsText(plan: TrialPlan): string {
  const labelOf = (model: AdverseEventModel) => model.label ?? model.term;
  const timed = plan.timedTerms.map((index) => labelOf(plan.spec.adverse_events[index] as AdverseEventModel));
  const logistic = plan.spec.adverse_events.filter((model) => model.model === "logistic").map(labelOf);
  // The same words with or without dose modification rules: rules that never fire leave every byte as it is.
  const timedText = `${listText(timed)} ${timed.length === 1 ? "is" : "are"} simulated patient by patient through time (onset, CTCAE grade, seriousness, duration); the rows on interruption, reduction and discontinuation count the dose modification rules that fired`;
  return logistic.length === 0 ? `${timedText}.` : `${timedText}; ${listText(logistic)} by a logistic model on exposure (whether and how severe, without onset, seriousness or dose action).`;
}

const BY_SOC_TEXT = "Share of patients by worst CTCAE grade; a patient counts once per organ class and once per preferred term. Organ classes and preferred terms are the spec's (MedDRA-style), in spec order; grade ≥ 3 is the sum of grades 3 to 5.";
const RATES_TEXT = "Patients with the event per 100 patient-years at risk. A patient is at risk until its first such event, else to the end of its follow-up (the end of the trial, or death); a logistic term has no onset, so its patients are at risk for the whole planned period. Patients and patient-years are means per trial; the rate pools every trial (Σ patients / Σ patient-years).";
const KAPLAN_MEIER_TEXT = "Kaplan–Meier probability of no grade ≥ 3 event of a time-driven term by each day, the mean over the simulated trials of each trial's estimate [mean patients still at risk]; a death is a grade 5 event and patients without an event are censored at the end of the trial. The median is the median over the trials of each trial's Kaplan–Meier median (NR: not reached in at least half of them).";
const DOSE_INTENSITY_TEXT = "Dose delivered over the dose planned at the starting level for the planned treatment period (up to death): missed doses, interruptions, reductions and discontinuation all lower it. The mean over the simulated trials of each trial's mean and median over the arm's patients.";

function subsection(title: string, text: string, table: string): string {
  return [`### ${title}`, "", text, "", table].join("\n");
}

/**
 * The "Safety" section of a run with time-driven adverse event models, laid out like a study
 * report's safety overview: patients with any, grade ≥ 3, serious, dose-modifying and fatal
 * events; events by organ class, preferred term and worst grade; exposure-adjusted rates;
 * Kaplan–Meier time to the first grade ≥ 3 event; relative dose intensity. Every number is a
 * mean over the simulated trials; safety.csv holds each trial's.
 */
export function renderTimedSafetySection(plan: TrialPlan, summaries: readonly SafetySummary[]): string {
  const control = plan.arms[plan.controlIndex];
  const doseIntensity = renderDoseIntensity(plan, summaries);
  const intro = `Mean over ${plan.spec.trial.replicates} simulated trials. ${modelsText(plan)} A patient counts once per row, at its worst grade; serious means the term's serious_from_grade or worse. safety.csv holds each trial's counts, exposure-adjusted rates, risk differences with Wald CIs, Kaplan–Meier estimates and dose intensities; adverse_events.csv every event of the kept trials.`;
  const overviewText = `Share of patients with at least one such event${control === undefined ? "" : `; risk difference versus ${control.label}: the mean of each trial's difference`}.`;
  return [
    `## Safety\n\n${intro}`,
    subsection("Overview of adverse events", overviewText, renderSafetyOverview(plan, summaries)),
    subsection("Adverse events by system organ class, preferred term and worst grade", BY_SOC_TEXT, renderSafetyBySoc(plan, summaries)),
    subsection("Exposure-adjusted incidence rates", RATES_TEXT, renderSafetyRates(plan, summaries)),
    subsection("Time to the first grade ≥ 3 adverse event", KAPLAN_MEIER_TEXT, renderTimeToSevereEvent(plan, summaries)),
    ...(doseIntensity === undefined ? [] : [subsection("Relative dose intensity", DOSE_INTENSITY_TEXT, doseIntensity)]),
  ].join("\n\n");
}
