import { readdirSync, readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { specJsonSchema, specJsonSchemaText, SCHEMA_FILE } from "../../src/spec/json-schema.js";
import { runCli } from "../helpers/cli.js";

const ROOT = new URL("../../", import.meta.url);
const SHIPPED_SPEC_FOLDERS = ["trial-specs/", "trial-specs/templates/", "bench/workloads/"];
const shippedSpecs = SHIPPED_SPEC_FOLDERS.flatMap((folder) => readdirSync(new URL(folder, ROOT)).filter((file) => file.endsWith(".yaml")).map((file) => `${folder}${file}`));

interface SchemaNode {
  readonly description?: string;
  readonly properties?: Record<string, SchemaNode>;
  readonly items?: SchemaNode;
  readonly additionalProperties?: SchemaNode | boolean;
  readonly anyOf?: readonly SchemaNode[];
  readonly oneOf?: readonly SchemaNode[];
  readonly allOf?: readonly SchemaNode[];
}

/** Every property path of the schema with whether it has a description. */
function properties(node: SchemaNode, path: string): { path: string; described: boolean }[] {
  const own = Object.entries(node.properties ?? {}).flatMap(([name, child]) => [{ path: `${path}.${name}`, described: typeof child.description === "string" && child.description.length > 0 }, ...properties(child, `${path}.${name}`)]);
  const items = node.items === undefined ? [] : properties(node.items, `${path}[]`);
  const values = typeof node.additionalProperties === "object" ? properties(node.additionalProperties, `${path}.*`) : [];
  const variants = [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])].flatMap((variant) => properties(variant, path));
  return [...own, ...items, ...values, ...variants];
}

function validator() {
  const ajv = new Ajv2020.default({ allErrors: true, strict: false });
  return ajv.compile(specJsonSchema());
}

describe("the JSON Schema of trial specs", () => {
  it("describes every field", () => {
    const fields = properties(specJsonSchema() as SchemaNode, "");
    expect(fields.length).toBeGreaterThan(250);
    expect(fields.filter((field) => !field.described).map((field) => field.path)).toEqual([]);
  });

  it.each(shippedSpecs)("accepts the shipped spec %s, which names the schema for editors", (file) => {
    const text = readFileSync(new URL(file, ROOT), "utf8");
    expect(text.split("\n")[0]).toMatch(/^# yaml-language-server: \$schema=(\.\/|\.\.\/|\.\.\/\.\.\/trial-specs\/)trial-spec\.schema\.json$/);
    const validate = validator();
    expect(validate(parse(text)), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it("rejects what the spec parser rejects field by field: an unknown field, a wrong type, an unknown choice", () => {
    const validate = validator();
    const spec = parse(readFileSync(new URL("trial-specs/power-check.yaml", ROOT), "utf8")) as Record<string, Record<string, unknown>>;
    expect(validate({ ...spec, trial: { ...spec.trial, replicatess: 10 } })).toBe(false);
    expect(validate({ ...spec, trial: { ...spec.trial, replicates: "many" } })).toBe(false);
    expect(validate({ ...spec, population: { ...spec.population, method: "bootstrapp" } })).toBe(false);
  });

  it("is shipped as trial-specs/trial-spec.schema.json, exactly what `twin-trial schema` prints", async () => {
    const run = await runCli(["schema"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(specJsonSchemaText());
    expect(readFileSync(new URL(SCHEMA_FILE, ROOT), "utf8")).toBe(run.stdout);
    expect(JSON.parse(run.stdout)).toMatchObject({ $schema: "https://json-schema.org/draft/2020-12/schema", type: "object", additionalProperties: false });
  });
});
