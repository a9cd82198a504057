/**
 * A worker thread that computes replicate outcomes: it plans the trial from the same spec
 * and cohort as the main thread (checked by SHA-256) and answers each request for a range of
 * replicates with their outcomes. Started by runOutcomes; never run directly.
 */
import { parentPort, workerData } from "node:worker_threads";
import { prepareTrial } from "../cli/prepare-trial.js";
import { InputError } from "../errors.js";
import { computeReplicate, designSimulatorOf, type ReplicateOutcome } from "../trial/index.js";
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

try {
  const setup = workerData as WorkerSetup;
  const prepared = prepareTrial(setup.specFile, setup.overrides);
  const changed = [prepared.loaded.sha256 !== setup.specSha256 ? setup.specFile : undefined, prepared.cohort.sha256 !== setup.cohortSha256 ? prepared.cohort.specPath : undefined].filter((file) => file !== undefined);
  if (changed.length > 0) {
    throw new InputError([{ code: "INPUT_CHANGED", message: `${changed.join(" and ")} changed while the run was starting (a worker read other bytes than the main thread)`, hint: "do not edit the spec or the cohort during a run; run again" }]);
  }
  const designs = designSimulatorOf(prepared.plan);
  port.on("message", (request: WorkerRequest) => {
    if (request.kind === "stop") {
      port.close();
      return;
    }
    try {
      const outcomes: ReplicateOutcome[] = [];
      for (let replicate = request.from; replicate <= request.to; replicate++) outcomes.push(computeReplicate(prepared.plan, designs, replicate).outcome);
      reply({ kind: "outcomes", outcomes });
    } catch (error) {
      fail(error);
    }
  });
  reply({ kind: "ready" });
} catch (error) {
  fail(error);
}
