#!/usr/bin/env node
// npm run bench: whole-process wall times of the shipped workloads (median of 3 runs),
// peak RSS, and patient-simulations per second. Numbers go to bench/README.md by hand,
// with the machine they were measured on. Never a test: timings vary with the machine.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { runPkProfiles } from "./pk-profiles.js";
import { timeGrowth, timePrivacy } from "./population.js";

const BIN = new URL("../bin/twin-trial.js", import.meta.url).pathname;
const RUNS = 3;

const WORKLOADS = [
  { name: "startup: twin-trial --version", args: ["--version"], patientSimulations: 0 },
  { name: "pbc-phase2 example, 500 replicates", args: ["simulate", "trial-specs/pbc-phase2.yaml"], patientSimulations: 500 * 180 },
  { name: "W3 PK-driven trial, 1,000 replicates", args: ["simulate", "bench/workloads/w3-pk-emax.yaml"], patientSimulations: 1000 * 400 },
  { name: "pbc-turnover (IDR model), 200 replicates", args: ["simulate", "trial-specs/pbc-turnover.yaml"], patientSimulations: 200 * 100 },
  { name: "theophylline VPC, 500 replicates", args: ["vpc", "trial-specs/theophylline.yaml"], patientSimulations: 500 * 12 },
  { name: "power-check (W1, Welch), 10,000 replicates", args: ["simulate", "trial-specs/power-check.yaml"], patientSimulations: 10000 * 100 },
  { name: "pbc-survival (log-rank + Cox), 500 replicates", args: ["simulate", "trial-specs/pbc-survival.yaml"], patientSimulations: 500 * 312 },
  { name: "pbc-endpoints (3 endpoint types), 500 replicates", args: ["simulate", "trial-specs/pbc-endpoints.yaml"], patientSimulations: 500 * 240 },
  // 300 trial patients, then per replicate the designs' 300 concurrent patients, their 300 synthetic twins and 154 modelled historical controls.
  { name: "oncology-dose-modification (time-driven AEs, dose rules, dropout), 200 replicates", args: ["simulate", "trial-specs/oncology-dose-modification.yaml"], patientSimulations: 200 * 120 },
  { name: "pbc-synthetic-control (5 designs + null runs), 400 replicates", args: ["simulate", "trial-specs/pbc-synthetic-control.yaml"], patientSimulations: 400 * (300 + 300 + 300 + 154) },
];

function timeOnce(args, out) {
  const extra = args[0] === "simulate" || args[0] === "vpc" ? ["--out", out, "--force", "--quiet"] : [];
  const start = process.hrtime.bigint();
  const run = spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, BIN, ...args, ...extra], { encoding: "utf8" });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (run.status !== 0) throw new Error(`${args.join(" ")} failed:\n${run.stderr}`);
  const peakKb = Number(run.stderr.trim().split("\n").pop());
  return { seconds, peakMb: peakKb / 1024 };
}

const scratch = mkdtempSync(join(tmpdir(), "twin-trial-bench-"));
console.log(`node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}`);
console.log("| workload | median wall time (s) | peak RSS (MiB) | patient-simulations/s |");
console.log("| --- | ---: | ---: | ---: |");
for (const workload of WORKLOADS) {
  const runs = Array.from({ length: RUNS }, () => timeOnce(workload.args, join(scratch, "out")));
  const median = runs.map((run) => run.seconds).sort((a, b) => a - b)[Math.floor(RUNS / 2)];
  const peak = Math.max(...runs.map((run) => run.peakMb));
  const rate = workload.patientSimulations === 0 ? "—" : Math.round(workload.patientSimulations / median).toString();
  console.log(`| ${workload.name} | ${median.toFixed(2)} | ${peak.toFixed(0)} | ${rate} |`);
}
rmSync(scratch, { recursive: true, force: true });

console.log("");
console.log("| PK engine: 100,000 patients × 28 oral doses × 100 times, one core | seconds | profiles/s |");
console.log("| --- | ---: | ---: |");
for (const compartments of [1, 2, 3]) {
  const runs = Array.from({ length: RUNS }, () => runPkProfiles(compartments));
  const median = runs.map((run) => run.profilesPerSecond).sort((a, b) => a - b)[Math.floor(RUNS / 2)];
  console.log(`| ${compartments}-compartment | ${(100_000 / median).toFixed(2)} | ${Math.round(median)} |`);
}

const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log("");
console.log("| virtual cohort, one core | seconds |");
console.log("| --- | ---: |");
for (const method of ["bootstrap", "smoothed-bootstrap", "gaussian-copula"]) {
  console.log(`| grow 10,000 patients from 312 × 16 columns, ${method} | ${median(Array.from({ length: RUNS }, () => timeGrowth(method))).toFixed(3)} |`);
}
console.log(`| privacy check: 5,000 virtual × 400 real × 25 columns | ${median(Array.from({ length: RUNS }, () => timePrivacy())).toFixed(3)} |`);
