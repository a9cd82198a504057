export { parseSpec } from "./parse-spec.js";
export { loadSpec, type LoadedSpec } from "./load-spec.js";
export * from "./schema.js";
export { formatPath, type SpecIssue, type SpecPath } from "./spec-issue.js";
export { doseCountFor, resolveSpec } from "./resolve-spec.js";
export { SpecEditError, specTextWith, type SpecEdit } from "./edit-spec-text.js";
