import { performance } from "node:perf_hooks";
import { InputError, Interrupted } from "../errors.js";
import { WorkerPool } from "../parallel/run-outcomes.js";
import { computeReplicate, designSimulatorOf, type ReplicateOutcome, type ReplicateSimulation } from "../trial/index.js";
import type { CliIo } from "./cli-io.js";
import type { Overrides } from "./parse-overrides.js";
import type { PreparedTrial } from "./prepare-trial.js";
import { createProgress } from "./progress.js";

/** The most worker threads a run starts (more gain nothing on today's machines and cost memory). */
export const MAX_WORKERS = 256;

/** --workers: a whole number from 1 to MAX_WORKERS; default the cores available. */
export function parseWorkers(text: string | undefined, io: CliIo): number {
  if (text === undefined) return Math.max(1, Math.min(MAX_WORKERS, io.availableCores));
  const value = /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
  if (Number.isSafeInteger(value) && value >= 1 && value <= MAX_WORKERS) return value;
  throw new InputError([{ code: "USAGE_INVALID_VALUE", message: `--workers must be a whole number from 1 to ${MAX_WORKERS}, got ${JSON.stringify(text)}`, hint: `e.g. --workers ${Math.max(2, io.availableCores)} (the cores here: ${io.availableCores}); results are the same bytes whatever the number`, location: { kind: "flag", flag: "--workers" } }]);
}

export interface ComputeOptions {
  readonly from: number;
  readonly to: number;
  readonly workers: number;
  readonly quiet: boolean;
  readonly label: string;
  /** The file and overrides the trial was prepared from: worker threads plan it again from them. */
  readonly specFile: string;
  readonly overrides: Overrides;
  /** The spec's text when it is not the file's (a sweep point). */
  readonly specText?: string;
  /**
   * True when --workers was not given: the replicates start on this thread, and worker
   * threads take over only when the rest of the run is estimated to take longer than
   * PARALLEL_WORTH_MS on one thread (starting workers costs more than a short run gains).
   */
  readonly adaptive: boolean;
  /** The threshold of an adaptive run (default PARALLEL_WORTH_MS; TWIN_TRIAL_PARALLEL_WORTH_MS sets it, for tests). */
  readonly parallelWorthMs?: number;
  /** Worker threads to reuse (a sweep's points), made on first use; without it, a pool of `workers` is started and closed. */
  readonly pool?: () => WorkerPool;
}

/** How long the replicates run on this thread before an adaptive run estimates the rest. */
const PROBE_MS = 100;
/** The single-thread time of the rest of a run above which an adaptive run starts worker threads. */
export const PARALLEL_WORTH_MS = 2000;

/** TWIN_TRIAL_PARALLEL_WORTH_MS, a whole number of milliseconds, else undefined (a testing knob: 0 hands every run longer than two probe windows to the workers). */
export function parallelWorthFromEnv(io: CliIo): { parallelWorthMs?: number } {
  const text = io.env.TWIN_TRIAL_PARALLEL_WORTH_MS;
  return text !== undefined && /^\d+$/.test(text) ? { parallelWorthMs: Number(text) } : {};
}

/** Time between yields to the event loop on one thread, so the spinner turns and signals are seen. */
const YIELD_EVERY_MS = 50;

/**
 * Computes replicates from..to, in this thread (1 worker, a single replicate, or a short
 * adaptive run) or on worker threads, and hands each outcome to `onOutcome` in replicate order, with its
 * simulation when it was computed here (worker threads send outcomes only). Shows progress on
 * a terminal; SIGINT or SIGTERM stops it with Interrupted.
 */
export async function computeReplicates(prepared: PreparedTrial, io: CliIo, options: ComputeOptions, onOutcome: (outcome: ReplicateOutcome, simulation: ReplicateSimulation | undefined) => void): Promise<void> {
  const total = options.to - options.from + 1;
  const progress = await createProgress(io, { enabled: !options.quiet, label: options.label });
  let interrupted = false;
  const removeHandler = io.onInterrupt(() => (interrupted = true));
  let done = 0;
  let lastUpdate = performance.now();
  const report = (): void => {
    done += 1;
    if (performance.now() - lastUpdate < YIELD_EVERY_MS) return;
    progress.update(done, total);
    lastUpdate = performance.now();
  };
  try {
    // On this thread: everything with one worker; with --workers N nothing; adaptively until the rest is known to be long.
    const parallel = options.workers > 1 && total > 1;
    let next = options.from;
    if (!parallel || options.adaptive) {
      const designs = designSimulatorOf(prepared.plan);
      let window = { started: performance.now(), first: next, count: 0 };
      let lastYield = window.started;
      while (next <= options.to) {
        const { outcome, simulation } = computeReplicate(prepared.plan, designs, next);
        onOutcome(outcome, simulation);
        next += 1;
        report();
        const now = performance.now();
        if (parallel && now - window.started >= PROBE_MS) {
          // The first window is slow (the code is not optimised yet): judge the rest by the later windows' pace.
          window.count += 1;
          const remainingMs = ((now - window.started) / (next - window.first)) * (options.to - next + 1);
          if (window.count >= 2 && remainingMs > (options.parallelWorthMs ?? PARALLEL_WORTH_MS)) break;
          window = { started: now, first: next, count: window.count };
        }
        if (now - lastYield < YIELD_EVERY_MS) continue;
        await new Promise((resolve) => setImmediate(resolve));
        lastYield = performance.now();
        if (interrupted) throw new Interrupted();
      }
    }
    if (next <= options.to) {
      const pool = options.pool?.() ?? new WorkerPool(Math.min(options.workers, options.to - next + 1));
      try {
        await pool.run({
          from: next,
          to: options.to,
          setup: { specFile: options.specFile, overrides: options.overrides, ...(options.specText === undefined ? {} : { specText: options.specText }), specSha256: prepared.loaded.sha256, cohortSha256: prepared.cohort.sha256 },
          onOutcome: (outcome) => {
            onOutcome(outcome, undefined);
            report();
          },
          isInterrupted: () => interrupted,
        });
      } finally {
        if (options.pool === undefined) await pool.close();
      }
    }
  } finally {
    progress.stop();
    removeHandler();
  }
}
