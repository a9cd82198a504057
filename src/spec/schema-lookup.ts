import type { z } from "zod";
import type { SpecPath } from "./spec-issue.js";

interface SchemaDefinition {
  readonly type: string;
  readonly shape?: Record<string, z.ZodType>;
  readonly element?: z.ZodType;
  readonly innerType?: z.ZodType;
  readonly valueType?: z.ZodType;
}

function definitionOf(schema: z.ZodType): SchemaDefinition {
  return (schema as unknown as { _zod: { def: SchemaDefinition } })._zod.def;
}

/** Removes optional / default wrappers to reach the schema that holds the shape. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let depth = 0; depth < 10; depth++) {
    const definition = definitionOf(current);
    if (definition.innerType === undefined) return current;
    current = definition.innerType;
  }
  return current;
}

/**
 * The sub-schema at a document path, or undefined where the path leaves the schema.
 * Used to give every message the field's own description as its hint.
 */
export function schemaAtPath(root: z.ZodType, path: SpecPath): z.ZodType | undefined {
  let current: z.ZodType | undefined = root;
  for (const part of path) {
    if (current === undefined) return undefined;
    const definition = definitionOf(unwrap(current));
    if (definition.type === "object" && typeof part === "string") current = definition.shape?.[part];
    else if (definition.type === "array" && typeof part === "number") current = definition.element;
    else if (definition.type === "record" && typeof part === "string") current = definition.valueType;
    else return undefined;
  }
  return current;
}

/** The keys an object schema at `path` allows (for did-you-mean), or []. */
export function allowedKeysAt(root: z.ZodType, path: SpecPath): readonly string[] {
  const schema = schemaAtPath(root, path);
  if (schema === undefined) return [];
  const definition = definitionOf(unwrap(schema));
  return definition.type === "object" ? Object.keys(definition.shape ?? {}) : [];
}

/** The description of the field at `path` (from .describe in schema.ts), if any. */
export function descriptionAt(root: z.ZodType, path: SpecPath): string | undefined {
  const schema = schemaAtPath(root, path);
  if (schema === undefined) return undefined;
  return schema.description ?? unwrap(schema).description;
}
