import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { test as propTest, fc } from "@fast-check/vitest";
import { afterAll, describe, expect } from "vitest";
import { isMap, isScalar, isSeq, parseDocument, type Document } from "yaml";
import { prepareTrial } from "../../src/cli/prepare-trial.js";
import { TrialRunner } from "../../src/trial/index.js";
import { InputError } from "../../src/errors.js";
import { parseSpec } from "../../src/spec/index.js";
import { exampleSpecText, makeWorkspace, writeWorkspaceFile } from "../helpers/cli.js";

/**
 * Random mutations of the shipped specs never crash the loader: parseSpec either returns a
 * spec or throws an InputError, and a spec that validates is planned (prepareTrial) or
 * refused with an InputError, then (up to 400 patients per trial) runs its first replicate.
 * Any other error is a bug the user would see as exit 1.
 * 8 specs × 25 runs keeps the suite fast; the seed is fixed (test/setup/fast-check-seed.ts).
 * Replay a failure with fc.configureGlobal({ seed }) using the seed fast-check prints.
 */
type YamlPath = readonly (string | number)[];

type Mutation =
  | { readonly kind: "delete"; readonly target: number }
  | { readonly kind: "replace"; readonly target: number; readonly value: unknown }
  | { readonly kind: "duplicate"; readonly target: number }
  | { readonly kind: "rename"; readonly target: number; readonly name: string };

const SPEC_NAMES = readdirSync(new URL("../../trial-specs", import.meta.url)).filter((name) => name.endsWith(".yaml")).sort();
const RUNS_PER_SPEC = 25;

/** Every path of the document: map keys and list indexes, depth first. */
function pathsOf(value: unknown, prefix: YamlPath = []): YamlPath[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => [[...prefix, index], ...pathsOf(item, [...prefix, index])]);
  if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([key, item]) => [[...prefix, key], ...pathsOf(item, [...prefix, key])]);
  return [];
}

/** A value of any type a YAML document can hold, including the awkward ones. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
  fc.double(),
  fc.constantFrom(0, -1, 1, 0.5, -0, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, 10_000_000),
  fc.string({ maxLength: 12 }),
  fc.constantFrom("", "placebo", "age", "bili", "constructor", "__proto__", "not ascites", "auc_tau", "one-compartment", "a > 1"),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.string({ maxLength: 4 })), { maxLength: 3 }),
  fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), fc.integer({ min: -5, max: 5 }), { maxKeys: 2 }),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), target: fc.nat() }),
  fc.record({ kind: fc.constant("replace" as const), target: fc.nat(), value: anyValue }),
  fc.record({ kind: fc.constant("duplicate" as const), target: fc.nat() }),
  fc.record({ kind: fc.constant("rename" as const), target: fc.nat(), name: fc.oneof(fc.string({ minLength: 1, maxLength: 10 }), fc.constantFrom("id", "label", "typical", "cv", "control", "model", "__proto__")) }),
);

/** Applies one mutation to the document in place (the target index wraps around the document's current paths). */
function mutate(document: Document, paths: readonly YamlPath[], change: Mutation): void {
  const path = paths[change.target % paths.length] ?? [];
  const parentPath = path.slice(0, -1);
  const last = path[path.length - 1];
  const parent = parentPath.length === 0 ? document.contents : document.getIn(parentPath, true);
  switch (change.kind) {
    case "delete":
      document.deleteIn(path);
      return;
    case "replace":
      document.setIn(path, document.createNode(change.value));
      return;
    case "duplicate":
      if (isSeq(parent)) parent.items.push(document.createNode(document.getIn(path)));
      else if (isMap(parent)) document.setIn([...parentPath, `${String(last)}_copy`], document.createNode(document.getIn(path)));
      return;
    case "rename": {
      if (!isMap(parent) || parent.has(change.name)) return; // a duplicate key is a YAML error, tested elsewhere
      const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === last);
      if (pair !== undefined && isScalar(pair.key)) pair.key.value = change.name;
      return;
    }
  }
}

/** The error a call throws, or undefined. */
function thrownBy(action: () => unknown): unknown {
  try {
    action();
    return undefined;
  } catch (error) {
    return error;
  }
}

/** Fails with the mutated text and the error, unless the error is an InputError (or there is none). */
function expectInputErrorOrNothing(error: unknown, text: string): void {
  if (error === undefined || error instanceof InputError) return;
  expect.fail(`not an InputError: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n--- spec ---\n${text}`);
}

const root = makeWorkspace();
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe.each(SPEC_NAMES)("mutations of trial-specs/%s", (name) => {
  const original = exampleSpecText(name);

  propTest.prop([fc.array(mutation, { minLength: 1, maxLength: 3 })], { numRuns: RUNS_PER_SPEC })("load either succeeds or throws InputError, and a valid spec plans and runs", (changes) => {
    const document = parseDocument(original);
    // Paths are taken afresh before each change: an earlier one may have removed a path.
    for (const change of changes) mutate(document, pathsOf(document.toJS()), change);
    const text = document.toString();
    const parseError = thrownBy(() => parseSpec(text, "spec.yaml"));
    expectInputErrorOrNothing(parseError, text);
    if (parseError !== undefined) return;
    const file = writeWorkspaceFile(root, join("specs", name), text);
    let prepared: ReturnType<typeof prepareTrial> | undefined;
    expectInputErrorOrNothing(thrownBy(() => (prepared = prepareTrial(file, {}))), text);
    // A spec that validates runs: its first replicate simulates and analyses (small trials only, to stay fast).
    if (prepared !== undefined && prepared.plan.patientCount <= 400) {
      const runner = new TrialRunner(prepared.plan);
      const runError = thrownBy(() => runner.runNext());
      if (runError !== undefined) expect.fail(`a valid spec failed to run: ${runError instanceof Error ? (runError.stack ?? runError.message) : String(runError)}\n--- spec ---\n${text}`);
    }
  });
});
