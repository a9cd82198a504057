import { writeFileSync } from "node:fs";
import { InputError } from "../errors.js";
import { specJsonSchemaText } from "../spec/json-schema.js";
import type { CliIo } from "./cli-io.js";

export interface SchemaOptions {
  readonly out?: string;
}

/** `twin-trial schema`: prints (or writes) the JSON Schema of trial specs for editors. */
export function schemaCommand(options: SchemaOptions, io: CliIo): void {
  const text = specJsonSchemaText();
  if (options.out === undefined) {
    io.stdout.write(text);
    return;
  }
  try {
    writeFileSync(options.out, text, "utf8");
  } catch (error) {
    const reason = error instanceof Error && "code" in error ? String(error.code) : "an error";
    throw new InputError([{ code: "USAGE_INVALID_VALUE", message: `cannot write the schema to ${options.out} (${reason})`, hint: "choose a file in a folder that exists and that you may write to", location: { kind: "flag", flag: "--out" } }]);
  }
  io.stderr.write(`wrote ${options.out}\n`);
}
