import type { Issue, IssueLocation } from "../errors.js";

/** Issues printed before "… and N more" (STYLE.md §4). */
export const MAX_PRINTED_ISSUES = 20;

/** The "where" of an issue: `spec.yaml:14:7`, `cohort.csv row 212, column "albumin"`, `--out`. */
export function formatLocation(location: IssueLocation | undefined): string {
  if (location === undefined) return "twin-trial";
  switch (location.kind) {
    case "yaml":
    case "json":
      return `${location.file}:${location.line}:${location.column}`;
    case "csv":
      return `${location.file} row ${location.row}${location.columnName === undefined ? "" : `, column "${location.columnName}"`}`;
    case "flag":
      return location.flag;
    case "file":
      return location.file;
  }
}

/** `<where>: error <CODE>: <what>` then `  hint: <how to fix>`, one block per issue. */
export function formatIssues(issues: readonly Issue[]): string {
  const lines: string[] = [];
  for (const issue of issues.slice(0, MAX_PRINTED_ISSUES)) {
    lines.push(`${formatLocation(issue.location)}: error ${issue.code}: ${issue.message}`);
    if (issue.hint !== undefined) lines.push(`  hint: ${issue.hint}`);
  }
  if (issues.length > MAX_PRINTED_ISSUES) lines.push(`… and ${issues.length - MAX_PRINTED_ISSUES} more`);
  return `${lines.join("\n")}\n`;
}

/** Issues as plain JSON objects for --json output. */
export function issuesToJson(issues: readonly Issue[]): object[] {
  return issues.map((issue) => ({ code: issue.code, message: issue.message, hint: issue.hint ?? null, location: issue.location ?? null, where: formatLocation(issue.location) }));
}
