import type { Dose, PkSystem } from "../../src/pk/index.js";
import { concentrationsAt } from "../../src/pk/index.js";

/** Every time at which the profile may have a kink: doses, oral doses after the lag, infusion ends. */
export function listKinkTimesH(system: PkSystem, doses: readonly Dose[]): number[] {
  return doses.flatMap((dose) => {
    if (dose.route === "oral") return [dose.timeH + system.lagTimeH];
    if (dose.route === "infusion") return [dose.timeH, dose.timeH + (dose.durationH as number)];
    return [dose.timeH];
  });
}

/**
 * ∫ C dt from fromH to toH by composite Simpson's rule on each piece between kinks (doses, the
 * end of the lag, infusion ends), as an independent check of the analytic AUC. With `panels` even
 * panels per piece the error is (piece length) · h⁴ · max|C⁗| / 180.
 */
export function integrateBySimpsonMgHPerL(
  model: { readonly system: PkSystem; readonly doses: readonly Dose[] },
  window: { readonly fromH: number; readonly toH: number },
  panels: number,
): number {
  const kinksH = listKinkTimesH(model.system, model.doses).filter((timeH) => timeH > window.fromH && timeH < window.toH);
  const cutsH = [...new Set([window.fromH, ...kinksH, window.toH])].sort((left, right) => left - right);
  let totalMgHPerL = 0;
  for (let piece = 0; piece + 1 < cutsH.length; piece++) {
    const startH = cutsH[piece] as number;
    const stepH = ((cutsH[piece + 1] as number) - startH) / panels;
    const endH = cutsH[piece + 1] as number;
    const timesH = Array.from({ length: panels + 1 }, (_, index) => startH + index * stepH);
    const concentrations = concentrationsAt(model.system, model.doses, timesH);
    // The left limit at the end: a bolus given exactly then is not part of this piece.
    const dosesBeforeEnd = model.doses.filter((dose) => dose.timeH < endH);
    concentrations[panels] = concentrationsAt(model.system, dosesBeforeEnd, [endH])[0] as number;
    let weighted = (concentrations[0] as number) + (concentrations[panels] as number);
    for (let index = 1; index < panels; index++) weighted += (index % 2 === 1 ? 4 : 2) * (concentrations[index] as number);
    totalMgHPerL += (weighted * stepH) / 3;
  }
  return totalMgHPerL;
}
