import type { z } from "zod";
import { closestName } from "../text/closest-name.js";
import { allowedKeysAt, descriptionAt } from "./schema-lookup.js";
import { formatPath, quoteValue, type SpecIssue, type SpecPath } from "./spec-issue.js";

type ZodIssue = z.core.$ZodIssue;

/** Value at `path` in the raw document (undefined where it is missing). */
export function valueAtPath(document: unknown, path: SpecPath): unknown {
  let current: unknown = document;
  for (const part of path) {
    if (current === null || typeof current !== "object") return undefined;
    if (!Object.hasOwn(current, part)) return undefined;
    current = (current as Record<string | number, unknown>)[part];
  }
  return current;
}

function fieldHint(schema: z.ZodType, path: SpecPath): string | undefined {
  const description = descriptionAt(schema, path);
  const name = path[path.length - 1];
  if (description === undefined || typeof name !== "string") return undefined;
  return `${name} — ${description}`;
}

function typeName(expected: string): string {
  const names: Record<string, string> = {
    int: "whole number",
    number: "number",
    string: "text",
    boolean: "true or false",
    object: "mapping (key: value lines)",
    record: "mapping (key: value lines)",
    array: "list (lines starting with -)",
  };
  return names[expected] ?? expected;
}

function bound(issue: { minimum?: unknown; maximum?: unknown; inclusive?: boolean }, low: boolean): string {
  const limit = low ? issue.minimum : issue.maximum;
  const operator = low ? (issue.inclusive ? ">=" : ">") : issue.inclusive ? "<=" : "<";
  return `${operator} ${String(limit)}`;
}

function describeUnknownKeys(issue: ZodIssue & { keys: string[] }, schema: z.ZodType): SpecIssue[] {
  const allowed = allowedKeysAt(schema, issue.path as SpecPath);
  return issue.keys.map((key) => {
    const suggestion = closestName(key, allowed);
    const where = issue.path.length === 0 ? "at the top level" : `in ${formatPath(issue.path as SpecPath)}`;
    const list = `allowed keys: ${allowed.join(", ")}`;
    return {
      code: "SPEC_UNKNOWN_KEY",
      message: `unknown key "${key}" ${where}`,
      hint: suggestion === undefined ? list : `did you mean "${suggestion}"? ${list}`,
      path: [...(issue.path as SpecPath), key],
      atKey: true,
    };
  });
}

/**
 * Turns one zod issue into a message in our voice: lower case, the field named, the bad
 * value quoted, and the field's description from the schema as the hint.
 */
export function describeSchemaIssue(issue: ZodIssue, document: unknown, schema: z.ZodType): SpecIssue[] {
  const path = issue.path as SpecPath;
  if (issue.code === "unrecognized_keys") return describeUnknownKeys(issue, schema);
  const field = formatPath(path);
  const value = valueAtPath(document, path);
  const hint = fieldHint(schema, path);
  const withHint = (code: string, message: string): SpecIssue[] => [
    hint === undefined ? { code, message, path } : { code, message, hint, path },
  ];
  switch (issue.code) {
    case "invalid_type":
      if (value === undefined) return withHint("SPEC_MISSING_KEY", `${field} is missing`);
      if (typeof value === "number" && !Number.isFinite(value) && issue.expected === "number")
        return withHint("SPEC_INVALID_VALUE", `${field} must be a finite number, got ${quoteValue(value)}`);
      return withHint("SPEC_WRONG_TYPE", `${field} must be a ${typeName(issue.expected)}, got ${quoteValue(value)}`);
    case "too_small":
      if (issue.origin === "array") return withHint("SPEC_INVALID_VALUE", `${field} needs at least ${String(issue.minimum)} item(s)`);
      if (issue.origin === "string") return withHint("SPEC_INVALID_VALUE", `${field} must not be empty`);
      return withHint("SPEC_INVALID_VALUE", `${field} must be ${bound(issue, true)}, got ${quoteValue(value)}`);
    case "too_big":
      return withHint("SPEC_INVALID_VALUE", `${field} must be ${bound(issue, false)}, got ${quoteValue(value)}`);
    case "invalid_value": {
      if (value === undefined) return withHint("SPEC_MISSING_KEY", `${field} is missing`);
      const choices = issue.values.map((choice) => JSON.stringify(choice));
      const suggestion = typeof value === "string" ? closestName(value, issue.values.map(String)) : undefined;
      const message = `${field} must be ${choices.length === 1 ? choices[0] : `one of ${choices.join(", ")}`}, got ${quoteValue(value)}`;
      const choiceHint = suggestion === undefined ? hint : `did you mean "${suggestion}"?${hint === undefined ? "" : ` ${hint}`}`;
      return [choiceHint === undefined ? { code: "SPEC_INVALID_VALUE", message, path } : { code: "SPEC_INVALID_VALUE", message, hint: choiceHint, path }];
    }
    case "invalid_format":
      return withHint("SPEC_INVALID_VALUE", `${field} ${issue.message}, got ${quoteValue(value)}`);
    default:
      return withHint("SPEC_INVALID_VALUE", `${field}: ${issue.message.toLowerCase()}`);
  }
}
