#!/usr/bin/env node
// The mrgsolve anchor of the performance issue: "mrgsolve reports about 680 subjects/s serially
// for a one-compartment model with 28 doses and 673 output rows each; run that same workload
// (profiles kept in memory, not written) and reach at least 50× that rate on one core".
//
// Workload, one core, in-process through the public PK API in dist/ (as bench/pk-profiles.js):
// every subject gets its own CL and V (log-normal between-subject variability: CV 30% on CL,
// 20% on V, drawn with twin-trial's own seeded streams, drawing included in the time), 100 mg
// orally every 24 h × 28 doses (0, 24, …, 648 h), ka 1/h, F 1, and its concentration profile
// at 673 times (0, 1, …, 672 h). Every profile stays in memory (one Float64Array of
// subjects × 673 values, 54 MB for 10,000 subjects); nothing is written.
//
//   node bench/pk-mrgsolve-anchor.js [subjects]      (after npm run build)
//
// Prints subjects/s and the ratio to mrgsolve's 680 subjects/s (target ≥ 50, i.e. ≥ 34,000/s).
// mrgsolve's 680/s is the figure quoted in the issue, not measured here (mrgsolve is not
// installed); read the ratio as an order of magnitude, not a same-machine comparison.
import { fileURLToPath } from "node:url";
import { concentrationsAt, preparePkSystem } from "../dist/pk/index.js";
import { drawStandardNormal, streamFor } from "../dist/rng/index.js";

export const MRGSOLVE_SUBJECTS_PER_S = 680;
export const TARGET_RATIO = 50;
export const ANCHOR_SUBJECTS = 10_000;
const RUNS = 3;

const DOSE_MG = 100;
const TAU_H = 24;
const N_DOSES = 28;
const KA_PER_H = 1;
const CL_TYPICAL = 3;
const V_TYPICAL = 40;
const OMEGA_CL = Math.sqrt(Math.log(1 + 0.3 ** 2));
const OMEGA_V = Math.sqrt(Math.log(1 + 0.2 ** 2));
const doses = Array.from({ length: N_DOSES }, (_, day) => ({ route: "oral", timeH: TAU_H * day, amountMg: DOSE_MG }));
const times = Float64Array.from({ length: 673 }, (_, hour) => hour);

/** Simulates `subjects` profiles into one in-memory matrix; returns it with the parameters used. */
function simulate(subjects, seed) {
  const profiles = new Float64Array(subjects * times.length);
  const clearance = new Float64Array(subjects);
  const volume = new Float64Array(subjects);
  const rng = streamFor(seed, [0, "mrgsolve-anchor"]);
  for (let subject = 0; subject < subjects; subject++) {
    const clearanceLPerH = CL_TYPICAL * Math.exp(OMEGA_CL * drawStandardNormal(rng));
    const centralVolumeL = V_TYPICAL * Math.exp(OMEGA_V * drawStandardNormal(rng));
    clearance[subject] = clearanceLPerH;
    volume[subject] = centralVolumeL;
    const system = preparePkSystem({ compartments: 1, clearanceLPerH, centralVolumeL, absorptionRatePerH: KA_PER_H, bioavailability: 1, lagTimeH: 0 });
    concentrationsAt(system, doses, times, profiles.subarray(subject * times.length, (subject + 1) * times.length));
  }
  return { profiles, clearance, volume };
}

/** Largest relative difference of subject 0's profile from a direct sum over the 28 doses (the Bateman function). */
function checkAgainstSuperposition({ profiles, clearance, volume }, subject) {
  const k = clearance[subject] / volume[subject];
  let worst = 0;
  for (let index = 0; index < times.length; index++) {
    let expected = 0;
    for (const dose of doses) {
      const dt = times[index] - dose.timeH;
      if (dt >= 0) expected += ((dose.amountMg * KA_PER_H) / (volume[subject] * (KA_PER_H - k))) * (Math.exp(-k * dt) - Math.exp(-KA_PER_H * dt));
    }
    const got = profiles[subject * times.length + index];
    worst = Math.max(worst, Math.abs(got - expected) / Math.max(expected, 1e-6)); // C(0) = 0: absolute there
  }
  return worst;
}

/**
 * Times the anchor workload (one warm-up, then the median of `runs` timed runs of `subjects`).
 * @returns {{subjects: number, seconds: number, subjectsPerSecond: number, ratio: number, runs: number[], maxRelativeError: number, meanConcentrationAt672: number}}
 */
export function runMrgsolveAnchor({ subjects = ANCHOR_SUBJECTS, runs = RUNS } = {}) {
  simulate(Math.min(subjects, 1000), 1); // warm-up: let V8 optimise the engine before timing
  const seconds = [];
  let last;
  for (let run = 0; run < runs; run++) {
    const start = process.hrtime.bigint();
    last = simulate(subjects, 2 + run);
    seconds.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  const sorted = [...seconds].sort((a, b) => a - b);
  const medianSeconds = sorted[Math.floor(sorted.length / 2)];
  const subjectsPerSecond = subjects / medianSeconds;
  let sumAt672 = 0;
  for (let subject = 0; subject < subjects; subject++) sumAt672 += last.profiles[subject * times.length + 672];
  return {
    subjects,
    seconds: medianSeconds,
    subjectsPerSecond,
    ratio: subjectsPerSecond / MRGSOLVE_SUBJECTS_PER_S,
    runs: seconds,
    maxRelativeError: Math.max(checkAgainstSuperposition(last, 0), checkAgainstSuperposition(last, subjects - 1)),
    meanConcentrationAt672: sumAt672 / subjects,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const subjects = process.argv[2] ? Number(process.argv[2]) : ANCHOR_SUBJECTS;
  if (!Number.isSafeInteger(subjects) || subjects < 1) throw new RangeError(`subjects must be a positive integer, got ${process.argv[2]}`);
  const result = runMrgsolveAnchor({ subjects });
  console.log(`mrgsolve anchor: ${subjects} subjects × ${N_DOSES} oral doses q${TAU_H}h × ${times.length} hourly times (0–672 h), IIV on CL and V, profiles in memory, one core, node ${process.version}`);
  console.log(`runs (s): ${result.runs.map((value) => value.toFixed(3)).join(", ")}; median ${result.seconds.toFixed(3)} s`);
  console.log(`subjects/s: ${Math.round(result.subjectsPerSecond)}; × mrgsolve's ${MRGSOLVE_SUBJECTS_PER_S}/s: ${result.ratio.toFixed(1)} (target ≥ ${TARGET_RATIO}: ${result.ratio >= TARGET_RATIO ? "met" : "NOT met"})`);
  console.log(`check: largest relative difference from a direct sum over the doses ${result.maxRelativeError.toExponential(1)}; mean C(672 h) ${result.meanConcentrationAt672.toFixed(4)} mg/L`);
}
