import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyseProfile, summariseGroup, type NcaResult } from "../../src/nca/index.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

/** One subject of test/reference/models.json → nca_theoph (R 4.2.2, datasets::Theoph; see its `rules`). */
interface TheophSubject {
  readonly subject: number;
  readonly wt_kg: number;
  readonly dose_mg_per_kg: number;
  readonly dose_mg: number;
  readonly time_h: number[];
  readonly conc_mg_per_L: number[];
  readonly cmax: number;
  readonly tmax: number;
  readonly tlast: number;
  readonly clast: number;
  readonly c0_observed: number;
  readonly auc_0_last_linear: number;
  readonly auc_0_last_linear_up_log_down: number;
  readonly lambda_z: number;
  readonly lambda_z_intercept: number;
  readonly lambda_z_r_squared: number;
  readonly lambda_z_adj_r_squared: number;
  readonly lambda_z_times: number[];
  readonly half_life: number;
  readonly auc_0_inf_linear: number;
  readonly auc_0_inf_linear_up_log_down: number;
  readonly auc_pct_extrapolated_linear: number;
  readonly cl_over_f_linear_up_log_down: number;
  readonly vz_over_f_linear_up_log_down: number;
}

const reference = JSON.parse(readFileSync(new URL("../reference/models.json", import.meta.url), "utf8")) as {
  nca_theoph: { rules: Record<string, string>; subjects: TheophSubject[] };
};
const { subjects } = reference.nca_theoph;

// models.json holds R's doubles to 15 significant digits (jsonlite digits = NA), and our sums are
// compensated where R's are not, so agreement is to about 1e-14; 1e-10 is the brief's bound.
const TOLERANCE = 1e-10;

/** Every reference value and where our result keeps it. */
function pairs(subject: TheophSubject, result: NcaResult): [string, number, number][] {
  return [
    ["cmax", result.cmaxMgPerL, subject.cmax],
    ["tmax", result.tmaxH, subject.tmax],
    ["clast", result.clastMgPerL, subject.clast],
    ["tlast", result.tlastH, subject.tlast],
    ["auc_0_last_linear", result.linear.aucLastMgHPerL, subject.auc_0_last_linear],
    ["auc_0_last_linear_up_log_down", result.linearUpLogDown.aucLastMgHPerL, subject.auc_0_last_linear_up_log_down],
    ["lambda_z", result.terminal.lambdaZPerH, subject.lambda_z],
    ["lambda_z_intercept", result.terminal.interceptLnMgPerL, subject.lambda_z_intercept],
    ["lambda_z_r_squared", result.terminal.rSquared, subject.lambda_z_r_squared],
    ["lambda_z_adj_r_squared", result.terminal.adjustedRSquared, subject.lambda_z_adj_r_squared],
    ["half_life", result.terminal.halfLifeH, subject.half_life],
    ["auc_0_inf_linear", result.linear.aucInfMgHPerL, subject.auc_0_inf_linear],
    ["auc_0_inf_linear_up_log_down", result.linearUpLogDown.aucInfMgHPerL, subject.auc_0_inf_linear_up_log_down],
    ["auc_pct_extrapolated_linear", result.linear.aucPercentExtrapolated, subject.auc_pct_extrapolated_linear],
    ["cl_over_f_linear_up_log_down", result.linearUpLogDown.clearanceOverFLPerH, subject.cl_over_f_linear_up_log_down],
    ["vz_over_f_linear_up_log_down", result.linearUpLogDown.volumeZOverFL, subject.vz_over_f_linear_up_log_down],
  ];
}

/** As the R script: dose_mg = dose (mg/kg) × weight (kg); the time-0 sample used as observed. */
function analyseSubject(subject: TheophSubject): NcaResult {
  return analyseProfile({
    timesH: subject.time_h,
    concentrationsMgPerL: subject.conc_mg_per_L,
    doseMg: subject.dose_mg_per_kg * subject.wt_kg,
  });
}

describe("NCA of theophylline against R 4.2.2 (test/reference/models.json nca_theoph)", () => {
  it("has the 12 subjects, 11 samples each, and the rules this implementation follows", () => {
    expect(subjects.length).toBe(12);
    for (const subject of subjects) expect(subject.time_h.length).toBe(11);
    expect(reference.nca_theoph.rules.time_zero).toContain("the time-0 sample is used as observed");
    expect(reference.nca_theoph.rules.auc_0_inf).toContain("OBSERVED last concentration");
  });

  it.each(subjects.map((subject) => [subject.subject, subject] as const))("subject %i: every parameter to 1e-10 relative", (id, subject) => {
    const result = analyseSubject(subject);
    let largest = 0;
    for (const [name, got, expected] of pairs(subject, result)) {
      largest = Math.max(largest, expectRelativeClose(got, expected, TOLERANCE, `subject ${id} ${name}`));
    }
    expect(result.terminal.timesH).toEqual(subject.lambda_z_times);
    expect(subject.conc_mg_per_L[0]).toBe(subject.c0_observed);
    expectRelativeClose(subject.dose_mg_per_kg * subject.wt_kg, subject.dose_mg, 1e-14, `subject ${id} dose_mg`);
    // Derived, not in the file: the linear-rule CL/F and the % extrapolated of linear-up/log-down.
    expectRelativeClose(result.linear.clearanceOverFLPerH, subject.dose_mg / subject.auc_0_inf_linear, TOLERANCE, `subject ${id} CL/F linear`);
    expectRelativeClose(
      result.linearUpLogDown.aucPercentExtrapolated,
      (100 * subject.clast) / subject.lambda_z / subject.auc_0_inf_linear_up_log_down,
      TOLERANCE,
      `subject ${id} % extrapolated, linear-up/log-down`,
    );
    expect(largest).toBeLessThan(1e-13);
  });

  it("summarises the group as R does (R 4.2.2 on the file's values: exp(mean(log(x))), sqrt(exp(sd(log(x))^2) - 1) * 100, …)", () => {
    const results = subjects.map(analyseSubject);
    // R 4.2.2 on d$cmax, d$auc_0_inf_linear_up_log_down and d$half_life from models.json (options(digits = 17)).
    const expected = {
      cmax: [8.6462167928633473, 16.977760542117302, 8.7591666666666672, 1.4729590399374091, 8.465, 6.44, 11.4],
      auc: [114.75373794974364, 28.506201767913847, 119.32459874892143, 38.249682475530257, 104.05610593616501, 81.743334531190101, 214.92363157522999],
      halfLife: [7.9550412395674588, 21.863684675964453, 8.1490420822573082, 2.1188732226824554, 7.6701125832003001, 6.2865081636718898, 14.304377571097],
    };
    const values = {
      cmax: results.map((result) => result.cmaxMgPerL),
      auc: results.map((result) => result.linearUpLogDown.aucInfMgHPerL),
      halfLife: results.map((result) => result.terminal.halfLifeH),
    };
    for (const [name, fromR] of Object.entries(expected)) {
      const summary = summariseGroup(values[name as keyof typeof values]);
      expect(summary.n).toBe(12);
      const got = [summary.geometricMean, summary.geometricCvPercent, summary.arithmeticMean, summary.standardDeviation, summary.median, summary.min, summary.max];
      const labels = ["geometric mean", "geometric CV%", "mean", "SD", "median", "min", "max"];
      // Inputs agree with R's to 1e-13 (above); the statistics add a few roundings: 1e-12.
      got.forEach((value, index) => expectRelativeClose(value, fromR[index] as number, 1e-12, `${name} ${labels[index]}`));
    }
  });
});
