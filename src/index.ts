/**
 * twin-trial as a library: `import { loadSpec, simulate } from "twin-trial"`.
 *
 * The same pipeline as the command line (one orchestration path, the same bytes): `simulate`
 * reads the spec and its cohort, runs every replicate (on worker threads when it pays) and
 * returns the operating characteristics, typed; with `out` it also writes the results folder
 * `twin-trial simulate --out` writes, byte for byte. Mistakes in the spec or cohort throw an
 * InputError whose `issues` name the place and the fix (the CLI prints exactly those).
 */
import { computeReplicates, parseWorkers } from "./cli/compute-replicates.js";
import { libraryIo } from "./cli/library-io.js";
import { hypothesesOf, type HypothesisSummary } from "./cli/run-summary.js";
import type { Overrides } from "./cli/parse-overrides.js";
import { prepareTrial } from "./cli/prepare-trial.js";
import { InputError, Interrupted, RequirementNotMet } from "./errors.js";
import { loadSpec as loadSpecFile, type LoadedSpec, type Spec } from "./spec/index.js";
import { specJsonSchema } from "./spec/json-schema.js";
import { simulateReplicate, TrialAccumulator, type TrialResult } from "./trial/index.js";

export { InputError, Interrupted, RequirementNotMet, specJsonSchema };
export type { HypothesisSummary, LoadedSpec, Spec, TrialResult };
export type { SpecIssue } from "./spec/index.js";

/** Reads, parses and validates a spec file (defaults filled in); throws InputError on a mistake. */
export function loadSpec(file: string): LoadedSpec {
  return loadSpecFile(file);
}

/** Options of {@link simulate}; every one is optional. */
export interface SimulateOptions {
  /** Replaces the spec's trial.seed. */
  readonly seed?: number;
  /** Replaces the spec's trial.replicates. */
  readonly replicates?: number;
  /** Worker threads (default: the cores available, started only when the run is long enough to gain); the numbers never depend on it. */
  readonly workers?: number;
  /** Also write the results folder here, exactly as `twin-trial simulate --out` does. */
  readonly out?: string;
  /** Replace an existing results folder at `out`. */
  readonly force?: boolean;
  /** With `out`: also write report.html (figures inline), as `--format html`. */
  readonly format?: "markdown" | "html";
  /** With `out`: also write the ADaM-shaped datasets of the kept replicates, as `--adam`. */
  readonly adam?: boolean;
  /** With `out`: also write the NONMEM-style dataset of the kept replicates, as `--nonmem`. */
  readonly nonmem?: boolean;
  /** Called after every replicate with the number done and the total. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** What {@link simulate} returns. */
export interface Simulation {
  readonly trial: { readonly id: string; readonly title: string; readonly seed: number; readonly replicates: number };
  readonly hypotheses: readonly HypothesisSummary[];
  /** The results folder written (only with `out`). */
  readonly out: string | undefined;
  /** Everything the reports are made from: plan, per-replicate efficacy rows (without `out`), summaries, safety, kept replicates, fidelity, designs. */
  readonly result: TrialResult;
}

function overridesOf(options: SimulateOptions): Overrides {
  return { ...(options.seed === undefined ? {} : { seed: String(options.seed) }), ...(options.replicates === undefined ? {} : { replicates: String(options.replicates) }) };
}

function summaryOf(result: TrialResult, out: string | undefined): Simulation {
  const { trial } = result.plan.spec;
  return {
    trial: { id: trial.id, title: trial.title, seed: trial.seed, replicates: trial.replicates },
    hypotheses: hypothesesOf(result),
    out,
    result,
  };
}

function specFileOf(spec: string | LoadedSpec): string {
  return typeof spec === "string" ? spec : spec.file;
}

/**
 * Simulates a trial spec (a path, or what {@link loadSpec} returned; cohort paths resolve
 * from the spec's folder) and returns its operating characteristics. The numbers are those
 * of `twin-trial simulate` with the same spec, seed and replicates, for any `workers`.
 *
 * @example
 * const { hypotheses } = await simulate("trial-specs/power-check.yaml", { replicates: 2000 });
 * console.log(hypotheses[0].rejectionRate); // ≈ 0.70 (exact power 0.69689)
 */
export async function simulate(spec: string | LoadedSpec, options: SimulateOptions = {}): Promise<Simulation> {
  const specFile = specFileOf(spec);
  if (options.out === undefined && (options.format !== undefined || options.adam === true || options.nonmem === true))
    throw new InputError([{ code: "USAGE_INVALID_VALUE", message: "format, adam and nonmem choose files to write, and no out folder was given", hint: "add out: \"results/my-trial\" to the options", location: { kind: "flag", flag: "--out" } }]);
  const io = libraryIo();
  const workers = options.workers === undefined ? undefined : String(options.workers);
  if (options.out !== undefined) {
    const { simulateCommand } = await import("./cli/simulate-command.js");
    const argv = ["simulate", specFile, "--out", options.out, ...(options.seed === undefined ? [] : ["--seed", String(options.seed)]), ...(options.replicates === undefined ? [] : ["--replicates", String(options.replicates)]), ...(options.force === true ? ["--force"] : []), ...(options.format === undefined ? [] : ["--format", options.format]), ...(options.adam === true ? ["--adam"] : []), ...(options.nonmem === true ? ["--nonmem"] : [])];
    const result = await simulateCommand(specFile, { out: options.out, ...overridesOf(options), force: options.force === true, quiet: true, json: false, ...(workers === undefined ? {} : { workers }), ...(options.format === undefined ? {} : { format: options.format }), adam: options.adam === true, nonmem: options.nonmem === true }, io, argv);
    if (result === undefined) throw new Error("simulate wrote a shard instead of a run");
    return summaryOf(result, options.out);
  }
  const prepared = prepareTrial(specFile, overridesOf(options));
  const { plan } = prepared;
  const accumulator = new TrialAccumulator(plan);
  const total = plan.spec.trial.replicates;
  let done = 0;
  await computeReplicates(prepared, io, { from: 1, to: total, workers: parseWorkers(workers, io), adaptive: workers === undefined, quiet: true, label: plan.spec.trial.id, specFile, overrides: overridesOf(options) }, (outcome, simulation) => {
    const kept = accumulator.isKept(outcome.replicate) ? (simulation ?? simulateReplicate(plan, outcome.replicate)) : undefined;
    accumulator.add(outcome, kept);
    done += 1;
    options.onProgress?.(done, total);
  });
  return summaryOf(accumulator.result(), undefined);
}
