/** A key path into the spec document, e.g. ["arms", 1, "regimen", "dose_mg"]. */
export type SpecPath = readonly (string | number)[];

/**
 * An issue found while validating a spec, before it has a file position: the path says
 * where in the document; parse-spec.ts turns it into `spec.yaml:line:column`.
 */
export interface SpecIssue {
  readonly code: string;
  readonly message: string;
  readonly hint?: string;
  readonly path: SpecPath;
  /** Point at the key itself (unknown keys) rather than at its value. */
  readonly atKey?: boolean;
  /** Extra character offset inside a string scalar (expression errors). */
  readonly offsetInValue?: number;
}

/**
 * Formats a path the way a user reads it: `arms[1].regimen.dose_mg`.
 *
 * @example formatPath(["arms", 1, "regimen", "dose_mg"]) // "arms[1].regimen.dose_mg"
 */
export function formatPath(path: SpecPath): string {
  let text = "";
  for (const part of path) {
    if (typeof part === "number") text += `[${part}]`;
    else text += text === "" ? part : `.${part}`;
  }
  return text === "" ? "the spec" : text;
}

/**
 * Quotes a value for a message: strings in double quotes, everything else as YAML would
 * show it, long values cut.
 *
 * @example quoteValue("-50 mg") // "\"-50 mg\""
 */
export function quoteValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === "number") return Number.isNaN(value) ? ".nan" : String(value);
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return String(value);
}
