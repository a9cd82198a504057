import { z } from "zod";
import { parseJsonFile } from "./parse-json-file.js";

/** A plain file name (no folder, no "..", not hidden): archived files are written into temporary folders by these names. */
const fileName = z.string().regex(/^[A-Za-z0-9_-][A-Za-z0-9._-]*$/, "a plain file name");
/** An output: a plain file name, or plain names joined by "/" for a subfolder (adam/adsl.csv); never absolute, hidden or "..". */
const outputName = z.string().regex(/^[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/, "a relative path of plain names");
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, "a SHA-256 in hex");

/** The manifest.json fields replay and archive rely on; other fields are kept as they are (loose). */
const manifestSchema = z.looseObject({
  tool: z.looseObject({ name: z.string(), version: z.string() }),
  results_format_version: z.number().int(),
  seed: z.number().int(),
  replicates: z.number().int().positive(),
  spec: z.looseObject({ file: fileName, sha256 }),
  inputs: z.array(z.looseObject({ role: z.string(), file: z.string().min(1), sha256 })).min(1),
  outputs: z.array(z.looseObject({ file: outputName, bytes: z.number().int().nonnegative(), sha256 })).min(1),
  resolved_spec: z.looseObject({ trial: z.looseObject({ id: z.string().min(1) }), cohort: z.looseObject({ file: z.string().min(1) }) }),
  run: z.unknown().optional(),
});

/** manifest.json of a results folder, as far as archive and replay read it. */
export type ArchivedManifest = z.infer<typeof manifestSchema>;

/**
 * Parses and checks a results folder's manifest.json; a file that is not JSON or lacks a
 * field gives MANIFEST_INVALID naming the field.
 */
export function parseArchivedManifest(text: string, file: string): ArchivedManifest {
  return parseJsonFile(text, file, manifestSchema, { code: "MANIFEST_INVALID", name: "manifest.json", hint: "archive and replay read the manifest.json that twin-trial simulate writes; use an unedited results folder" });
}
