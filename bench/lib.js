// Helpers shared by bench/run.js and bench/compare.js: whole-process timing (wall clock by
// process.hrtime around spawnSync) with peak RSS, medians, and what the CLI supports.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { clearInterval, setInterval } from "node:timers";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("..", import.meta.url));
export const BIN = fileURLToPath(new URL("../bin/twin-trial.js", import.meta.url));
const GNU_TIME = "/usr/bin/time";
const RSS_MARK = "TWIN_TRIAL_BENCH_MAXRSS_KB=";

/** The median of some numbers (upper median for an even count); does not reorder the input. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Whether GNU time is there and understands -f %M (BusyBox and BSD time do not, or not alike). */
export const hasGnuTime = (() => {
  if (!existsSync(GNU_TIME)) return false;
  const probe = spawnSync(GNU_TIME, ["-f", `${RSS_MARK}%M`, "true"], { encoding: "utf8" });
  return probe.status === 0 && probe.stderr.includes(RSS_MARK);
})();

/**
 * Runs `command args` once as a whole process and measures it.
 * Wall time: process.hrtime around spawnSync (GNU time's own fork/exec, ~1 ms, included).
 * Peak RSS: GNU time's %M (the process's maximum resident set, all its threads; for child
 * processes of its own, the largest one, not a sum). Without GNU time: the process's VmHWM
 * from /proc (or ps rss) polled every 10 ms, and the wall time then comes from spawn/exit.
 *
 * CPU seconds (user + system, GNU time's %U + %S) only with GNU time.
 *
 * @returns {Promise<{seconds: number, peakMb: number | null, cpuSeconds: number | null, stdout: string, stderr: string, status: number | null}>}
 */
export async function timeProcess(command, args, options = {}) {
  const spawnOptions = { cwd: options.cwd ?? REPO_ROOT, env: options.env ?? process.env, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 };
  if (hasGnuTime) {
    const start = process.hrtime.bigint();
    const run = spawnSync(GNU_TIME, ["-f", `${RSS_MARK}%M %U %S`, command, ...args], spawnOptions);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (run.error) throw run.error;
    const lines = run.stderr.split("\n");
    const markIndex = lines.findLastIndex((line) => line.startsWith(RSS_MARK));
    const [peakKb, userS, systemS] = markIndex < 0 ? [NaN, NaN, NaN] : lines[markIndex].slice(RSS_MARK.length).trim().split(/\s+/).map(Number);
    if (markIndex >= 0) lines.splice(markIndex, 1);
    // GNU time adds "Command exited with non-zero status N" before its own line.
    const stderr = lines.filter((line) => !line.startsWith("Command exited with non-zero status")).join("\n");
    const cpuSeconds = Number.isFinite(userS + systemS) ? userS + systemS : null;
    return { seconds, peakMb: Number.isFinite(peakKb) ? peakKb / 1024 : null, cpuSeconds, stdout: run.stdout, stderr, status: run.status };
  }
  return timeProcessPolled(command, args, spawnOptions);
}

/** Fallback of timeProcess without GNU time: spawn, poll the peak RSS, wait for the exit. */
function timeProcessPolled(command, args, spawnOptions) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, args, { cwd: spawnOptions.cwd, env: spawnOptions.env });
    let stdout = "";
    let stderr = "";
    let peakKb = 0;
    child.stdout.setEncoding("utf8").on("data", (chunk) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk) => (stderr += chunk));
    const poll = () => {
      const kb = readPeakKb(child.pid);
      if (kb > peakKb) peakKb = kb;
    };
    const timer = setInterval(poll, 10);
    child.on("error", (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on("close", (status) => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      clearInterval(timer);
      resolve({ seconds, peakMb: peakKb > 0 ? peakKb / 1024 : null, cpuSeconds: null, stdout, stderr, status });
    });
  });
}

/** The peak (VmHWM) or, failing that, current resident set of a process in KiB; 0 if unknown. */
function readPeakKb(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const match = /^VmHWM:\s+(\d+) kB/m.exec(status);
    if (match) return Number(match[1]);
  } catch {
    // no /proc (macOS) or the process is gone: try ps
  }
  const ps = spawnSync("ps", ["-o", "rss=", "-p", String(pid)], { encoding: "utf8" });
  const kb = Number(ps.stdout.trim());
  return Number.isFinite(kb) ? kb : 0;
}

/** Runs the twin-trial CLI once (node bin/twin-trial.js …); throws on a non-zero exit. */
export async function timeTwinTrial(args, options = {}) {
  const run = await timeProcess(process.execPath, [BIN, ...args], options);
  if (run.status !== 0) throw new Error(`twin-trial ${args.join(" ")} failed (exit ${run.status}):\n${run.stderr}`);
  return run;
}

/** The help text of a CLI command (`simulate`, …), or of the CLI itself without one. */
export function cliHelp(command) {
  const run = spawnSync(process.execPath, [BIN, ...(command ? [command] : []), "--help"], { cwd: REPO_ROOT, encoding: "utf8" });
  return `${run.stdout}${run.stderr}`;
}

/** Whether `twin-trial <command> --help` lists an option such as "--workers". */
export function cliSupports(command, option) {
  return new RegExp(`(^|[\\s,])${option.replace(/[-]/g, "\\-")}\\b`, "m").test(cliHelp(command));
}

/** Seconds with 2 decimals, or 3 below 1 s (start-up, small workloads). */
export function formatSeconds(seconds) {
  return seconds < 1 ? seconds.toFixed(3) : seconds.toFixed(2);
}

const CLOCK_TICKS = (() => {
  const run = spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" });
  const ticks = Number(run.stdout?.trim());
  return Number.isFinite(ticks) && ticks > 0 ? ticks : 100;
})();

/**
 * The machine's CPU time so far from /proc/stat, in seconds summed over all cores: busy (user,
 * nice, system, irq, softirq) and steal (taken by the hypervisor for other guests); null
 * without /proc. The difference of two readings, less the CPU time of one's own processes, is
 * what other processes took meanwhile: a check that a benchmark ran on a quiet machine.
 */
export function machineCpuSeconds() {
  try {
    const line = readFileSync("/proc/stat", "utf8").split("\n").find((entry) => entry.startsWith("cpu "));
    const [user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number);
    return { busy: (user + nice + system + irq + softirq) / CLOCK_TICKS, steal: (steal ?? 0) / CLOCK_TICKS };
  } catch {
    return null;
  }
}
