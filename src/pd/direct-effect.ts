import { emaxEffect } from "./emax.js";
import { computeLinearEffect } from "./linear-effect.js";
import { computeLogLinearEffect } from "./log-linear-effect.js";

/** A direct (immediate) exposure–response model, by name. */
export type DirectEffectModel =
  | { readonly kind: "linear"; readonly slope: number }
  | { readonly kind: "log-linear"; readonly slope: number; readonly offset?: number }
  | { readonly kind: "emax"; readonly emax: number; readonly ec50: number }
  | { readonly kind: "sigmoid-emax"; readonly emax: number; readonly ec50: number; readonly hill: number };

/**
 * The effect of a direct model at exposure or concentration X: linear slope · X, log-linear
 * slope · ln(X + offset), Emax emax · X / (ec50 + X) or sigmoid Emax with a Hill coefficient
 * (both through emaxEffect, which gives 0 at X ≤ 0).
 *
 * Reference: Holford, N. H. G. & Sheiner, L. B. (1981) Understanding the dose–effect
 * relationship. Clin Pharmacokinet 6, 429–453.
 *
 * @param exposure X in the unit of the model's ec50 (or slope), e.g. mg/L
 * @example computeDirectEffect({ kind: "emax", emax: 2.5, ec50: 40 }, 40) // 1.25
 */
export function computeDirectEffect(model: DirectEffectModel, exposure: number): number {
  switch (model.kind) {
    case "linear":
      return computeLinearEffect(exposure, model.slope);
    case "log-linear":
      return computeLogLinearEffect(exposure, model);
    case "emax":
      return emaxEffect(exposure, { emax: model.emax, ec50: model.ec50, hill: 1 });
    case "sigmoid-emax":
      return emaxEffect(exposure, model);
  }
}
