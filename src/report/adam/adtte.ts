import type { Endpoint } from "../../spec/schema.js";
import type { TimeToEventOutcome, ReplicateSimulation, TrialPlan } from "../../trial/index.js";
import { identifierVariables, rowTreatmentVariables, subjectsOf, type SubjectKey } from "./adam-subject.js";
import { renderAdamDataset, type AdamDataset, type AdamVariable } from "./adam-variable.js";
import { DISCONTINUATION_REASONS, dropoutOf } from "./subject-treatment.js";

/** One subject's time to one time-to-event endpoint. */
export interface TimeToEventRow extends SubjectKey {
  readonly endpoint: Endpoint;
  /** 1-based position among the spec's time-to-event endpoints (PARAMN). */
  readonly parameterNumber: number;
  readonly code: string;
  readonly outcome: TimeToEventOutcome;
}

/**
 * PARAMCD values (at most 8 characters, A–Z, 0–9, _) for endpoint ids: the id in upper case,
 * cut to 8; one that repeats an earlier code ends in its position instead.
 *
 * @example parameterCodes(["death_or_transplant", "os"]) // ["DEATH_OR", "OS"]
 */
export function parameterCodes(ids: readonly string[]): string[] {
  const codes: string[] = [];
  for (const [index, id] of ids.entries()) {
    const code = id.toUpperCase().replace(/[^A-Z0-9_]/g, "_").slice(0, 8);
    const number = String(index + 1);
    codes.push(codes.includes(code) ? `${code.slice(0, 8 - number.length)}${number}` : code);
  }
  return codes;
}

/** Why a time is censored: the patient left the trial, the analysis cutoff, or the endpoint's random dropout (dropout_rate_per_year). */
function censoringReason(row: TimeToEventRow): string {
  const { simulation, patient, outcome } = row;
  const time = outcome.timeDays[patient] as number;
  const left = dropoutOf(row);
  if (left !== undefined && time === left.day) return `DISCONTINUED STUDY: ${DISCONTINUATION_REASONS[left.reason]}`;
  if (time >= simulation.cutoffDay - (simulation.entryDays[patient] as number)) return "ANALYSIS CUTOFF";
  return "LOST TO FOLLOW-UP";
}

function parameterVariables(rows: readonly { code: string; endpoint: Endpoint }[]): AdamVariable<TimeToEventRow>[] {
  const codelist = rows.map(({ code, endpoint }) => `${code} = ${endpoint.id}`).join("; ");
  const isEvent = (row: TimeToEventRow): boolean => row.outcome.event[row.patient] === 1;
  return [
    { name: "PARAMCD", label: "Parameter Code", type: "text", values: codelist, derivation: "the endpoint id in upper case, cut to 8 characters (a code that repeats an earlier one ends in its position)", cell: (row) => row.code },
    { name: "PARAM", label: "Parameter", type: "text", values: rows.map(({ endpoint }) => endpoint.label ?? endpoint.id).join("; "), derivation: "the endpoint's label (else its id)", cell: (row) => row.endpoint.label ?? row.endpoint.id },
    { name: "PARAMN", label: "Parameter (N)", type: "integer", values: "", derivation: "position among the spec's time-to-event endpoints", cell: (row) => row.parameterNumber },
    { name: "AVAL", label: "Analysis Value", type: "number", values: "days", derivation: "patients.csv `<endpoint>_time_days`: days from entry to the event or the censoring, at the analysis cutoff", cell: (row) => row.outcome.timeDays[row.patient] as number },
    { name: "AVALU", label: "Analysis Value Unit", type: "text", values: "DAYS", derivation: "DAYS", cell: () => "DAYS" },
    { name: "CNSR", label: "Censor", type: "integer", values: "0 = event, 1 = censored", derivation: "patients.csv `<endpoint>_event`: true → 0, false → 1", cell: (row) => (isEvent(row) ? 0 : 1) },
    { name: "EVNTDESC", label: "Event or Censoring Description", type: "text", values: "", derivation: "the endpoint's label for an event; NA when censored", cell: (row) => (isEvent(row) ? (row.endpoint.label ?? row.endpoint.id) : null) },
    { name: "CNSDTDSC", label: "Censor Date Description", type: "text", values: "ANALYSIS CUTOFF, LOST TO FOLLOW-UP, `DISCONTINUED STUDY: <DCSREAS>`", derivation: "when censored: DISCONTINUED STUDY and the reason when the time is the day the patient left the trial; ANALYSIS CUTOFF when follow-up reached the cutoff; else LOST TO FOLLOW-UP (the endpoint's dropout_rate_per_year); NA for an event", cell: (row) => (isEvent(row) ? null : censoringReason(row)) },
    { name: "ENTRYDY", label: "Calendar Day of Entry", type: "number", values: "days", derivation: "patients.csv entry_day: the time origin of AVAL, in days from the trial's opening (a simulation has no calendar dates for STARTDT)", cell: ({ simulation, patient }) => simulation.entryDays[patient] as number },
  ];
}

function timeToEventEndpoints(plan: TrialPlan): { index: number; endpoint: Endpoint; code: string }[] {
  const endpoints = plan.spec.endpoints.map((endpoint, index) => ({ index, endpoint })).filter(({ endpoint }) => endpoint.type === "time-to-event");
  const codes = parameterCodes(endpoints.map(({ endpoint }) => endpoint.id));
  return endpoints.map((entry, position) => ({ ...entry, code: codes[position] as string }));
}

/** ADTTE's variables for a plan. */
export function adtteDataset(plan: TrialPlan): AdamDataset<TimeToEventRow> {
  return { name: "ADTTE", file: "adtte.csv", label: "Time-to-Event Analysis Dataset", structure: "one row per subject and time-to-event endpoint (no rows without one); keys SIMREP, USUBJID, PARAMCD", variables: [...identifierVariables(plan), ...rowTreatmentVariables(plan, ["planned", "actual"]), ...parameterVariables(timeToEventEndpoints(plan))] };
}

function* timeToEventRows(plan: TrialPlan, kept: readonly ReplicateSimulation[]): Generator<TimeToEventRow> {
  const endpoints = timeToEventEndpoints(plan);
  for (const key of subjectsOf(kept)) {
    for (const [position, { index, endpoint, code }] of endpoints.entries()) {
      const outcome = key.simulation.endpoints[index];
      if (outcome?.type === "time-to-event") yield { ...key, endpoint, parameterNumber: position + 1, code, outcome };
    }
  }
}

/** adam/adtte.csv: each subject's time to each time-to-event endpoint, with its censoring. */
export function renderAdtte(plan: TrialPlan, kept: readonly ReplicateSimulation[]): string {
  return renderAdamDataset(adtteDataset(plan), timeToEventRows(plan, kept));
}
