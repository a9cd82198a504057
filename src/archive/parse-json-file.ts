import type { z } from "zod";
import { InputError } from "../errors.js";

/**
 * Parses a JSON file that twin-trial wrote (a manifest, a shard's description) against its
 * schema. Not JSON, or a field missing or wrong, is one InputError with `code` naming the file
 * and the first field at fault, and `hint` saying what to do.
 *
 * @example parseJsonFile(text, "results/x/manifest.json", manifestSchema, { code: "MANIFEST_INVALID", name: "manifest", hint: "…" })
 */
export function parseJsonFile<Schema extends z.ZodType>(text: string, file: string, schema: Schema, what: { readonly code: string; readonly name: string; readonly hint: string }): z.infer<Schema> {
  const invalid = (message: string): InputError => new InputError([{ code: what.code, message, hint: what.hint, location: { kind: "file", file } }]);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw invalid(`${what.name} is not valid JSON`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const path = first?.path.join(".") ?? "";
    throw invalid(`${what.name} field ${path === "" ? "(top level)" : path} is missing or wrong: ${first?.message ?? "invalid"}`);
  }
  return parsed.data;
}
