import { Worker } from "node:worker_threads";
import { InputError, InternalError, Interrupted } from "../errors.js";
import type { ReplicateOutcome } from "../trial/index.js";
import type { WorkerReply, WorkerRequest, WorkerSetup } from "./worker-protocol.js";

export interface OutcomeRun {
  /** The replicates to compute, from..to inclusive (1-based). */
  readonly from: number;
  readonly to: number;
  readonly workers: number;
  readonly setup: WorkerSetup;
  /** Called once per replicate, in replicate order, whatever order the workers finish in. */
  readonly onOutcome: (outcome: ReplicateOutcome) => void;
  /** Polled between messages: true stops the workers and rejects with Interrupted. */
  readonly isInterrupted: () => boolean;
}

/** Replicates per request: small enough to balance the workers, large enough that messages cost nothing. */
export function chunkSize(replicates: number, workers: number): number {
  return Math.max(1, Math.min(64, Math.ceil(replicates / (workers * 16))));
}

const WORKER_URL = new URL("./replicate-worker.js", import.meta.url);
const INTERRUPT_POLL_MS = 50;

/**
 * Computes replicates from..to on `workers` worker threads, each planning the trial from the
 * same inputs, and hands the outcomes to onOutcome strictly in replicate order (out-of-order
 * replies wait in a buffer of at most a few chunks per worker). Resolves when every outcome
 * has been handed over; rejects with the first worker's InputError, an InternalError for a
 * crash, or Interrupted; every worker is terminated either way.
 */
export function runOutcomes(run: OutcomeRun): Promise<void> {
  const { from, to } = run;
  const size = chunkSize(to - from + 1, run.workers);
  const workers: Worker[] = [];
  return new Promise<void>((resolve, reject) => {
    let nextFrom = from;
    let nextToHand = from;
    const waiting = new Map<number, ReplicateOutcome>();
    const stopped = new Set<Worker>();
    let settled = false;
    const finish = (error?: unknown): void => {
      if (settled) return;
      settled = true;
      clearInterval(poll);
      for (const worker of workers) void worker.terminate();
      if (error === undefined) resolve();
      else reject(error);
    };
    const poll = setInterval(() => {
      if (run.isInterrupted()) finish(new Interrupted());
    }, INTERRUPT_POLL_MS);
    const assign = (worker: Worker): void => {
      if (nextFrom > to) {
        stopped.add(worker);
        worker.postMessage({ kind: "stop" } satisfies WorkerRequest);
        return;
      }
      const request: WorkerRequest = { kind: "compute", from: nextFrom, to: Math.min(to, nextFrom + size - 1) };
      nextFrom = request.to + 1;
      worker.postMessage(request);
    };
    const handOver = (): void => {
      for (let outcome = waiting.get(nextToHand); outcome !== undefined; outcome = waiting.get(nextToHand)) {
        waiting.delete(nextToHand);
        run.onOutcome(outcome);
        nextToHand += 1;
      }
      if (nextToHand > to) finish();
    };
    const count = Math.max(1, Math.min(run.workers, to - from + 1));
    for (let index = 0; index < count; index++) {
      const worker = new Worker(WORKER_URL, { workerData: run.setup });
      workers.push(worker);
      worker.on("message", (message: WorkerReply) => {
        if (settled) return;
        try {
          switch (message.kind) {
            case "ready":
              assign(worker);
              return;
            case "outcomes":
              for (const outcome of message.outcomes) waiting.set(outcome.replicate, outcome);
              assign(worker);
              handOver();
              return;
            case "input-error":
              finish(new InputError(message.issues));
              return;
            case "failed":
              finish(new InternalError(`a worker thread failed: ${message.message}${message.stack === undefined ? "" : `\n${message.stack}`}`));
              return;
          }
        } catch (error) {
          finish(error);
        }
      });
      worker.on("error", (error) => finish(new InternalError(`a worker thread failed: ${error.message}`, { cause: error })));
      worker.on("exit", (code) => {
        if (!settled && !stopped.has(worker)) finish(new InternalError(`a worker thread exited with code ${code} before the run was complete`));
      });
    }
  });
}
