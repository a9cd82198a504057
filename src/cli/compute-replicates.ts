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
  /** Worker threads to reuse (a sweep's points); without it, a pool of `workers` is started and closed. */
  readonly pool?: WorkerPool;
}

/** Time between yields to the event loop on one thread, so the spinner turns and signals are seen. */
const YIELD_EVERY_MS = 50;

/**
 * Computes replicates from..to, in this thread (1 worker, or a single replicate) or on
 * worker threads, and hands each outcome to `onOutcome` in replicate order, with its
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
    if (options.workers <= 1 || total <= 1) {
      const designs = designSimulatorOf(prepared.plan);
      let lastYield = performance.now();
      for (let replicate = options.from; replicate <= options.to; replicate++) {
        const { outcome, simulation } = computeReplicate(prepared.plan, designs, replicate);
        onOutcome(outcome, simulation);
        report();
        if (performance.now() - lastYield < YIELD_EVERY_MS) continue;
        await new Promise((resolve) => setImmediate(resolve));
        lastYield = performance.now();
        if (interrupted) throw new Interrupted();
      }
    } else {
      const pool = options.pool ?? new WorkerPool(Math.min(options.workers, total));
      try {
        await pool.run({
          from: options.from,
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
