import type { DoseEvent, OneCompartmentOralParameters } from "../../src/pk/index.js";
import { concentrationsAt } from "../../src/pk/index.js";

/**
 * ∫ C dt from fromH to toH by composite Simpson's rule on each piece between dose times (C has a
 * kink at each oral dose), as an independent check of the mass-balance AUC. With `panels` even
 * panels per piece the error is (piece length) · h⁴ · max|C⁗| / 180.
 */
export function integrateBySimpsonMgHPerL(
  model: { readonly parameters: OneCompartmentOralParameters; readonly doses: readonly DoseEvent[] },
  window: { readonly fromH: number; readonly toH: number },
  panels: number,
): number {
  const cutsH = [window.fromH, ...model.doses.map((dose) => dose.timeH).filter((timeH) => timeH > window.fromH && timeH < window.toH), window.toH];
  let totalMgHPerL = 0;
  for (let piece = 0; piece + 1 < cutsH.length; piece++) {
    const startH = cutsH[piece] as number;
    const stepH = ((cutsH[piece + 1] as number) - startH) / panels;
    if (stepH === 0) continue;
    const timesH = Array.from({ length: panels + 1 }, (_, index) => startH + index * stepH);
    const concentrations = concentrationsAt(model.parameters, model.doses, timesH);
    let weighted = (concentrations[0] as number) + (concentrations[panels] as number);
    for (let index = 1; index < panels; index++) weighted += (index % 2 === 1 ? 4 : 2) * (concentrations[index] as number);
    totalMgHPerL += (weighted * stepH) / 3;
  }
  return totalMgHPerL;
}
