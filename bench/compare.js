#!/usr/bin/env node
// npm run bench:compare (= npm run build && node bench/compare.js): twin-trial side by side with
// the R references of ../shared/reference/WORKLOADS.md, whole process against whole process, on
// this machine, in this one invocation.
//
// For each workload the twin-trial CLI run (`node bin/twin-trial.js simulate <spec> …`) and each
// R reference run as fresh processes (Rscript start-up included), interleaved run by run, 3 runs
// each (BENCH_RUNS to change), median wall time (process.hrtime around spawnSync). Peak RSS of
// every process by GNU time (bench/lib.js). Targets are the issue's:
//   W1 (10,000 replicates): ≥ 50× faster than Mediana's CSE (one worker);
//   W3 (10,000 and 1,000 replicates): ≥ 3× faster than run_pk_trial (Rscript
//   pk_trial_workload.R N 42), ≥ 1× (not slower) than run_pk_trial_matrix (bench/r/pk_trial_matrix.R);
//   --workers 2 (when the CLI has it): ≥ 1.8× faster than --workers 1;
//   the mrgsolve anchor (bench/pk-mrgsolve-anchor.js): ≥ 50 × 680 subjects/s on one core.
// A reference that cannot run here (R package not installed, no Rscript) is reported as such,
// with the time recorded on the reference machine (../shared/reference/trial.json) next to it,
// labelled as recorded, not measured now.
//
// Arguments: workload ids to run only those (W1, W3, W3-1000; all by default).
// Environment: TWIN_TRIAL_REFERENCE (default ../shared/reference from the repository root),
// RSCRIPT (default Rscript), BENCH_RUNS (default 3). Needs dist/ (npm run build).
// The header says how much CPU other processes took during the runs (from /proc/stat): on a
// busy machine the timings mean little.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { BIN, REPO_ROOT, cliSupports, formatSeconds, hasGnuTime, machineCpuSeconds, median, timeProcess as timeProcessRaw } from "./lib.js";

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const REFERENCE_DIR = resolve(REPO_ROOT, process.env.TWIN_TRIAL_REFERENCE ?? "../shared/reference");
const RSCRIPT = process.env.RSCRIPT ?? "Rscript";
const SEED = 42;

{
  const probe = spawnSync(process.execPath, [BIN, "--version"], { cwd: REPO_ROOT, encoding: "utf8" });
  if (probe.status !== 0) {
    console.error(`bench/compare.js: node bin/twin-trial.js --version failed; it needs dist/ (npm run build first; npm run bench:compare does):\n${probe.stderr}`);
    process.exit(2);
  }
}
if (!Number.isSafeInteger(RUNS) || RUNS < 1) throw new RangeError(`BENCH_RUNS must be a positive integer, got ${process.env.BENCH_RUNS}`);

const log = (message) => process.stderr.write(`${message}\n`);

// ---------------------------------------------------------------- what is there
const recorded = readRecorded();
const rVersion = (() => {
  const run = spawnSync(RSCRIPT, ["--version"], { encoding: "utf8" });
  return run.status === 0 ? `${run.stdout}${run.stderr}`.trim().split("\n")[0] : null;
})();
const rPackages = (() => {
  if (rVersion === null) return new Set();
  const run = spawnSync(RSCRIPT, ["-e", "cat(rownames(installed.packages()), sep = '\\n')"], { encoding: "utf8" });
  return new Set(run.status === 0 ? run.stdout.split("\n").map((line) => line.trim()).filter(Boolean) : []);
})();
const workersSupported = cliSupports("simulate", "--workers");
const referenceScript = join(REFERENCE_DIR, "pk_trial_workload.R");

function readRecorded() {
  try {
    return JSON.parse(readFileSync(join(REFERENCE_DIR, "trial.json"), "utf8"));
  } catch {
    return null;
  }
}

/** Why an R reference cannot run here, or null when it can. */
function rUnavailable(packages = [], files = []) {
  if (rVersion === null) return `Rscript not found (${RSCRIPT})`;
  const missing = packages.filter((name) => !rPackages.has(name));
  if (missing.length > 0) return `${missing.join(", ")} not installed`;
  const absent = files.filter((file) => !existsSync(file));
  if (absent.length > 0) return `${absent.join(", ")} not found`;
  return null;
}

// ---------------------------------------------------------------- the workloads
const rec = recorded ?? {};
const W1_REFERENCES = [
  {
    name: "Mediana CSE, 1 worker",
    targetRatio: 50,
    unavailable: rUnavailable(["Mediana"]),
    command: [RSCRIPT, ["bench/r/w1_mediana.R", "10000", String(SEED), "1"]],
    recorded: rec.mediana?.n50 && {
      seconds: rec.mediana.n50.wall_time_s_1_worker.median,
      power: rec.mediana.n50.power,
      powerMcse: rec.mediana.n50.mc_se,
      what: "CSE() call timed inside R (system.time), R start-up not included",
    },
  },
  {
    name: "base-R t.test loop (bench/r/w1_base_r.R), not Mediana: no target",
    targetRatio: null,
    unavailable: rUnavailable(),
    command: [RSCRIPT, ["bench/r/w1_base_r.R", "10000", String(SEED)]],
  },
];

function w3References(replicates) {
  const loop = replicates === 1000 ? rec.pk_trial?.end_to_end : rec.pk_trial?.loop_t_test_10000;
  const matrix = replicates === 1000 ? rec.pk_trial?.matrix_form : undefined;
  return [
    {
      name: "run_pk_trial (Rscript pk_trial_workload.R)",
      targetRatio: 3,
      unavailable: rUnavailable([], [referenceScript]),
      command: [RSCRIPT, [referenceScript, String(replicates), String(SEED)]],
      recorded: loop && {
        seconds: loop.wall_time_s.median,
        power: replicates === 1000 ? rec.pk_trial.loop_t_test.power : loop.power,
        powerMcse: replicates === 1000 ? rec.pk_trial.loop_t_test.mc_se : loop.mc_se,
        what: replicates === 1000 ? "whole process, as here" : "run_pk_trial() timed inside R, R start-up not included",
      },
    },
    {
      name: "run_pk_trial_matrix (bench/r/pk_trial_matrix.R)",
      targetRatio: 1,
      unavailable: rUnavailable([], [referenceScript]),
      command: [RSCRIPT, ["bench/r/pk_trial_matrix.R", REFERENCE_DIR, String(replicates), String(SEED)]],
      recorded: matrix && {
        seconds: matrix.wall_time_s.median,
        power: matrix.power,
        powerMcse: matrix.mc_se,
        what: "run_pk_trial_matrix() timed inside R, R start-up not included",
      },
    },
  ];
}

const ALL_WORKLOADS = [
  { id: "W1", title: "W1: 2 × 50, N(0,1) vs N(0.5,1), Welch one-sided 2.5%, 10,000 replicates", spec: "bench/workloads/w1-mediana.yaml", replicates: 10000, exactPower: 0.69689, references: W1_REFERENCES },
  { id: "W3", title: "W3: 2 × 200, 1-cmt oral 28 doses, Emax on AUC, Welch, 10,000 replicates", spec: "bench/workloads/w3-pk-emax.yaml", replicates: 10000, exactPower: 0.8057, references: w3References(10000) },
  { id: "W3-1000", title: "W3 with 1,000 replicates", spec: "bench/workloads/w3-pk-emax.yaml", replicates: 1000, exactPower: 0.8057, references: w3References(1000) },
];
// node bench/compare.js [W1] [W3] [W3-1000]: only those workloads (all by default).
const only = process.argv.slice(2).map((arg) => arg.toUpperCase());
const unknown = only.filter((id) => !ALL_WORKLOADS.some((workload) => workload.id === id));
if (unknown.length > 0) throw new RangeError(`unknown workload ${unknown.join(", ")}: use ${ALL_WORKLOADS.map((workload) => workload.id).join(", ")}`);
const WORKLOADS = only.length === 0 ? ALL_WORKLOADS : ALL_WORKLOADS.filter((workload) => only.includes(workload.id));

// ---------------------------------------------------------------- running
// CPU time of every timed process, to tell how much of the machine others took meanwhile.
let ownChildCpuSeconds = 0;
let childCpuKnown = true;
async function timeProcess(command, args) {
  const run = await timeProcessRaw(command, args);
  if (run.cpuSeconds === null) childCpuKnown = false;
  else ownChildCpuSeconds += run.cpuSeconds;
  return run;
}
const loadAtStart = loadavg()[0];
const cpuAtStart = machineCpuSeconds();
const selfCpuAtStart = process.cpuUsage();
const wallAtStart = process.hrtime.bigint();
if (loadAtStart > 0.5) log(`warning: 1-minute load average ${loadAtStart.toFixed(2)} before the runs: other work on the machine will slow every contender`);
const scratch = mkdtempSync(join(tmpdir(), "twin-trial-compare-"));

async function runTwinTrial(workload, workers) {
  const args = [BIN, "simulate", workload.spec, "--out", join(scratch, "out"), "--seed", String(SEED), "--replicates", String(workload.replicates), "--force", "--quiet", "--json"];
  if (workers !== undefined) args.push("--workers", String(workers));
  const run = await timeProcess(process.execPath, args);
  if (run.status !== 0) throw new Error(`twin-trial ${args.slice(1).join(" ")} failed (exit ${run.status}):\n${run.stderr}\n${run.stdout}`);
  const summary = JSON.parse(run.stdout).summary.find((row) => row.quantity === "power") ?? JSON.parse(run.stdout).summary[0];
  return { seconds: run.seconds, cpuSeconds: run.cpuSeconds, peakMb: run.peakMb, power: summary.rejection_rate, powerMcse: summary.rejection_rate_mcse };
}

async function runReference(reference) {
  const [command, args] = reference.command;
  const run = await timeProcess(command, args);
  if (run.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (exit ${run.status}):\n${run.stderr}`);
  const match = /power=([0-9.]+)(?: \(MC SE ([0-9.]+)\))?/.exec(run.stdout);
  return { seconds: run.seconds, cpuSeconds: run.cpuSeconds, peakMb: run.peakMb, power: match ? Number(match[1]) : NaN, powerMcse: match?.[2] ? Number(match[2]) : NaN };
}

/** Median seconds, largest peak RSS, and the power of the last run (all runs give the same). */
function summarise(runs) {
  const peaks = runs.map((run) => run.peakMb).filter((peak) => peak !== null);
  const cpu = runs.map((run) => run.cpuSeconds);
  return { seconds: median(runs.map((run) => run.seconds)), cpuSeconds: cpu.includes(null) ? null : median(cpu), runs: runs.map((run) => run.seconds), peakMb: peaks.length ? Math.max(...peaks) : null, power: runs.at(-1).power, powerMcse: runs.at(-1).powerMcse };
}

const results = [];
try {
  for (const workload of WORKLOADS) {
    const raw = { one: [], two: [], refs: workload.references.map(() => []) };
    for (let run = 0; run < RUNS; run++) {
      // Interleaved, so that a slow spell of the machine hits every contender alike.
      log(`${workload.title}: run ${run + 1} of ${RUNS}`);
      raw.one.push(await runTwinTrial(workload, workersSupported ? 1 : undefined));
      if (workersSupported) raw.two.push(await runTwinTrial(workload, 2));
      for (const [index, reference] of workload.references.entries()) {
        if (reference.unavailable === null) raw.refs[index].push(await runReference(reference));
      }
    }
    results.push({
      workload,
      one: summarise(raw.one),
      two: workersSupported ? summarise(raw.two) : null,
      refs: workload.references.map((reference, index) => ({ reference, measured: reference.unavailable === null ? summarise(raw.refs[index]) : null })),
    });
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

log("R start-up and twin-trial --version (3 runs each)");
const rStartup = rVersion === null ? null : await medianOf(() => timeProcess(RSCRIPT, ["-e", "0"]));
const nodeStartup = await medianOf(() => timeProcess(process.execPath, [BIN, "--version"]));
log("mrgsolve anchor (in-process, one core)");
const { runMrgsolveAnchor, MRGSOLVE_SUBJECTS_PER_S, TARGET_RATIO } = await import("./pk-mrgsolve-anchor.js");
const anchor = runMrgsolveAnchor();
const loadAtEnd = loadavg()[0];
const wallSeconds = Number(process.hrtime.bigint() - wallAtStart) / 1e9;
const interference = (() => {
  const cpuAtEnd = machineCpuSeconds();
  if (cpuAtStart === null || cpuAtEnd === null || !childCpuKnown) return null;
  const self = process.cpuUsage(selfCpuAtStart);
  const own = ownChildCpuSeconds + (self.user + self.system) / 1e6;
  const others = Math.max(0, cpuAtEnd.busy - cpuAtStart.busy - own);
  return { others, steal: cpuAtEnd.steal - cpuAtStart.steal, shareOfOneCore: others / wallSeconds };
})();

async function medianOf(task) {
  const seconds = [];
  for (let run = 0; run < RUNS; run++) seconds.push((await task()).seconds);
  return median(seconds);
}

// ---------------------------------------------------------------- report
const power = (value, mcse) => (Number.isFinite(value) ? `${value.toFixed(4)}${Number.isFinite(mcse) ? ` ± ${mcse.toFixed(4)}` : ""}` : "—");
const mib = (value) => (value === null ? "—" : value.toFixed(0));
const met = (ratio, target) => (target === null ? "—" : ratio >= target ? "met" : "NOT met");

const cpu = cpus()[0]?.model ?? "unknown CPU";
console.log(`# twin-trial side by side with R`);
console.log("");
console.log(`${new Date().toISOString().slice(0, 10)}; ${cpus().length} × ${cpu}; node ${process.version}; ${rVersion ?? "R: not found"}; ${RUNS} whole-process runs each, median wall time, interleaved; peak RSS ${hasGnuTime ? "by GNU time" : "polled from /proc"}; twin-trial ${workersSupported ? "with --workers 1 (and 2 below)" : "without --workers (the CLI has no such option)"}; 1-minute load average ${loadAtStart.toFixed(2)} before, ${loadAtEnd.toFixed(2)} after (this process's own runs included).`);
console.log("");
if (interference === null) {
  console.log("Other load during the runs: unknown (needs /proc/stat and GNU time).");
} else {
  const quiet = interference.shareOfOneCore < 0.1;
  console.log(`Other load during the ${wallSeconds.toFixed(0)} s of runs: other processes took ${interference.others.toFixed(1)} CPU-seconds (${(100 * interference.shareOfOneCore).toFixed(0)}% of one core on average), the hypervisor stole ${interference.steal.toFixed(1)} s: ${quiet ? "a quiet machine" : "**a busy machine: these timings are slowed by other work, rerun on a quiet one**"}.`);
}
console.log("");
console.log("| workload | R reference | twin-trial s | twin-trial peak RSS (MiB) | R s | R peak RSS (MiB) | ratio R / twin-trial | power twin-trial | power R | target | |");
console.log("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |");
const notes = [];
for (const { workload, one, refs } of results) {
  for (const { reference, measured } of refs) {
    const target = reference.targetRatio === null ? "—" : `≥ ${reference.targetRatio}×`;
    if (measured) {
      const ratio = measured.seconds / one.seconds;
      console.log(`| ${workload.title} | ${reference.name} | ${formatSeconds(one.seconds)} | ${mib(one.peakMb)} | ${formatSeconds(measured.seconds)} | ${mib(measured.peakMb)} | ${ratio.toFixed(2)} | ${power(one.power, one.powerMcse)} | ${power(measured.power, measured.powerMcse)} | ${target} | ${met(ratio, reference.targetRatio)} |`);
      checkPowers(workload, reference.name, one, measured);
    } else if (reference.recorded) {
      const r = reference.recorded;
      const ratio = r.seconds / one.seconds;
      console.log(`| ${workload.title} | ${reference.name}: **${reference.unavailable}**, not measured now | ${formatSeconds(one.seconds)} | ${mib(one.peakMb)} | ${formatSeconds(r.seconds)} (recorded†) | — | ${ratio.toFixed(2)}† | ${power(one.power, one.powerMcse)} | ${power(r.power, r.powerMcse)} (recorded) | ${target} | ${met(ratio, reference.targetRatio)}† |`);
      notes.push(`† ${reference.name}: ${reference.unavailable} here; time recorded on the reference machine (${recorded?.machine?.cores ?? "?"} × ${recorded?.machine?.cpu ?? "?"}, ${recorded?.r_version ?? "R"}; trial.json), ${r.what}; not measured now.`);
      checkPowers(workload, reference.name, one, r);
    } else {
      console.log(`| ${workload.title} | ${reference.name}: **${reference.unavailable}**, no recorded time | ${formatSeconds(one.seconds)} | ${mib(one.peakMb)} | — | — | — | ${power(one.power, one.powerMcse)} | — | ${target} | — |`);
    }
  }
}
if (results.some(({ one, refs }) => one.cpuSeconds !== null && refs.some(({ measured }) => typeof measured?.cpuSeconds === "number"))) {
  // CPU time moves less than wall time when other work shares the machine (a check, not the target).
  console.log("");
  console.log("| CPU time (user + system, median), same runs | R reference | twin-trial CPU s, 1 worker | R CPU s | ratio R / twin-trial |");
  console.log("| --- | --- | ---: | ---: | ---: |");
  for (const { workload, one, refs } of results) {
    for (const { reference, measured } of refs) {
      if (typeof measured?.cpuSeconds !== "number" || one.cpuSeconds === null) continue;
      console.log(`| ${workload.title} | ${reference.name} | ${formatSeconds(one.cpuSeconds)} | ${formatSeconds(measured.cpuSeconds)} | ${(measured.cpuSeconds / one.cpuSeconds).toFixed(2)} |`);
    }
  }
}
console.log("");
console.log(`| start-up | s |`);
console.log(`| --- | ---: |`);
console.log(`| twin-trial --version (target < 0.15 s) | ${formatSeconds(nodeStartup)} |`);
console.log(`| Rscript -e 0 | ${rStartup === null ? "—" : formatSeconds(rStartup)} |`);
if (workersSupported) {
  console.log("");
  console.log("| workload | twin-trial s, --workers 1 | --workers 2 | speed-up (target ≥ 1.8×) | | peak RSS (MiB), 1 / 2 workers | power, 1 / 2 workers |");
  console.log("| --- | ---: | ---: | ---: | --- | ---: | --- |");
  for (const { workload, one, two } of results) {
    const speedUp = one.seconds / two.seconds;
    console.log(`| ${workload.title} | ${formatSeconds(one.seconds)} | ${formatSeconds(two.seconds)} | ${speedUp.toFixed(2)} | ${met(speedUp, 1.8)} | ${mib(one.peakMb)} / ${mib(two.peakMb)} | ${one.power} / ${two.power}${one.power === two.power ? "" : " (differ!)"} |`);
  }
} else {
  console.log("");
  console.log("`twin-trial simulate --help` lists no --workers option: one process, one thread; the 2-worker timing (target ≥ 1.8×) is not measured.");
}
console.log("");
console.log(`| mrgsolve anchor: ${anchor.subjects.toLocaleString("en-US")} subjects × 28 oral doses q24h × 673 hourly times, IIV on CL and V, profiles in memory, one core | s | subjects/s | × mrgsolve's ${MRGSOLVE_SUBJECTS_PER_S}/s | target ≥ ${TARGET_RATIO}× |`);
console.log("| --- | ---: | ---: | ---: | --- |");
console.log(`| twin-trial PK engine (bench/pk-mrgsolve-anchor.js) | ${anchor.seconds.toFixed(3)} | ${Math.round(anchor.subjectsPerSecond)} | ${anchor.ratio.toFixed(1)} | ${met(anchor.ratio, TARGET_RATIO)} |`);
notes.push(`mrgsolve's ${MRGSOLVE_SUBJECTS_PER_S} subjects/s is the figure quoted in the issue (mrgsolve is not run here).`);
console.log("");
for (const note of notes) console.log(`- ${note}`);
console.log(`- twin-trial's power is its rejection rate (for W3 two-sided, either direction; R's counts p < 0.05 with a positive difference, which differs by the rare rejections in the wrong direction). Exact powers: W1 0.69689, W3 0.8057 (semi-analytic). The R and twin-trial random numbers differ, so powers agree only within Monte Carlo error.`);
console.log(`- R peak RSS is that of the R process (Mediana's worker processes, if any, not added).`);

function checkPowers(workload, name, a, b) {
  const se = Math.sqrt((a.powerMcse ?? 0) ** 2 + (b.powerMcse ?? 0) ** 2);
  if (Number.isFinite(a.power) && Number.isFinite(b.power) && Number.isFinite(se) && se > 0 && Math.abs(a.power - b.power) > 3 * se) {
    notes.push(`${workload.title}: twin-trial's power ${a.power.toFixed(4)} and ${name}'s ${b.power.toFixed(4)} differ by more than 3 combined Monte Carlo SE (${(3 * se).toFixed(4)}): worth investigating.`);
  }
}
