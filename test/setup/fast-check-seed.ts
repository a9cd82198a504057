import { fc } from "@fast-check/vitest";

/**
 * Property tests draw their cases from one fixed seed, so `npm test` (and CI) gives the same
 * verdict on every run: a red build is a real regression, never the luck of the draw.
 * Explore new cases with FC_SEED=<integer> (or FC_SEED=random), e.g.
 * `FC_SEED=random npx vitest run test/stats`; a failure prints the seed to replay.
 */
const requested = process.env.FC_SEED;
if (requested !== "random") fc.configureGlobal({ seed: requested === undefined ? 20261127 : Number(requested) });
