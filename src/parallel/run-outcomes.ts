import { Worker } from "node:worker_threads";
import { InputError, InternalError, Interrupted } from "../errors.js";
import type { ReplicateOutcome } from "../trial/index.js";
import type { WorkerReply, WorkerRequest, WorkerSetup } from "./worker-protocol.js";

export interface OutcomeRun {
  /** The replicates to compute, from..to inclusive (1-based). */
  readonly from: number;
  readonly to: number;
  readonly setup: WorkerSetup;
  /** Called once per replicate, in replicate order, whatever order the workers finish in. */
  readonly onOutcome: (outcome: ReplicateOutcome) => void;
  /** Polled between messages: true stops the run and rejects with Interrupted. */
  readonly isInterrupted: () => boolean;
}

/** Replicates per request: small enough to balance the workers, large enough that messages cost little. */
export function chunkSize(replicates: number, workers: number): number {
  return Math.max(1, Math.min(64, Math.ceil(replicates / (workers * 16))));
}

const WORKER_URL = new URL("./replicate-worker.js", import.meta.url);
const INTERRUPT_POLL_MS = 50;

/**
 * Worker threads that compute replicate outcomes, started once and reused for run after run
 * (a sweep's points), so module loading is paid once per worker. Every run hands its
 * outcomes over strictly in replicate order. Close the pool when done.
 */
export class WorkerPool {
  private readonly workers: Worker[];
  private handler: ((worker: Worker, message: WorkerReply) => void) | undefined;
  private failure: ((error: unknown) => void) | undefined;
  private closed = false;

  constructor(readonly size: number) {
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(WORKER_URL);
      worker.on("message", (message: WorkerReply) => this.handler?.(worker, message));
      worker.on("error", (error) => this.failure?.(new InternalError(`a worker thread failed: ${error.message}`, { cause: error })));
      worker.on("exit", (code) => {
        if (!this.closed) this.failure?.(new InternalError(`a worker thread exited with code ${code} during a run`));
      });
      return worker;
    });
  }

  /**
   * Plans `run.setup` on every worker, computes replicates from..to and hands the outcomes to
   * onOutcome in replicate order (out-of-order replies wait in a buffer of a few chunks per
   * worker). Rejects with a worker's InputError, an InternalError for a crash, or
   * Interrupted; after a rejection the pool is closed.
   */
  run(run: OutcomeRun): Promise<void> {
    const { from, to } = run;
    const size = chunkSize(to - from + 1, this.workers.length);
    return new Promise<void>((resolve, reject) => {
      let nextFrom = from;
      let nextToHand = from;
      const waiting = new Map<number, ReplicateOutcome>();
      let settled = false;
      const finish = (error?: unknown): void => {
        if (settled) return;
        settled = true;
        clearInterval(poll);
        this.handler = undefined;
        this.failure = undefined;
        if (error === undefined) resolve();
        else {
          void this.close();
          reject(error);
        }
      };
      const poll = setInterval(() => {
        if (run.isInterrupted()) finish(new Interrupted());
      }, INTERRUPT_POLL_MS);
      const assign = (worker: Worker): void => {
        if (nextFrom > to) return;
        const request: WorkerRequest = { kind: "compute", from: nextFrom, to: Math.min(to, nextFrom + size - 1) };
        nextFrom = request.to + 1;
        worker.postMessage(request);
      };
      this.failure = finish;
      this.handler = (worker, message) => {
        if (settled) return;
        try {
          switch (message.kind) {
            case "ready":
              assign(worker);
              return;
            case "outcomes":
              for (const outcome of message.outcomes) waiting.set(outcome.replicate, outcome);
              assign(worker);
              for (let outcome = waiting.get(nextToHand); outcome !== undefined; outcome = waiting.get(nextToHand)) {
                waiting.delete(nextToHand);
                run.onOutcome(outcome);
                nextToHand += 1;
              }
              if (nextToHand > to) finish();
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
      };
      if (from > to) {
        finish();
        return;
      }
      for (const worker of this.workers) worker.postMessage({ kind: "plan", setup: run.setup } satisfies WorkerRequest);
    });
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
