import { drawStandardNormal, type Rng } from "../rng/index.js";
import type { ResidualErrorModel } from "./residual-error-model.js";

/**
 * An observed concentration: the model prediction plus residual error (see ResidualErrorModel).
 * Draws exactly two standard normals (two uniforms) per observation whatever the model, ε₁ then
 * ε₂, so that changing the error model of a spec never shifts later draws of the stream.
 *
 * An observation can come out below 0 (additive or combined error, or σ_prop·ε₁ < −1): it is kept
 * as drawn, as NONMEM's simulation does, so that the error keeps the stated mean and variance. A
 * limit of quantification (censoring at LLOQ, Beal's M3) is out of scope; a caller that needs
 * non-negative values must decide how itself.
 *
 * Reference: Beal, Sheiner, Boeckmann & Bauer, NONMEM Users Guides (1989–2009), Part V
 * (Y = F + F·EPS(1) + EPS(2)); Proost (2017), Combined proportional and additive residual error
 * models in population pharmacokinetic modelling, Eur. J. Pharm. Sci. 109, S78–S82.
 *
 * @param rng the residual-error stream, read in observation order
 * @param concentrationMgPerL the predicted concentration C, mg/L (finite, ≥ 0)
 * @param model the error model: σ_add in mg/L, σ_prop a fraction (0.1 = 10 %), both finite and ≥ 0
 * @returns the observed concentration, mg/L (may be < 0)
 * @throws RangeError "addResidualError requires a finite concentrationMgPerL >= 0, got -1"
 * @throws RangeError "addResidualError requires a finite proportionalSd >= 0, got -0.1"
 * @example addResidualError(streamFor(42, [1, "residual-error"]), 10, { kind: "combined", additiveSdMgPerL: 0.5, proportionalSd: 0.1 })
 * // 10.382896183277445 = 10·(1 + 0.1·ε₁) + 0.5·ε₂, ε₁ and ε₂ = Φ⁻¹ of the first two uniforms
 */
export function addResidualError(rng: Rng, concentrationMgPerL: number, model: ResidualErrorModel): number {
  if (!(concentrationMgPerL >= 0 && Number.isFinite(concentrationMgPerL))) {
    throw new RangeError(`addResidualError requires a finite concentrationMgPerL >= 0, got ${concentrationMgPerL}`);
  }
  const first = drawStandardNormal(rng);
  const second = drawStandardNormal(rng);
  switch (model.kind) {
    case "additive":
      return concentrationMgPerL + checkedSd(model.additiveSdMgPerL, "additiveSdMgPerL") * first;
    case "proportional":
      return concentrationMgPerL * (1 + checkedSd(model.proportionalSd, "proportionalSd") * first);
    case "combined":
      return (
        concentrationMgPerL * (1 + checkedSd(model.proportionalSd, "proportionalSd") * first) +
        checkedSd(model.additiveSdMgPerL, "additiveSdMgPerL") * second
      );
  }
}

function checkedSd(sd: number, name: string): number {
  if (!(sd >= 0 && Number.isFinite(sd))) throw new RangeError(`addResidualError requires a finite ${name} >= 0, got ${sd}`);
  return sd;
}
