import { InputError, type Issue } from "../errors.js";
import type { EligibleCohort } from "../population/cohort-data.js";
import type { Spec } from "../spec/schema.js";

/** One arm of the real trial recorded in the cohort file: follow-up times (days) and events. */
export interface ObservedArm {
  readonly label: string;
  readonly times: readonly number[];
  /** 1 = the follow-up ended in the event, 0 = censored. */
  readonly events: readonly number[];
}

/** The real trial's time-to-event outcome of one endpoint, by arm in order of first appearance. */
export interface ObservedTimeToEvent {
  readonly endpoint: string;
  readonly arms: readonly ObservedArm[];
}

const MISSING = new Set(["", "NA", "na", "N/A", "n/a", "NaN", "."]);

function cellIssue(eligible: EligibleCohort, row: number, column: string, issue: { code: string; message: string; hint: string }): Issue {
  const { cohort } = eligible;
  return { ...issue, location: { kind: "csv", file: cohort.file, row: cohort.rowNumbers[row] ?? 0, columnName: column } };
}

function readEndpoint(eligible: EligibleCohort, id: string, observed: NonNullable<Spec["endpoints"][number]["observed"]>, issues: Issue[]): ObservedTimeToEvent {
  const raw = eligible.cohort.raw;
  const column = (name: string) => raw?.get(name) ?? [];
  const [times, events, arms] = [column(observed.time_column), column(observed.event_column), column(observed.arm_column)];
  const eventValues = new Set(observed.event_values.map(String));
  const byArm = new Map<string, { times: number[]; events: number[] }>();
  for (const row of eligible.eligibleRows) {
    const cells: [string, string][] = [[observed.time_column, times[row] ?? ""], [observed.event_column, events[row] ?? ""], [observed.arm_column, arms[row] ?? ""]];
    const missing = cells.find(([, text]) => MISSING.has(text));
    if (missing !== undefined) {
      issues.push(cellIssue(eligible, row, missing[0], { code: "COHORT_MISSING_VALUE", message: `${missing[0]} holds the real trial's outcome of ${id} but is missing here`, hint: `add {column: ${missing[0]}, not_missing: true} to cohort.eligibility, or fill the value` }));
      continue;
    }
    const time = Number(times[row]);
    if (!(Number.isFinite(time) && time >= 0)) {
      issues.push(cellIssue(eligible, row, observed.time_column, { code: "COHORT_NOT_A_NUMBER", message: `${observed.time_column} must be a follow-up time in days (a number >= 0), got "${times[row]}"`, hint: "write the time as a plain number such as 1460 (days since randomisation)" }));
      continue;
    }
    const label = arms[row] ?? "";
    const arm = byArm.get(label) ?? { times: [], events: [] };
    arm.times.push(time);
    arm.events.push(eventValues.has(events[row] ?? "") ? 1 : 0);
    byArm.set(label, arm);
  }
  return { endpoint: id, arms: [...byArm].map(([label, arm]) => ({ label, ...arm })) };
}

/**
 * Reads the real trial's outcome of every time-to-event endpoint that declares `observed`,
 * from the raw cohort columns of the eligible patients. Collects every bad cell (a missing
 * value, a time that is not a number >= 0) and throws one InputError naming row and column.
 */
export function readObservedOutcomes(spec: Spec, eligible: EligibleCohort): ObservedTimeToEvent[] {
  const issues: Issue[] = [];
  const outcomes = spec.endpoints.flatMap((endpoint) => (endpoint.observed === undefined ? [] : [readEndpoint(eligible, endpoint.id, endpoint.observed, issues)]));
  if (issues.length > 0) throw new InputError(issues);
  return outcomes;
}
