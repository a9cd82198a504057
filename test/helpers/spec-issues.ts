import { formatIssues } from "../../src/cli/format-issues.js";
import { InputError } from "../../src/errors.js";
import { parseSpec } from "../../src/spec/index.js";

/** The lines the CLI prints for a spec text's issues (place, message, hint), or [] when it parses. */
export function specIssues(text: string): string[] {
  try {
    parseSpec(text, "spec.yaml");
  } catch (error) {
    if (error instanceof InputError) return formatIssues(error.issues).trimEnd().split("\n");
    throw error;
  }
  return [];
}
