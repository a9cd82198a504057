import { computeDirectEffect, type DirectEffectModel } from "../pd/index.js";
import type { DrugEffect } from "../spec/schema.js";

function directModel(effect: DrugEffect): DirectEffectModel {
  switch (effect.model) {
    case "linear":
      return { kind: "linear", slope: effect.slope ?? 0 };
    case "log-linear":
      return { kind: "log-linear", slope: effect.slope ?? 0, offset: effect.offset };
    case "sigmoid-emax":
      return { kind: "sigmoid-emax", emax: effect.emax ?? 0, ec50: effect.ec50 ?? 1, hill: effect.hill };
    default:
      return { kind: "emax", emax: effect.emax ?? 0, ec50: effect.ec50 ?? 1 };
  }
}

/**
 * The drug effect at exposure X relative to no drug, E(X) − E(0) (log-linear models are
 * not 0 at X = 0); a constant effect is its value whatever the exposure.
 *
 * @example directDrugEffect({ model: "emax", exposure: "auc_tau", emax: 2.5, ec50: 40, hill: 1, offset: 1 }, 40) // 1.25
 */
export function directDrugEffect(effect: DrugEffect, exposure: number): number {
  if (effect.model === "constant") return effect.value ?? 0;
  const model = directModel(effect);
  return computeDirectEffect(model, exposure) - computeDirectEffect(model, 0);
}
