import type { StreamKeyPart } from "../rng/index.js";

/**
 * The purposes of the random streams of one replicate (DESIGN.md "Reproducibility
 * rules"). Each names one source of variation and is read in patient order; renaming one
 * changes results and bumps the results-format version.
 */
export const STREAM_PURPOSES = {
  population: (replicate: number): StreamKeyPart[] => [replicate, "population"],
  allocation: (replicate: number): StreamKeyPart[] => [replicate, "allocation"],
  randomEffects: (replicate: number): StreamKeyPart[] => [replicate, "random-effects"],
  residual: (replicate: number, endpoint: string): StreamKeyPart[] => [replicate, "residual", endpoint],
  truth: (replicate: number, endpoint: string): StreamKeyPart[] => [replicate, "truth", endpoint],
  adverseEvent: (replicate: number, term: string): StreamKeyPart[] => [replicate, "adverse-event", term],
  adherence: (replicate: number): StreamKeyPart[] => [replicate, "adherence"],
  enrolment: (replicate: number): StreamKeyPart[] => [replicate, "enrolment"],
  parameterUncertainty: (replicate: number): StreamKeyPart[] => [replicate, "parameter-uncertainty"],
  residualError: (replicate: number): StreamKeyPart[] => [replicate, "residual-error"],
  observationError: (replicate: number): StreamKeyPart[] => [replicate, "observation-error"],
  dropout: (replicate: number): StreamKeyPart[] => [replicate, "dropout"],
  /** The virtual patients of the fidelity and privacy check (one sample per run, not per replicate). */
  fidelity: (): StreamKeyPart[] => ["fidelity"],
} as const;
