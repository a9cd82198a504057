import type { SweepValue } from "./sweep-field.js";

/** The most points one field may take (a range with a tiny step is a typo, not a sweep). */
export const MAX_FIELD_VALUES = 1000;

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const RANGE = /^\s*([^.\s][^\s]*?)\s*\.\.\s*([^\s]+?)(?:\s+step\s+([^\s]+))?\s*$/;

/** A result or the reason the text is not one. */
export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: string; readonly hint: string };

/** One item of a list: a finite number, true/false, or a word (YAML-style, without quotes). */
export function parseSweepValue(text: string): SweepValue {
  const item = text.trim();
  if (NUMBER.test(item)) return Number(item);
  if (item === "true" || item === "false") return item === "true";
  return item.replace(/^"(.*)"$/, "$1");
}

/**
 * The values of a --vary flag or a sweep block's string form: a comma list ("40,80,120",
 * "welch,ancova") or an inclusive arithmetic range ("50..200 step 50"; step 1 when left
 * out). A range's values are from + k·step, rounded to 12 significant digits so that
 * "0.1..0.3 step 0.1" gives 0.1, 0.2, 0.3 and not 0.30000000000000004.
 *
 * @example parseSweepValues("50..200 step 50") // { ok: true, value: [50, 100, 150, 200] }
 */
export function parseSweepValues(text: string): Parsed<SweepValue[]> {
  const range = RANGE.exec(text);
  if (range !== null && NUMBER.test(range[1] ?? "") && NUMBER.test(range[2] ?? "")) {
    const from = Number(range[1]);
    const to = Number(range[2]);
    const step = range[3] === undefined ? 1 : Number(range[3]);
    if (!Number.isFinite(step) || step <= 0 || !NUMBER.test(range[3] ?? "1")) return { ok: false, problem: `the step of ${JSON.stringify(text)} must be a positive number`, hint: "e.g. 50..200 step 50" };
    if (to < from) return { ok: false, problem: `the range ${JSON.stringify(text)} ends before it starts`, hint: `write the smaller value first, e.g. ${range[2]}..${range[1]}` };
    const count = Math.floor((to - from) / step + 1e-9) + 1;
    if (count > MAX_FIELD_VALUES) return { ok: false, problem: `the range ${JSON.stringify(text)} has ${count} values, more than ${MAX_FIELD_VALUES}`, hint: "use a larger step" };
    return { ok: true, value: Array.from({ length: count }, (_, k) => Number((from + k * step).toPrecision(12))) };
  }
  const items = text.split(",").map((item) => item.trim());
  if (items.some((item) => item === "")) return { ok: false, problem: `${JSON.stringify(text)} has an empty value`, hint: "separate values with single commas, e.g. 40,80,120, or give a range, e.g. 40..160 step 40" };
  if (items.length > MAX_FIELD_VALUES) return { ok: false, problem: `${items.length} values, more than ${MAX_FIELD_VALUES}`, hint: "sweep fewer values" };
  const values = items.map(parseSweepValue);
  const seen = new Set<string>();
  for (const value of values) {
    const key = JSON.stringify(value);
    if (seen.has(key)) return { ok: false, problem: `the value ${key} is given twice`, hint: "give each value once" };
    seen.add(key);
  }
  return { ok: true, value: values };
}

/**
 * A field path: dot-separated keys; a list item by its id or its 0-based position.
 *
 * @example parsePath("arms.active.regimen.dose_mg") // ["arms", "active", "regimen", "dose_mg"]
 */
export function parseSweepPath(text: string): Parsed<string[]> {
  const parts = text.trim().split(".");
  if (parts.some((part) => !/^[A-Za-z0-9_-]+$/.test(part))) return { ok: false, problem: `${JSON.stringify(text)} is not a field path`, hint: "write the keys separated by dots, a list item by its id, e.g. population.n_per_arm or arms.active.regimen.dose_mg" };
  return { ok: true, value: parts };
}
