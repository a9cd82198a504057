import type { ContinuousOutcome, EndpointOutcome } from "../../src/trial/index.js";

/** The outcome as a continuous one; fails the test when the endpoint is of another type. */
export function continuousOutcome(outcome: EndpointOutcome | undefined): ContinuousOutcome {
  if (outcome?.type !== "continuous") throw new Error(`expected a continuous outcome, got ${outcome?.type}`);
  return outcome;
}
