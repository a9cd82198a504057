import { emaxEffect } from "./emax.js";

/**
 * The four indirect response models of Dayneka, Garg & Jusko (1993), by what the drug does:
 * I inhibits production, II inhibits loss, III stimulates production, IV stimulates loss.
 * I(C) = imax · C^h / (ic50^h + C^h) with 0 ≤ imax ≤ 1, S(C) = emax · C^h / (ec50^h + C^h)
 * with emax ≥ 0; h = hill, 1 if omitted.
 */
export type IndirectResponseModel = InhibitoryIndirectResponse | StimulatoryIndirectResponse;

/** Types I and II: the drug inhibits production or loss. */
export interface InhibitoryIndirectResponse {
  readonly kind: "inhibition-of-production" | "inhibition-of-loss";
  /** First-order loss rate constant kout, 1/h. */
  readonly kOutPerH: number;
  /** Largest fraction inhibited, within [0, 1]. */
  readonly imax: number;
  readonly ic50MgPerL: number;
  readonly hill?: number;
}

/** Types III and IV: the drug stimulates production or loss. */
export interface StimulatoryIndirectResponse {
  readonly kind: "stimulation-of-production" | "stimulation-of-loss";
  /** First-order loss rate constant kout, 1/h. */
  readonly kOutPerH: number;
  /** Largest fractional increase, ≥ 0. */
  readonly emax: number;
  readonly ec50MgPerL: number;
  readonly hill?: number;
}

/**
 * Whether a model is type I or II (the drug inhibits).
 *
 * @example isInhibitoryIndirectResponse({ kind: "inhibition-of-loss", kOutPerH: 0.2, imax: 0.8, ic50MgPerL: 5 }) // true
 */
export function isInhibitoryIndirectResponse(model: IndirectResponseModel): model is InhibitoryIndirectResponse {
  return model.kind === "inhibition-of-production" || model.kind === "inhibition-of-loss";
}

/**
 * The factors of dR/dt = kin · production(C) − kout · loss(C) · R: (1 − I, 1) for type I,
 * (1, 1 − I) for II, (1 + S, 1) for III, (1, 1 + S) for IV.
 *
 * @param concentrationMgPerL C, mg/L
 * @example describeIndirectResponse({ kind: "inhibition-of-production", kOutPerH: 0.2, imax: 0.8, ic50MgPerL: 5 }, 5) // { production: 0.6, loss: 1 }
 */
export function describeIndirectResponse(model: IndirectResponseModel, concentrationMgPerL: number): { readonly production: number; readonly loss: number } {
  const hill = model.hill ?? 1;
  if (isInhibitoryIndirectResponse(model)) {
    const remaining = 1 - emaxEffect(concentrationMgPerL, { emax: model.imax, ec50: model.ic50MgPerL, hill });
    return model.kind === "inhibition-of-production" ? { production: remaining, loss: 1 } : { production: 1, loss: remaining };
  }
  const raised = 1 + emaxEffect(concentrationMgPerL, { emax: model.emax, ec50: model.ec50MgPerL, hill });
  return model.kind === "stimulation-of-production" ? { production: raised, loss: 1 } : { production: 1, loss: raised };
}

/**
 * dR/dt of a model as a function of (C, R), with kin = kout · R0, built once per simulation so
 * that evaluating it allocates nothing: kin·(1 − I) − kout·R (I), kin − kout·(1 − I)·R (II),
 * kin·(1 + S) − kout·R (III), kin − kout·(1 + S)·R (IV).
 *
 * Reference: Dayneka, Garg & Jusko (1993) J Pharmacokinet Biopharm 21, 457–478, eqs. 1–4.
 *
 * @param baseline R0 (endpoint unit)
 * @example buildIndirectResponseRate({ kind: "inhibition-of-production", kOutPerH: 0.2, imax: 0.8, ic50MgPerL: 5 }, 10)(5, 10) // -0.8 (2 · 0.6 − 0.2 · 10)
 */
export function buildIndirectResponseRate(model: IndirectResponseModel, baseline: number): (concentrationMgPerL: number, response: number) => number {
  const kOutPerH = model.kOutPerH;
  const kInPerH = kOutPerH * baseline;
  const hill = model.hill ?? 1;
  if (isInhibitoryIndirectResponse(model)) {
    const drug = { emax: model.imax, ec50: model.ic50MgPerL, hill };
    return model.kind === "inhibition-of-production"
      ? (concentration, response) => kInPerH * (1 - emaxEffect(concentration, drug)) - kOutPerH * response
      : (concentration, response) => kInPerH - kOutPerH * (1 - emaxEffect(concentration, drug)) * response;
  }
  const drug = { emax: model.emax, ec50: model.ec50MgPerL, hill };
  return model.kind === "stimulation-of-production"
    ? (concentration, response) => kInPerH * (1 + emaxEffect(concentration, drug)) - kOutPerH * response
    : (concentration, response) => kInPerH - kOutPerH * (1 + emaxEffect(concentration, drug)) * response;
}

/**
 * Throws a RangeError naming `caller` for parameters outside the model's domain: kout, ic50 or
 * ec50 and hill must be finite and > 0, imax within [0, 1] (production or loss cannot turn
 * negative), emax finite and ≥ 0.
 *
 * @example assertIndirectResponseModel({ kind: "inhibition-of-loss", kOutPerH: 0.2, imax: 1.5, ic50MgPerL: 5 }, "f") // RangeError: f requires imax within [0, 1], got 1.5
 */
export function assertIndirectResponseModel(model: IndirectResponseModel, caller: string): void {
  const positive = (value: number) => value > 0 && Number.isFinite(value);
  if (!positive(model.kOutPerH)) throw new RangeError(`${caller} requires a finite kOutPerH > 0, got ${model.kOutPerH}`);
  if (!positive(model.hill ?? 1)) throw new RangeError(`${caller} requires a finite hill > 0, got ${model.hill}`);
  if (isInhibitoryIndirectResponse(model)) {
    if (!(model.imax >= 0 && model.imax <= 1)) throw new RangeError(`${caller} requires imax within [0, 1], got ${model.imax}`);
    if (!positive(model.ic50MgPerL)) throw new RangeError(`${caller} requires a finite ic50MgPerL > 0, got ${model.ic50MgPerL}`);
    return;
  }
  if (!(model.emax >= 0 && Number.isFinite(model.emax))) throw new RangeError(`${caller} requires a finite emax ≥ 0, got ${model.emax}`);
  if (!positive(model.ec50MgPerL)) throw new RangeError(`${caller} requires a finite ec50MgPerL > 0, got ${model.ec50MgPerL}`);
}
