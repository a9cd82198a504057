import { LineCounter, parseDocument, type Document } from "yaml";
import { InputError, type Issue } from "../errors.js";
import { SPEC_RULES } from "./rules.js";
import { specSchema, type Spec } from "./schema.js";
import { describeSchemaIssue } from "./describe-schema-issue.js";
import type { SpecIssue } from "./spec-issue.js";
import { locatePath } from "./yaml-location.js";
import { yamlNodeIssues } from "./yaml-node-issues.js";

/** Aliases a spec may expand: enough for reuse, far too few for a "billion laughs" bomb. */
const MAX_ALIAS_COUNT = 100;

function lowerFirst(text: string): string {
  return text.length === 0 ? text : text[0]?.toLowerCase() + text.slice(1);
}

/** Hints for the YAML parser's error codes (eemeli/yaml src/errors.ts); the rest get the default. */
const YAML_HINTS: Record<string, string> = {
  TAB_AS_INDENT: "indent with spaces, not tabs",
  DUPLICATE_KEY: "a key may appear only once in a mapping: remove or rename one of them",
  BAD_ALIAS: "an alias (*name) must refer to an anchor (&name) defined before it",
  UNEXPECTED_TOKEN: "check the quoting and the characters near this position",
  MULTIPLE_DOCS: "a spec is one YAML document: remove the '---' line and what follows, or split it into several spec files",
};
const DEFAULT_YAML_HINT = "check the indentation (keys of one mapping start in the same column) and the ':' after each key near this line";

/**
 * The first YAML syntax error only: the parser's later errors are usually consequences
 * of the first (one bad indent misaligns every line after it).
 */
function syntaxIssues(document: Document, lineCounter: LineCounter, file: string): Issue[] {
  const error = document.errors[0];
  if (error === undefined) return [];
  const { line, col } = lineCounter.linePos(error.pos[0]);
  const location = { kind: "yaml" as const, file, line, column: col };
  // The parser recurses once per level: far too deep a document overflows its stack.
  if (error.code === "RESOURCE_EXHAUSTION")
    return [{ code: "SPEC_YAML_SYNTAX", message: "the spec is nested too deeply to read", hint: "a spec needs only a few levels of mappings and lists: check the indentation and the brackets", location }];
  const message = lowerFirst(error.message.split("\n")[0] ?? error.message)
    .replace(/ at line \d+, column \d+:?$/, "")
    .replace(/; please use YAML\.parseAllDocuments\(\)$/, "")
    .replace(/[.:]$/, "");
  const hint = YAML_HINTS[error.code] ?? DEFAULT_YAML_HINT;
  return [{ code: "SPEC_YAML_SYNTAX", message, hint, location }];
}

function locate(issues: readonly SpecIssue[], document: Document, lineCounter: LineCounter, file: string): Issue[] {
  const located = issues.map((issue) => {
    const options = { ...(issue.atKey === true ? { atKey: true } : {}), ...(issue.offsetInValue === undefined ? {} : { offsetInValue: issue.offsetInValue }) };
    const { line, column } = locatePath(document, lineCounter, issue.path, options);
    const base: Issue = { code: issue.code, message: issue.message, location: { kind: "yaml", file, line, column } };
    return issue.hint === undefined ? base : { ...base, hint: issue.hint };
  });
  return located.sort((a, b) => positionOf(a) - positionOf(b));
}

function positionOf(issue: Issue): number {
  return issue.location?.kind === "yaml" ? issue.location.line * 100_000 + issue.location.column : 0;
}

function wholeFileIssue(file: string, code: string, message: string, hint: string): InputError {
  return new InputError([{ code, message, hint, location: { kind: "yaml", file, line: 1, column: 1 } }]);
}

function toPlainObject(document: Document, file: string): unknown {
  try {
    return document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (error instanceof ReferenceError || error instanceof RangeError)
      throw wholeFileIssue(file, "SPEC_YAML_ALIASES", `the spec expands too many aliases (${lowerFirst(error.message)})`, `a spec may expand at most ${MAX_ALIAS_COUNT} aliases; write the values out`);
    throw error;
  }
}

/**
 * Parses and validates spec text: YAML syntax, the schema, then the semantic rules. Pure:
 * `file` is only used to label positions. Throws an InputError holding every issue found
 * at the first stage that has any, each with `file:line:column` and a hint.
 */
export function parseSpec(text: string, file: string): Spec {
  const lineCounter = new LineCounter();
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const document = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true, schema: "core", strict: true });
  if (document.errors.length > 0) throw new InputError(syntaxIssues(document, lineCounter, file));
  const nodeIssues = yamlNodeIssues(document, lineCounter, file);
  if (nodeIssues.length > 0) throw new InputError(nodeIssues);
  const raw = toPlainObject(document, file);
  if (raw === null || raw === undefined)
    throw wholeFileIssue(file, "SPEC_EMPTY", "the spec is empty", "start from trial-specs/pbc-phase2.yaml, which explains every field");
  if (typeof raw !== "object" || Array.isArray(raw))
    throw wholeFileIssue(file, "SPEC_WRONG_TYPE", "the spec must be a mapping with trial, cohort, population, arms and endpoints", "start from trial-specs/pbc-phase2.yaml, which explains every field");
  const parsed = specSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.flatMap((issue) => describeSchemaIssue(issue, raw, specSchema));
    throw new InputError(locate(issues, document, lineCounter, file));
  }
  const ruleIssues = SPEC_RULES.flatMap((rule) => rule(parsed.data));
  if (ruleIssues.length > 0) throw new InputError(locate(ruleIssues, document, lineCounter, file));
  return parsed.data;
}
