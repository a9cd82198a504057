#!/usr/bin/env node
// npm run bench: whole-process wall times of the shipped workloads (median of 3 runs),
// peak RSS, and patient-simulations per second. Numbers go to bench/README.md by hand,
// with the machine they were measured on. Never a test: timings vary with the machine.
// Side by side with R: bench/compare.js (npm run bench:compare).
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { cliSupports, median, timeTwinTrial } from "./lib.js";
import { runDrawFloor } from "./draw-floor.js";
import { ANCHOR_SUBJECTS, MRGSOLVE_SUBJECTS_PER_S, TARGET_RATIO, runMrgsolveAnchor } from "./pk-mrgsolve-anchor.js";
import { runPkProfiles } from "./pk-profiles.js";
import { timeGrowth, timePrivacy } from "./population.js";

const RUNS = 3;

// targetS: the wall-time targets (whole process, this machine).
const WORKLOADS = [
  { name: "startup: twin-trial --version", args: ["--version"], patientSimulations: 0, targetS: 0.15 },
  { name: "pbc-phase2 example, 1 replicate", args: ["simulate", "trial-specs/pbc-phase2.yaml", "--replicates", "1"], patientSimulations: 180, targetS: 0.5 },
  { name: "pbc-phase2 example, 500 replicates", args: ["simulate", "trial-specs/pbc-phase2.yaml"], patientSimulations: 500 * 180 },
  { name: "W1 (Mediana's design, bench/workloads/w1-mediana.yaml), 10,000 replicates", args: ["simulate", "bench/workloads/w1-mediana.yaml", "--replicates", "10000"], patientSimulations: 10000 * 100 },
  { name: "W2 (W1 with 100 per arm, bench/workloads/w2-mediana.yaml), 10,000 replicates", args: ["simulate", "bench/workloads/w2-mediana.yaml", "--replicates", "10000"], patientSimulations: 10000 * 200 },
  { name: "W3 PK-driven trial, 1,000 replicates", args: ["simulate", "bench/workloads/w3-pk-emax.yaml"], patientSimulations: 1000 * 400 },
  { name: "pbc-turnover (IDR model), 200 replicates", args: ["simulate", "trial-specs/pbc-turnover.yaml"], patientSimulations: 200 * 100 },
  { name: "theophylline VPC, 500 replicates", args: ["vpc", "trial-specs/theophylline.yaml"], patientSimulations: 500 * 12 },
  { name: "power-check (W1, Welch), 10,000 replicates", args: ["simulate", "trial-specs/power-check.yaml"], patientSimulations: 10000 * 100 },
  { name: "pbc-survival (log-rank + Cox), 500 replicates", args: ["simulate", "trial-specs/pbc-survival.yaml"], patientSimulations: 500 * 312 },
  { name: "pbc-endpoints (3 endpoint types), 500 replicates", args: ["simulate", "trial-specs/pbc-endpoints.yaml"], patientSimulations: 500 * 240 },
  { name: "oncology-dose-modification (time-driven AEs, dose rules, dropout), 200 replicates", args: ["simulate", "trial-specs/oncology-dose-modification.yaml"], patientSimulations: 200 * 120 },
  // 300 trial patients, then per replicate the designs' 300 concurrent patients, their 300 synthetic twins and 154 modelled historical controls.
  { name: "pbc-synthetic-control (5 designs + null runs), 400 replicates", args: ["simulate", "trial-specs/pbc-synthetic-control.yaml"], patientSimulations: 400 * (300 + 300 + 300 + 154) },
  // Memory flat in replicates: efficacy.csv and safety.csv are written replicate by replicate (peak RSS about that of 10,000 replicates).
  { name: "power-check, 100,000 replicates (efficacy.csv streamed: 20 MB)", args: ["simulate", "trial-specs/power-check.yaml", "--replicates", "100000"], patientSimulations: 100000 * 100, targetPeakMb: 1024 },
  // 10 points of n_per_arm 100..1000 (mean 550 per arm, 1,100 patients a replicate) × 910 replicates = 10,010,000 patient-simulations; the issue asks for < 1 GiB peak RSS.
  { name: "sweep: power-check over n_per_arm 100..1000 step 100, 910 replicates a point (10.0 million patient-simulations)", args: ["sweep", "trial-specs/power-check.yaml", "--vary", "population.n_per_arm=100..1000 step 100", "--replicates", "910"], patientSimulations: 910 * 2 * (100 + 200 + 300 + 400 + 500 + 600 + 700 + 800 + 900 + 1000), targetPeakMb: 1024 },
];

async function timeOnce(args, out) {
  const extra = args[0] === "simulate" || args[0] === "vpc" || args[0] === "sweep" ? ["--out", out, "--force", "--quiet"] : [];
  const run = await timeTwinTrial([...args, ...extra]);
  return { seconds: run.seconds, peakMb: run.peakMb };
}

const scratch = mkdtempSync(join(tmpdir(), "twin-trial-bench-"));
console.log(`node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}${cliSupports("simulate", "--workers") ? "; simulate and vpc with their default --workers (all cores)" : ""}`);
console.log("| workload | median wall time (s) | peak RSS (MiB) | patient-simulations/s | target |");
console.log("| --- | ---: | ---: | ---: | --- |");
try {
  for (const workload of WORKLOADS) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) runs.push(await timeOnce(workload.args, join(scratch, "out")));
    const seconds = median(runs.map((run) => run.seconds));
    const peaks = runs.map((run) => run.peakMb).filter((peak) => peak !== null);
    const peak = peaks.length === 0 ? "—" : Math.max(...peaks).toFixed(0);
    const rate = workload.patientSimulations === 0 ? "—" : Math.round(workload.patientSimulations / seconds).toString();
    const target =
      workload.targetS !== undefined ? `< ${workload.targetS} s: ${seconds < workload.targetS ? "met" : "NOT met"}` : workload.targetPeakMb !== undefined && peak !== "—" ? `peak RSS < ${workload.targetPeakMb} MiB: ${Number(peak) < workload.targetPeakMb ? "met" : "NOT met"}` : "";
    console.log(`| ${workload.name} | ${seconds.toFixed(2)} | ${peak} | ${rate} | ${target} |`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

console.log("");
console.log("| PK engine: 100,000 patients × 28 oral doses × 100 times, one core | seconds | profiles/s |");
console.log("| --- | ---: | ---: |");
for (const compartments of [1, 2, 3]) {
  const runs = Array.from({ length: RUNS }, () => runPkProfiles(compartments));
  const rate = median(runs.map((run) => run.profilesPerSecond));
  console.log(`| ${compartments}-compartment | ${(100_000 / rate).toFixed(2)} | ${Math.round(rate)} |`);
}
{
  const anchor = runMrgsolveAnchor();
  console.log("");
  console.log(`| mrgsolve anchor: ${ANCHOR_SUBJECTS.toLocaleString("en-US")} subjects × 28 oral doses × 673 hourly times, CL and V with IIV, kept in memory, one core | seconds | subjects/s | × mrgsolve's ${MRGSOLVE_SUBJECTS_PER_S}/s | target ≥ ${TARGET_RATIO}× |`);
  console.log("| --- | ---: | ---: | ---: | --- |");
  console.log(`| 1-compartment oral (bench/pk-mrgsolve-anchor.js) | ${anchor.seconds.toFixed(3)} | ${Math.round(anchor.subjectsPerSecond)} | ${anchor.ratio.toFixed(1)} | ${anchor.ratio >= TARGET_RATIO ? "met" : "NOT met"} |`);
}
{
  // What no run can beat under DESIGN.md's reproducibility rules (bench/draw-floor.js).
  const floor = runDrawFloor();
  console.log("");
  console.log("| draw floor (bench/draw-floor.js): the random numbers alone, drawn as DESIGN.md requires, 10,000 replicates, one core | seconds | patient-simulations/s |");
  console.log("| --- | ---: | ---: |");
  console.log(`| W3: 400 indices, 400 allocation uniforms, 1,200 normals by inversion per replicate | ${floor.w3.seconds.toFixed(3)} | ${Math.round(floor.w3.patientsPerSecond)} |`);
  console.log(`| W1: 100 indices, 100 allocation uniforms, 100 normals by inversion per replicate | ${floor.w1.seconds.toFixed(3)} | ${Math.round(floor.w1.patientsPerSecond)} |`);
}

console.log("");
console.log("| virtual cohort, one core | seconds |");
console.log("| --- | ---: |");
for (const method of ["bootstrap", "smoothed-bootstrap", "gaussian-copula"]) {
  console.log(`| grow 10,000 patients from 312 × 16 columns, ${method} | ${median(Array.from({ length: RUNS }, () => timeGrowth(method))).toFixed(3)} |`);
}
console.log(`| privacy check: 5,000 virtual × 400 real × 25 columns | ${median(Array.from({ length: RUNS }, () => timePrivacy())).toFixed(3)} |`);
