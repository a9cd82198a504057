#!/usr/bin/env node
// The draw floor of W1 and W3: the time the random numbers alone take when drawn the way
// DESIGN.md's reproducibility rules require, in a plain loop with no simulation machinery.
// No run of twin-trial can be faster than this, so it tells whether a speed target is
// reachable without changing how a seed maps to numbers (a results-format break).
//
// The rules that set the floor:
//   - every draw comes from a seedrandom Alea stream keyed by (seed, replicate, purpose),
//     53-bit doubles (alea.double(): two 32-bit steps per uniform);
//   - normals by inversion (one uniform per normal, so streams stay aligned patient by patient);
//   - common random numbers: every patient, treated or not, gets its random effects, since
//     its twin is simulated under the other arm.
//
// Per replicate of W3 (2 × 200 patients): 4 streams built (population, allocation, random
// effects, residual); 400 row indices, 400 allocation uniforms, 800 eta normals (CL, V) and
// 400 residual normals; then the closed-form exposure (AUC = F·Dose/CL), the Emax response and
// the two arms' means and variances. W1 (2 × 50): 3 streams, 100 indices, 100 allocation
// uniforms, 100 normals, means and variances. No p-values, no outputs, no start-up.
//
//   node bench/draw-floor.js [replicates]     (after npm run build)
import { fileURLToPath } from "node:url";
import { drawIndex, drawStandardNormal, streamFor } from "../dist/rng/index.js";

const RUNS = 5;

function armMoments(values, arm, which) {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++) if (arm[i] === which) { n++; sum += values[i]; }
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < values.length; i++) if (arm[i] === which) squares += (values[i] - mean) ** 2;
  return mean + squares / (n - 1);
}

function w3Replicate(seed, replicate, ages, y, arm) {
  const patients = y.length;
  const population = streamFor(seed, [replicate, "population"]);
  const allocation = streamFor(seed, [replicate, "allocation"]);
  const effects = streamFor(seed, [replicate, "random-effects"]);
  const residual = streamFor(seed, [replicate, "residual", "score"]);
  const omegaCl = Math.sqrt(Math.log(1.09));
  const omegaV = Math.sqrt(Math.log(1.04));
  for (let p = 0; p < patients; p++) {
    const age = ages[drawIndex(population, ages.length)];
    arm[p] = allocation.next() < 0.5 ? 0 : 1;
    const cl = 3 * (age / 50) ** -0.5 * Math.exp(omegaCl * drawStandardNormal(effects));
    const v = 40 * Math.exp(omegaV * drawStandardNormal(effects));
    const auc = arm[p] === 1 ? 100 / cl : 0;
    y[p] = (2.5 * auc) / (40 + auc) + 4 * drawStandardNormal(residual) + v * 0;
  }
  return armMoments(y, arm, 1) - armMoments(y, arm, 0);
}

function w1Replicate(seed, replicate, count, y, arm) {
  const patients = y.length;
  const population = streamFor(seed, [replicate, "population"]);
  const allocation = streamFor(seed, [replicate, "allocation"]);
  const residual = streamFor(seed, [replicate, "residual", "outcome"]);
  for (let p = 0; p < patients; p++) {
    drawIndex(population, count);
    arm[p] = allocation.next() < 0.5 ? 0 : 1;
    y[p] = (arm[p] === 1 ? 0.5 : 0) + drawStandardNormal(residual);
  }
  return armMoments(y, arm, 1) - armMoments(y, arm, 0);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Seconds (median of RUNS) for `replicates` replicates of one workload's draws. */
function time(replicates, patients, one) {
  const y = new Float64Array(patients);
  const arm = new Int8Array(patients);
  let sink = 0;
  const seconds = [];
  for (let run = 0; run < RUNS; run++) {
    const start = process.hrtime.bigint();
    for (let replicate = 1; replicate <= replicates; replicate++) sink += one(42, replicate, y, arm);
    seconds.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  if (!Number.isFinite(sink)) throw new Error("the floor loop produced a non-finite value");
  return median(seconds);
}

/** The floors of W3 (2 × 200) and W1 (2 × 50), `replicates` replicates each, one core. */
export function runDrawFloor(replicates = 10_000) {
  const ages = Float64Array.from({ length: 312 }, (_, i) => 26 + (i * 53) % 53);
  const w3 = time(replicates, 400, (seed, replicate, y, arm) => w3Replicate(seed, replicate, ages, y, arm));
  const w1 = time(replicates, 100, (seed, replicate, y, arm) => w1Replicate(seed, replicate, 312, y, arm));
  return {
    replicates,
    w3: { seconds: w3, patientsPerSecond: (replicates * 400) / w3 },
    w1: { seconds: w1, patientsPerSecond: (replicates * 100) / w1 },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const replicates = Number(process.argv[2] ?? 10_000);
  const floor = runDrawFloor(replicates);
  console.log(`| draw floor, ${replicates.toLocaleString("en-US")} replicates, one core (bench/draw-floor.js) | s | patient-simulations/s |`);
  console.log("| --- | ---: | ---: |");
  console.log(`| W3: 4 streams, 400 indices, 400 allocation uniforms, 1,200 normals per replicate | ${floor.w3.seconds.toFixed(3)} | ${Math.round(floor.w3.patientsPerSecond).toLocaleString("en-US")} |`);
  console.log(`| W1: 3 streams, 100 indices, 100 allocation uniforms, 100 normals per replicate | ${floor.w1.seconds.toFixed(3)} | ${Math.round(floor.w1.patientsPerSecond).toLocaleString("en-US")} |`);
}
