import type { SafetySummary } from "../trial/index.js";

/** The row to look up: arm id, term, organ class, category and (Kaplan–Meier) day. */
export interface SafetySummaryQuery {
  readonly arm: string;
  readonly term: string;
  readonly soc: string;
  readonly grade: SafetySummary["grade"];
  readonly day?: number;
}

const keyOf = (query: SafetySummaryQuery): string => `${query.arm}\u0000${query.term}\u0000${query.soc}\u0000${query.grade}\u0000${query.day ?? Number.NaN}`;

/** A lookup of the safety summaries by their naming columns (undefined for a row the run did not write). */
export function lookupSafetySummaries(summaries: readonly SafetySummary[]): (query: SafetySummaryQuery) => SafetySummary | undefined {
  const byKey = new Map(summaries.map((summary) => [keyOf(summary), summary]));
  return (query) => byKey.get(keyOf(query));
}

/** A mean risk difference with its sign, "—" on the control arm. */
export function signedPercentText(value: number | null | undefined, format: (value: number) => string): string {
  if (value === null || value === undefined) return "—";
  const text = format(value);
  return value > 0 ? `+${text}` : text;
}
