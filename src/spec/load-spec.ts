import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { dirname } from "node:path";
import { InputError } from "../errors.js";
import { decodeUtf8, describeByte } from "../text/decode-utf8.js";
import { parseSpec } from "./parse-spec.js";
import type { Spec } from "./schema.js";

/** A spec read from disk: the validated content plus what the manifest pins. */
export interface LoadedSpec {
  readonly spec: Spec;
  /** The path as the user gave it (used in messages; never absolute unless given so). */
  readonly file: string;
  /** Folder that relative cohort paths are resolved against. */
  readonly directory: string;
  readonly sha256: string;
}

function readSpecBytes(file: string): Buffer {
  const fileIssue = (code: string, message: string, hint: string): InputError =>
    new InputError([{ code, message, hint, location: { kind: "file", file } }]);
  let stats;
  try {
    stats = statSync(file);
  } catch {
    throw fileIssue("SPEC_NOT_FOUND", "spec file not found", "check the path; example specs are in trial-specs/, e.g. trial-specs/pbc-phase2.yaml");
  }
  if (stats.isDirectory()) throw fileIssue("SPEC_NOT_A_FILE", "the spec path is a folder, not a file", "name a .yaml file inside it");
  try {
    return readFileSync(file);
  } catch (error) {
    throw fileIssue("SPEC_UNREADABLE", `the spec file cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})`, "check the file's permissions");
  }
}

/**
 * Reads, parses and validates a spec file (the only file access of src/spec). With `text`,
 * that text stands for the file's content (a sweep point: the file with some fields set),
 * and cohort paths still resolve from the file's folder.
 */
export function loadSpec(file: string, content?: string): LoadedSpec {
  const bytes = content === undefined ? readSpecBytes(file) : Buffer.from(content, "utf8");
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    const { line, column, byte } = decoded.invalid;
    throw new InputError([{ code: "SPEC_ENCODING", message: `the spec is not UTF-8: byte ${describeByte(byte)}`, hint: "save the file as UTF-8 (in most editors: Save As → Encoding: UTF-8)", location: { kind: "yaml", file, line, column } }]);
  }
  const text = decoded.text;
  const spec = parseSpec(text, file);
  return { spec, file, directory: dirname(file), sha256: createHash("sha256").update(bytes).digest("hex") };
}
