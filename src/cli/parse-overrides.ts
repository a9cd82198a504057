import { InputError, type Issue } from "../errors.js";
import type { Spec } from "../spec/index.js";

/** Command-line values that replace the spec's. */
export interface Overrides {
  readonly seed?: string;
  readonly replicates?: string;
}

function wholeNumber(text: string, flag: string, minimum: number, maximum: number, issues: Issue[]): number | undefined {
  const value = /^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
  if (Number.isSafeInteger(value) && value >= minimum && value <= maximum) return value;
  issues.push({ code: "USAGE_INVALID_VALUE", message: `${flag} must be a whole number from ${minimum} to ${maximum}, got ${JSON.stringify(text)}`, hint: `e.g. ${flag} ${minimum === 0 ? 42 : 1000}`, location: { kind: "flag", flag } });
  return undefined;
}

/** Applies --seed and --replicates to a validated spec (they are checked like the spec's own). */
export function applyOverrides(spec: Spec, overrides: Overrides): Spec {
  const issues: Issue[] = [];
  const seed = overrides.seed === undefined ? spec.trial.seed : wholeNumber(overrides.seed, "--seed", 0, Number.MAX_SAFE_INTEGER, issues);
  const replicates = overrides.replicates === undefined ? spec.trial.replicates : wholeNumber(overrides.replicates, "--replicates", 1, 10_000_000, issues);
  if (issues.length > 0 || seed === undefined || replicates === undefined) throw new InputError(issues);
  return { ...spec, trial: { ...spec.trial, seed, replicates } };
}
