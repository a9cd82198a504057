import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { specSchema } from "../../src/spec/index.js";

/** Keeps README.md true: every spec field and every error code is documented there. */
const README = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
const SRC = new URL("../../src", import.meta.url).pathname;

interface Definition {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
}

function collectKeys(schema: z.ZodType, keys: Set<string>): void {
  const definition = (schema as unknown as { _zod: { def: Definition } })._zod.def;
  for (const [key, child] of Object.entries(definition.shape ?? {})) {
    keys.add(key);
    collectKeys(child, keys);
  }
  for (const child of [definition.element, definition.innerType, definition.valueType, ...(definition.options ?? [])]) {
    if (child !== undefined) collectKeys(child, keys);
  }
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

describe("README.md", () => {
  it("documents every key of the spec schema in the spec reference", () => {
    const keys = new Set<string>();
    collectKeys(specSchema, keys);
    expect(keys.size).toBeGreaterThan(50);
    const reference = README.slice(README.indexOf("## Spec reference"), README.indexOf("## Outputs"));
    const undocumented = [...keys].filter((key) => !reference.includes(`\`${key}\``));
    expect(undocumented).toEqual([]);
  });

  it("documents every error code with its cause and fix", () => {
    const codes = new Set<string>();
    for (const file of sourceFiles(SRC)) {
      for (const match of readFileSync(file, "utf8").matchAll(/"((?:SPEC|COHORT|USAGE|OUTPUT)_[A-Z_]+)"/g)) codes.add(match[1] as string);
    }
    expect(codes.size).toBeGreaterThan(30);
    const errors = README.slice(README.indexOf("## Errors"), README.indexOf("## Development"));
    expect([...codes].filter((code) => !errors.includes(`| \`${code}\` |`))).toEqual([]);
  });

  it("carries the two commands that do everything on a fresh machine", () => {
    expect(README).toContain("npm ci && npx twin-trial simulate trial-specs/pbc-phase2.yaml");
    expect(README).toContain("npm ci && npm test");
  });
});
