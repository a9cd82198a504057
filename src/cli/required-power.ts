import { InputError, RequirementNotMet } from "../errors.js";
import { pointPowers } from "../report/index.js";
import type { TrialResult } from "../trial/index.js";

/**
 * A power given on the command line (--target-power, --fail-under-power): a number in (0, 1),
 * or up to 1 inclusive where `inclusiveOne`; undefined when the flag is absent.
 */
export function parsePower(text: string | undefined, flag: string, inclusiveOne: boolean): number | undefined {
  if (text === undefined) return undefined;
  const value = /^\s*(\d+\.?\d*|\.\d+)\s*$/.test(text) ? Number(text) : Number.NaN;
  if (value > 0 && (value < 1 || (inclusiveOne && value === 1))) return value;
  throw new InputError([{ code: "USAGE_INVALID_VALUE", message: `${flag} must be a power between 0 and 1, got ${JSON.stringify(text)}`, hint: `e.g. ${flag} 0.8`, location: { kind: "flag", flag } }]);
}

/**
 * Throws RequirementNotMet (exit 4) when the power of a primary hypothesis of the run (the
 * arms' own trial and each design; type I error rows are not powers) is below `required`.
 * Called after the results are written, so a CI job keeps them either way.
 */
export function checkRequiredPower(result: Pick<TrialResult, "summary" | "family" | "designs">, required: number | undefined, out: string): void {
  if (required === undefined) return;
  const { powers } = pointPowers({ point: { index: 1, values: [] }, summary: result.summary, family: result.family, designs: result.designs });
  const below = powers.filter((power) => power.quantity === "power" && power.rate < required);
  const [first] = below;
  if (first === undefined) return;
  const named = below.map((power) => `${power.design === "rct" ? "" : `${power.design}: `}${power.endpoint} ${power.comparison}, ${power.method} has power ${power.rate}`);
  throw new RequirementNotMet(`power below the required ${required}: ${named.join("; ")} (results written to ${out})`);
}
