import type { Endpoint } from "../spec/schema.js";
import type { EndpointOutcome, ReplicateSimulation, TrialPlan } from "../trial/index.js";
import { simulatedSurvivalByArm } from "../trial/index.js";
import { formatFixed, formatPercent, formatSignificant, renderMarkdownTable } from "./markdown-table.js";


function patientsOf(simulation: ReplicateSimulation, armIndex: number): number[] {
  const patients: number[] = [];
  simulation.arm.forEach((arm, patient) => {
    if (arm === armIndex) patients.push(patient);
  });
  return patients;
}

function meanSd(values: readonly number[]): string {
  const n = values.length;
  if (n === 0) return "NA";
  const mean = values.reduce((sum, value) => sum + value, 0) / n;
  const sd = n < 2 ? Number.NaN : Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (n - 1));
  return `${formatSignificant(mean, 3)} (${formatSignificant(sd, 3)})`;
}

function countPercent(count: number, total: number): string {
  return `${count}/${total} (${formatPercent(total === 0 ? Number.NaN : count / total)})`;
}

function medianText(median: { median: number; ciLower: number; ciUpper: number }): string {
  const format = (value: number) => (Number.isNaN(value) ? "NR" : formatFixed(value, 0));
  return `${format(median.median)} (${format(median.ciLower)} to ${format(median.ciUpper)})`;
}

/**
 * The arms of the first simulated trial for one endpoint, as the summary table of a study
 * report: mean change (SD), responders n/N (%), events and median time to event (days,
 * Brookmeyer–Crowley CI; NR = not reached), or events per patient-year.
 */
export function renderArmTable(plan: TrialPlan, simulation: ReplicateSimulation, endpoint: Endpoint, outcome: EndpointOutcome): string {
  const level = `${formatFixed(100 * plan.spec.analysis.confidence_level, 0)}% CI`;
  switch (outcome.type) {
    case "continuous": {
      const rows = plan.arms.map((arm) => {
        const patients = patientsOf(simulation, arm.index);
        return [arm.label, String(patients.length), meanSd(patients.map((patient) => outcome.baseline[patient] as number)), meanSd(patients.map((patient) => outcome.change[patient] as number))];
      });
      return renderMarkdownTable(["arm", "N", `baseline, mean (SD)${endpoint.unit === undefined ? "" : ` ${endpoint.unit}`}`, "change at the primary visit, mean (SD)"], rows, [1]);
    }
    case "binary": {
      const rows = plan.arms.map((arm) => {
        const patients = patientsOf(simulation, arm.index);
        return [arm.label, String(patients.length), countPercent(patients.reduce((sum, patient) => sum + (outcome.response[patient] as number), 0), patients.length)];
      });
      return renderMarkdownTable(["arm", "N", endpoint.responder === undefined ? "events, n/N (%)" : "responders, n/N (%)"], rows, [1]);
    }
    case "time-to-event": {
      const rows = simulatedSurvivalByArm(plan, simulation, outcome).map((arm) => [arm.label, String(arm.patients), countPercent(arm.events, arm.patients), medianText(arm.median)]);
      return renderMarkdownTable(["arm", "N at the cutoff", "events, n/N (%)", `median days (${level})`], rows, [1]);
    }
    case "count": {
      const rows = plan.arms.map((arm) => {
        const patients = patientsOf(simulation, arm.index);
        const events = patients.reduce((sum, patient) => sum + (outcome.count[patient] as number), 0);
        const years = patients.reduce((sum, patient) => sum + (outcome.exposureYears[patient] as number), 0);
        return [arm.label, String(patients.length), String(events), formatSignificant(years, 4), formatSignificant(events / years, 3)];
      });
      return renderMarkdownTable(["arm", "N", "events", "patient-years", "events per patient-year"], rows, [1, 2, 3, 4]);
    }
  }
}

