/**
 * A worker thread that computes replicate outcomes. Told to plan a trial, it plans it from
 * the same spec and cohort as the main thread (checked by SHA-256); asked for a range of
 * replicates, it answers with their outcomes. Started by WorkerPool; never run directly.
 */
import { parentPort } from "node:worker_threads";
import { prepareTrial, type PreparedTrial } from "../cli/prepare-trial.js";
import { InputError } from "../errors.js";
import { computeReplicate, designSimulatorOf, type DesignSimulator, type ReplicateOutcome } from "../trial/index.js";
import type { WorkerReply, WorkerRequest, WorkerSetup } from "./worker-protocol.js";

const port = parentPort;
if (port === null) throw new Error("replicate-worker.js runs only as a worker thread");

function reply(message: WorkerReply): void {
  port?.postMessage(message);
}

function fail(error: unknown): void {
  if (error instanceof InputError) reply({ kind: "input-error", issues: error.issues });
  else reply({ kind: "failed", message: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined });
}

function plan(setup: WorkerSetup): { prepared: PreparedTrial; designs: DesignSimulator | undefined } {
  const prepared = prepareTrial(setup.specFile, setup.overrides, setup.specText);
  const changed = [prepared.loaded.sha256 !== setup.specSha256 ? setup.specFile : undefined, prepared.cohort.sha256 !== setup.cohortSha256 ? prepared.cohort.specPath : undefined].filter((file) => file !== undefined);
  if (changed.length > 0) {
    throw new InputError([{ code: "INPUT_CHANGED", message: `${changed.join(" and ")} changed while the run was starting (a worker read other bytes than the main thread)`, hint: "do not edit the spec or the cohort during a run; run again" }]);
  }
  return { prepared, designs: designSimulatorOf(prepared.plan) };
}

let current: ReturnType<typeof plan> | undefined;

port.on("message", (request: WorkerRequest) => {
  try {
    switch (request.kind) {
      case "plan":
        current = undefined;
        current = plan(request.setup);
        reply({ kind: "ready" });
        return;
      case "compute": {
        if (current === undefined) throw new Error("compute before plan");
        const outcomes: ReplicateOutcome[] = [];
        for (let replicate = request.from; replicate <= request.to; replicate++) outcomes.push(computeReplicate(current.prepared.plan, current.designs, replicate).outcome);
        reply({ kind: "outcomes", outcomes });
        return;
      }
      case "stop":
        port.close();
        return;
    }
  } catch (error) {
    fail(error);
  }
});
