import { assertIndirectResponseModel, describeIndirectResponse, type IndirectResponseModel } from "./indirect-response.js";

/**
 * The steady state of an indirect response model at a constant concentration C:
 * Rss = R0 · production(C) / loss(C), i.e. R0 · (1 − I) for type I, R0 / (1 − I) for II,
 * R0 · (1 + S) for III and R0 / (1 + S) for IV (Infinity for type II at I = 1: nothing is lost).
 *
 * Reference: Dayneka, Garg & Jusko (1993) J Pharmacokinet Biopharm 21, 457–478, Table I.
 *
 * @param baseline R0 (endpoint unit)
 * @param concentrationMgPerL the constant C, mg/L
 * @example computeIndirectResponseSteadyState({ kind: "stimulation-of-loss", kOutPerH: 0.2, emax: 1.5, ec50MgPerL: 6 }, 10, 6) // 5.7142857 (10 / 1.75)
 */
export function computeIndirectResponseSteadyState(model: IndirectResponseModel, baseline: number, concentrationMgPerL: number): number {
  assertIndirectResponseModel(model, "computeIndirectResponseSteadyState");
  const { production, loss } = describeIndirectResponse(model, concentrationMgPerL);
  return (baseline * production) / loss;
}
