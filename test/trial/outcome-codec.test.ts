import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { computeReplicate, decodeOutcome, designSimulatorOf, encodeOutcome, shardSlice } from "../../src/trial/index.js";
import { editedSpecText, planFromText } from "../helpers/plan.js";

/** Same number bit for bit (Object.is tells −0 from 0 and NaN from itself). */
function sameNumbers(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") return Object.is(a, b);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((value, index) => sameNumbers(value, b[index]));
  if (a !== null && b !== null && typeof a === "object" && typeof b === "object") {
    const defined = (value: object): string[] => Object.keys(value).filter((key) => (value as Record<string, unknown>)[key] !== undefined);
    const keys = defined(a);
    return keys.length === defined(b).length && keys.every((key) => sameNumbers((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
  }
  return a === b;
}

describe("encodeOutcome / decodeOutcome: what a shard stores reads back exactly", () => {
  test.prop([fc.array(fc.double(), { maxLength: 40 }), fc.string()])("any doubles (NaN, ±Infinity, −0, subnormals) round-trip bit for bit", (numbers, name) => {
    const outcome = { replicate: 7, efficacy: [], safety: [], visits: [{ endpoint: name, arm: "a", visitDay: 1, changes: numbers }], designs: undefined };
    const decoded = decodeOutcome(encodeOutcome(outcome));
    expect(sameNumbers(decoded.visits[0]?.changes, numbers)).toBe(true);
    expect(decoded.visits[0]?.endpoint).toBe(name);
  });

  it("tags exactly the numbers JSON has no word for", () => {
    const line = encodeOutcome({ replicate: 1, efficacy: [], safety: [], visits: [{ endpoint: "e", arm: "a", visitDay: 0, changes: [Number.NaN, Infinity, -Infinity, -0, 0, 0.1, 5e-324] }], designs: undefined });
    expect(line).toBe('{"replicate":1,"efficacy":[],"safety":[],"visits":[{"endpoint":"e","arm":"a","visitDay":0,"changes":[{"$number":"NaN"},{"$number":"Infinity"},{"$number":"-Infinity"},{"$number":"-0"},0,0.1,5e-324]}]}');
  });

  it("refuses a line that is not an outcome", () => {
    expect(() => decodeOutcome("[]")).toThrow("not a replicate outcome");
    expect(() => decodeOutcome('{"replicate":1,"x":{"$number":"lots"}}')).toThrow('unknown $number value "lots"');
    expect(() => decodeOutcome("{")).toThrow(SyntaxError);
  });

  it.each(["pbc-phase2.yaml", "pbc-synthetic-control.yaml", "oncology-dose-modification.yaml"])("a real replicate of %s round-trips", (name) => {
    const plan = planFromText(editedSpecText(name, []));
    const { outcome } = computeReplicate(plan, designSimulatorOf(plan), 3);
    expect(outcome.efficacy.length).toBeGreaterThan(0);
    const decoded = decodeOutcome(encodeOutcome(outcome));
    expect(sameNumbers(decoded, outcome)).toBe(true);
    expect(encodeOutcome(decoded)).toBe(encodeOutcome(outcome));
  });
});

describe("shardSlice", () => {
  test.prop([fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 300 })])("the N slices cover 1..total in order, once each, sizes within one of each other", (total, count) => {
    let next = 1;
    const sizes: number[] = [];
    for (let index = 1; index <= count; index++) {
      const { from, to } = shardSlice(total, index, count);
      expect(from).toBe(next);
      sizes.push(to - from + 1);
      next = to + 1;
    }
    expect(next).toBe(total + 1);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });

  it("slices 10 replicates into 3 shards as 1–3, 4–6, 7–10", () => {
    expect([1, 2, 3].map((index) => shardSlice(10, index, 3))).toEqual([
      { from: 1, to: 3 },
      { from: 4, to: 6 },
      { from: 7, to: 10 },
    ]);
  });
});
