import type { ReplicateOutcome } from "./replicate-outcome.js";

/** How a number JSON cannot write is written: NaN, ±Infinity and −0 become {"$number": "NaN" | "Infinity" | "-Infinity" | "-0"}. */
const NUMBER_KEY = "$number";

function encodeValue(_key: string, value: unknown): unknown {
  if (typeof value !== "number") return value;
  if (Number.isNaN(value)) return { [NUMBER_KEY]: "NaN" };
  if (value === Infinity) return { [NUMBER_KEY]: "Infinity" };
  if (value === -Infinity) return { [NUMBER_KEY]: "-Infinity" };
  if (Object.is(value, -0)) return { [NUMBER_KEY]: "-0" };
  return value;
}

function decodeValue(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  if (keys.length !== 1 || keys[0] !== NUMBER_KEY) return value;
  const text = (value as Record<string, unknown>)[NUMBER_KEY];
  switch (text) {
    case "NaN":
      return Number.NaN;
    case "Infinity":
      return Infinity;
    case "-Infinity":
      return -Infinity;
    case "-0":
      return -0;
    default:
      throw new RangeError(`unknown ${NUMBER_KEY} value ${JSON.stringify(text)}`);
  }
}

/**
 * One replicate's outcome as one line of JSON, exactly: JavaScript writes every finite
 * double in the shortest form that reads back to the same double, and the numbers JSON has
 * no word for are tagged. What a shard stores, so that merge adds the very same numbers.
 */
export function encodeOutcome(outcome: ReplicateOutcome): string {
  return JSON.stringify(outcome, encodeValue);
}

/** Any plain data as JSON, numbers exact (as encodeOutcome): a sweep shard's point results. */
export function encodeExact(value: unknown, indent?: number): string {
  return JSON.stringify(value, encodeValue, indent);
}

/** Reads encodeExact's JSON back; throws SyntaxError or RangeError on anything else. */
export function decodeExact(text: string): unknown {
  return JSON.parse(text, decodeValue) as unknown;
}

/** Reads a line written by encodeOutcome back; throws SyntaxError or RangeError on anything else. */
export function decodeOutcome(line: string): ReplicateOutcome {
  const value = JSON.parse(line, decodeValue) as unknown;
  if (value === null || typeof value !== "object" || !Number.isSafeInteger((value as { replicate?: unknown }).replicate)) throw new RangeError("not a replicate outcome (no whole-number replicate)");
  return value as ReplicateOutcome;
}

/**
 * The replicates of shard `index` of `count` (1-based) out of `total`: contiguous slices
 * whose sizes differ by at most one, covering 1..total in order. A shard of more shards
 * than replicates can be empty (from > to).
 *
 * @example shardSlice(10, 1, 3) // { from: 1, to: 3 }; shardSlice(10, 3, 3) // { from: 7, to: 10 }
 */
export function shardSlice(total: number, index: number, count: number): { from: number; to: number } {
  return { from: Math.floor(((index - 1) * total) / count) + 1, to: Math.floor((index * total) / count) };
}
