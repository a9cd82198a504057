import { readFileSync } from "node:fs";
import { expect } from "vitest";
import { expectRelativeClose } from "./expect-relative.js";

/*
 * Typed views of test/reference/pk.json (pk.R) and test/reference/pk-extra.json (pk-extra.R):
 * deSolve 1.34 lsoda profiles with rtol 1e-10, atol 1e-12 on the grid 0, 0.5, …, 168 h
 * (337 points), with R's superposed closed forms for the linear cases of pk.json. A value at a
 * dose time includes that dose. Numbers are written with 15 significant digits.
 */

const read = (name: string): unknown => JSON.parse(readFileSync(new URL(`../reference/${name}`, import.meta.url), "utf8"));

export interface LinearReference {
  readonly parameters: Readonly<Record<string, number>>;
  readonly dosing: {
    readonly amount_mg: number;
    readonly dose_times_h?: readonly number[];
    readonly infusion_start_times_h?: readonly number[];
    readonly duration_h?: number;
  };
  readonly conc_closed_form: readonly number[];
  readonly conc_lsoda: readonly number[];
}

export interface ExtraReference {
  readonly parameters: Readonly<Record<string, number>>;
  readonly dosing: { readonly dose_times_h: readonly number[]; readonly amounts_mg: readonly number[] };
  readonly conc_lsoda: readonly number[];
}

export interface PdReference {
  readonly pk: { readonly ka_per_h: number; readonly CL_L_per_h: number; readonly V_L: number; readonly F: number; readonly dose_times_h: readonly number[]; readonly amount_mg: number };
  readonly parameters: Readonly<Record<"ke0_per_h" | "kin" | "kout_per_h" | "Imax" | "IC50_mg_per_L" | "Emax" | "EC50_mg_per_L" | "R0", number>>;
  readonly effect_site_conc: readonly number[];
  readonly idr_type_1: readonly number[];
  readonly idr_type_2: readonly number[];
  readonly idr_type_3: readonly number[];
  readonly idr_type_4: readonly number[];
}

const pk = read("pk.json") as {
  readonly grid: { readonly times_h: readonly number[] };
  readonly regimens: Readonly<Record<"a_one_cmt_oral" | "b_two_cmt_iv_bolus" | "c_one_cmt_iv_infusion" | "d_two_cmt_oral", LinearReference>>;
};
const extra = read("pk-extra.json") as {
  readonly regimens: Readonly<Record<"e_three_cmt_iv_bolus" | "i_michaelis_menten_iv", ExtraReference>> & { readonly pd_on_case_a: PdReference };
};

/** The 337 grid times of both files, h. */
export const REFERENCE_TIMES_H: readonly number[] = pk.grid.times_h;
export const PK_REFERENCE = pk.regimens;
export const PK_EXTRA_REFERENCE = extra.regimens;

/**
 * Asserts a profile point by point, relatively where the reference exceeds 1e-9 (as pk.json's
 * own comparison; the oral profiles are exactly 0 at t = 0, and R's closed form leaves 4e-15
 * there) and to 1e-12 absolutely below. Returns the largest relative difference.
 */
export function expectProfileClose(got: ArrayLike<number>, expected: readonly number[], tolerance: number, label: string): number {
  let largest = 0;
  for (let index = 0; index < expected.length; index++) {
    const value = expected[index]!;
    const pointLabel = `${label} at ${REFERENCE_TIMES_H[index]} h`;
    if (Math.abs(value) > 1e-9) largest = Math.max(largest, expectRelativeClose(got[index]!, value, tolerance, pointLabel));
    else expect(Math.abs(got[index]! - value), `${pointLabel}: got ${got[index]}, expected ${value} (absolute 1e-12)`).toBeLessThanOrEqual(1e-12);
  }
  return largest;
}

/**
 * C(t) of pk.json case (a) by superposition of the single-dose closed form
 * C(s) = F·D·ka/(V·(ka − k)) · (e^(−k·s) − e^(−ka·s)), k = CL/V, over the doses given at or
 * before t (mg/L).
 */
export function caseAConcentrationMgPerL(timeH: number): number {
  const { ka_per_h: ka, CL_L_per_h: clearance, V_L: volume, F: bioavailability, dose_times_h: doseTimesH, amount_mg: amountMg } =
    extra.regimens.pd_on_case_a.pk;
  const k = clearance / volume;
  const scale = (bioavailability * amountMg * ka) / (volume * (ka - k));
  let total = 0;
  for (const doseH of doseTimesH) {
    if (doseH > timeH) break;
    const elapsedH = timeH - doseH;
    total += scale * (Math.exp(-k * elapsedH) - Math.exp(-ka * elapsedH));
  }
  return total;
}
