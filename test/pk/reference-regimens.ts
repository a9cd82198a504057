// The reference regimens of test/reference/pk.json (reference/pk.R: deSolve 1.34 lsoda, rtol 1e-10,
// atol 1e-12, R 4.2.2, with R's own superposed closed form for cases a–d) and
// test/reference/pk-extra.json (test/reference/pk-extra.R: the same solver settings, hmax 0.25 h),
// as engine inputs. Units: h, mg, L, L/h, mg/L. Both files store values at a dose time with that
// dose included, as concentrationsAt does.
import { readFileSync } from "node:fs";
import type { Dose, LinearPkParameters } from "../../src/pk/index.js";

export interface ReferenceRegimen {
  readonly id: string;
  readonly file: "pk.json" | "pk-extra.json";
  readonly parameters: LinearPkParameters;
  readonly doses: readonly Dose[];
  readonly timesH: readonly number[];
  /** deSolve lsoda, mg/L, one per time. */
  readonly lsodaMgPerL: readonly number[];
  /** R's superposed closed form (pk.json only), mg/L. */
  readonly closedFormMgPerL?: readonly number[];
}

type Json = Record<string, unknown>;
const readJson = (name: string): Json => JSON.parse(readFileSync(new URL(`../reference/${name}`, import.meta.url), "utf8")) as Json;
const numbers = (value: unknown): readonly number[] => value as readonly number[];

const PK = readJson("pk.json") as { grid: { times_h: number[] }; regimens: Record<string, Json> };
const EXTRA = readJson("pk-extra.json") as { grid: { from: number; by: number; n: number }; regimens: Record<string, Json> };

/** pk.json's grid, 0..168 h every 0.5 h. */
export const PK_GRID_H: readonly number[] = PK.grid.times_h;
/** pk-extra.json's grid, the same points, from its from/by/n (i · 0.5 is exact). */
const EXTRA_GRID_H: readonly number[] = Array.from({ length: EXTRA.grid.n }, (_, index) => EXTRA.grid.from + index * EXTRA.grid.by);

const doseList = (route: Dose["route"], schedule: { readonly timesH: readonly number[]; readonly amountsMg: readonly number[]; readonly durationH?: number }): readonly Dose[] =>
  schedule.timesH.map((timeH, index) => {
    const dose = { route, timeH, amountMg: schedule.amountsMg[index] as number };
    return schedule.durationH === undefined ? dose : { ...dose, durationH: schedule.durationH };
  });

/** The raw pk.json regimen (for its extra tables: predose values, last interval, steady state). */
export function pkJsonRegimen(id: string): Json {
  return PK.regimens[id] as Json;
}

function fromPkJson(id: string, parameters: LinearPkParameters, doses: readonly Dose[]): ReferenceRegimen {
  const regimen = pkJsonRegimen(id);
  return { id, file: "pk.json", parameters, doses, timesH: PK_GRID_H, lsodaMgPerL: numbers(regimen.conc_lsoda), closedFormMgPerL: numbers(regimen.conc_closed_form) };
}

function fromExtra(id: string, parameters: LinearPkParameters, doses: readonly Dose[]): ReferenceRegimen {
  return { id, file: "pk-extra.json", parameters, doses, timesH: EXTRA_GRID_H, lsodaMgPerL: numbers((EXTRA.regimens[id] as Json).conc_lsoda) };
}

const everyTau = (tauH: number, count: number): number[] => Array.from({ length: count }, (_, index) => index * tauH);
const repeat = (amountMg: number, count: number): number[] => new Array<number>(count).fill(amountMg);
const BASE = { bioavailability: 1, lagTimeH: 0 } as const;
const THREE_CMT = { compartments: 3, clearanceLPerH: 4, centralVolumeL: 10, q2LPerH: 3, volume2L: 30, q3LPerH: 0.5, volume3L: 100 } as const;
const TITRATION_MG = [400, 100, 100, 100, 100, 100, 200, 200, 200, 200, 200, 200, 200, 200];

/** Cases a–h, in the files' order. */
export const REFERENCE_REGIMENS: readonly ReferenceRegimen[] = [
  fromPkJson("a_one_cmt_oral", { ...BASE, compartments: 1, clearanceLPerH: 2.8, centralVolumeL: 32, absorptionRatePerH: 1.5 }, doseList("oral", { timesH: everyTau(12, 14), amountsMg: repeat(320, 14) })),
  fromPkJson("b_two_cmt_iv_bolus", { ...BASE, compartments: 2, clearanceLPerH: 5, centralVolumeL: 10, q2LPerH: 2, volume2L: 40 }, doseList("iv-bolus", { timesH: everyTau(24, 7), amountsMg: repeat(100, 7) })),
  fromPkJson("c_one_cmt_iv_infusion", { ...BASE, compartments: 1, clearanceLPerH: 3, centralVolumeL: 25 }, doseList("infusion", { timesH: everyTau(8, 21), amountsMg: repeat(1000, 21), durationH: 1 })),
  fromPkJson("d_two_cmt_oral", { ...BASE, compartments: 2, clearanceLPerH: 4, centralVolumeL: 20, q2LPerH: 3, volume2L: 50, absorptionRatePerH: 1 }, doseList("oral", { timesH: everyTau(12, 14), amountsMg: repeat(200, 14) })),
  fromExtra("e_three_cmt_iv_bolus", { ...BASE, ...THREE_CMT }, doseList("iv-bolus", { timesH: everyTau(24, 7), amountsMg: repeat(100, 7) })),
  fromExtra("f_three_cmt_infusion", { ...BASE, ...THREE_CMT }, doseList("infusion", { timesH: everyTau(12, 14), amountsMg: repeat(500, 14), durationH: 2 })),
  fromExtra("g_three_cmt_oral_lag", { ...THREE_CMT, absorptionRatePerH: 1.2, bioavailability: 0.7, lagTimeH: 0.5 }, doseList("oral", { timesH: everyTau(12, 14), amountsMg: repeat(200, 14) })),
  fromExtra(
    "h_two_cmt_oral_titration",
    { compartments: 2, clearanceLPerH: 4, centralVolumeL: 20, q2LPerH: 3, volume2L: 50, absorptionRatePerH: 0.8, bioavailability: 0.9, lagTimeH: 0.25 },
    doseList("oral", { timesH: everyTau(12, 14), amountsMg: TITRATION_MG }),
  ),
];

/** The stored inputs of a regimen, for a test that the table above copies them faithfully. */
export function storedDosing(regimen: ReferenceRegimen): { readonly timesH: readonly number[]; readonly amountsMg: readonly number[] | number } {
  const source = regimen.file === "pk.json" ? pkJsonRegimen(regimen.id) : (EXTRA.regimens[regimen.id] as Json);
  const dosing = source.dosing as Json;
  const timesH = numbers(dosing.dose_times_h ?? dosing.infusion_start_times_h ?? dosing.start_times_h);
  return { timesH, amountsMg: (dosing.amounts_mg ?? dosing.amount_mg) as readonly number[] | number };
}

/** The stored parameters of a pk-extra.json regimen, as in the file. */
export function storedExtraParameters(id: string): Readonly<Record<string, number>> {
  return (EXTRA.regimens[id] as Json).parameters as Record<string, number>;
}
