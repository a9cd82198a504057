import { checkOutputFolder, renderManifest, renderOutputsWithFigures, renderPatientDatasets, RESULTS_FORMAT_VERSION, type PatientDataset, type ReportFormat } from "../report/index.js";
import { checkNoHtmlOnShard, reportFormatOf } from "./report-format-flag.js";
import { checkNoDatasetsOnShard, requestedDatasets } from "./dataset-flags.js";
import { ResultsWriter } from "./results-writer.js";
import { parseShard, runShard } from "./run-shard.js";
import { checkRequiredPower, parsePower } from "./required-power.js";
import { InputError } from "../errors.js";
import { simulateReplicate, TrialAccumulator, type TrialResult } from "../trial/index.js";
import type { CliIo } from "./cli-io.js";
import type { Overrides } from "./parse-overrides.js";
import { prepareTrial, type PreparedTrial } from "./prepare-trial.js";
import { computeReplicates, parallelWorthFromEnv, parseWorkers } from "./compute-replicates.js";
import { renderRunSummary, runSummaryJson } from "./run-summary.js";
import { toolVersion } from "./tool-version.js";

export interface SimulateOptions {
  readonly out?: string;
  readonly seed?: string;
  readonly replicates?: string;
  readonly force: boolean;
  readonly quiet: boolean;
  readonly json: boolean;
  readonly workers?: string;
  readonly shard?: string;
  readonly failUnderPower?: string;
  /** Write the ADaM-shaped datasets (adam/) of the kept replicates. */
  readonly adam?: boolean;
  /** Write the NONMEM-style dataset (nonmem/) of the kept replicates. */
  readonly nonmem?: boolean;
  /** --format: markdown (report.md), or html (also report.html, figures inline). */
  readonly format?: string;
}

/** Only --seed and --replicates change the spec (a worker thread plans the trial again from them). */
export function overridesOf(options: Overrides): Overrides {
  return { ...(options.seed === undefined ? {} : { seed: options.seed }), ...(options.replicates === undefined ? {} : { replicates: options.replicates }) };
}

/** Runs every replicate (on --workers threads) and accumulates them in order. */
async function runReplicates(prepared: PreparedTrial, specFile: string, io: CliIo, options: SimulateOptions & { workerCount: number }, writer: ResultsWriter): Promise<TrialResult> {
  const { plan } = prepared;
  // Each replicate's efficacy and safety rows go straight to the results folder: memory stays flat in replicates.
  const accumulator = new TrialAccumulator(plan, { onRows: (efficacy, safety) => writer.addRows(efficacy, safety) });
  const computeOptions = { from: 1, to: plan.spec.trial.replicates, workers: options.workerCount, adaptive: options.workers === undefined, ...parallelWorthFromEnv(io), quiet: options.quiet, label: `simulating ${plan.spec.trial.id}`, specFile, overrides: overridesOf(options) };
  await computeReplicates(prepared, io, computeOptions, (outcome, simulation) => {
    // Worker threads send outcomes only: a kept replicate's patients are simulated again here (same plan, same streams, same numbers).
    const kept = accumulator.isKept(outcome.replicate) ? (simulation ?? simulateReplicate(plan, outcome.replicate)) : undefined;
    accumulator.add(outcome, kept);
  });
  return accumulator.result();
}

/** The spec and cohort a run's manifest pins. */
export interface PinnedInputs {
  readonly spec: { readonly file: string; readonly sha256: string };
  readonly cohort: { readonly file: string; readonly sha256: string };
  /** The resolved spec as recorded, when the run was planned again from it (merge): its key order is kept. */
  readonly resolvedSpec?: unknown;
}

/** Renders a finished run whose efficacy and safety rows the writer already holds, writes the rest and the manifest, moves the folder into place, and prints where it is. */
export async function writeTrialResults(result: TrialResult, inputs: PinnedInputs, writer: ResultsWriter, out: string, io: CliIo, run: { startedAt: string; argv: readonly string[]; quiet: boolean; json: boolean; datasets?: readonly PatientDataset[]; format?: ReportFormat }): Promise<void> {
  const { spec } = result.plan;
  const context = { toolVersion: toolVersion(), resultsFormatVersion: RESULTS_FORMAT_VERSION, cohortFile: spec.cohort.file };
  let files;
  try {
    files = [...(await renderOutputsWithFigures(result, context, { streamed: true, format: run.format ?? "markdown" })), ...renderPatientDatasets(result, run.datasets ?? [])];
  } catch (error) {
    writer.abort();
    throw error;
  }
  writer.finish(files, (outputs) =>
    renderManifest({
      toolVersion: context.toolVersion,
      spec: inputs.spec,
      cohort: inputs.cohort,
      resolvedSpec: (inputs.resolvedSpec ?? spec) as typeof spec,
      outputs,
      run: { startedAt: run.startedAt, ...io.runtime, command: ["twin-trial", ...run.argv] },
    }),
  );
  const html = run.format === "html";
  if (run.json) io.stdout.write(`${JSON.stringify(runSummaryJson(result, out, html), null, 2)}\n`);
  else if (run.quiet) io.stdout.write(`${out}/report.md\n`);
  else io.stdout.write(renderRunSummary(result, out, html));
}

/** The spec and cohort of a prepared trial, as the manifest pins them. */
export function pinnedInputsOf(prepared: PreparedTrial): PinnedInputs {
  return { spec: { file: prepared.loaded.file.split(/[\\/]/).pop() ?? prepared.loaded.file, sha256: prepared.loaded.sha256 }, cohort: { file: prepared.cohort.specPath, sha256: prepared.cohort.sha256 } };
}

/** `twin-trial simulate`: read → run → write, then print where the results are. With --shard K/N, run one slice and write a shard folder for merge. */
export async function simulateCommand(specFile: string, options: SimulateOptions, io: CliIo, argv: readonly string[]): Promise<TrialResult | undefined> {
  const startedAt = io.now().toISOString();
  const workerCount = parseWorkers(options.workers, io);
  const shard = options.shard === undefined ? undefined : parseShard(options.shard);
  const required = parsePower(options.failUnderPower, "--fail-under-power", true);
  if (shard !== undefined && required !== undefined) throw new InputError([{ code: "USAGE_INVALID_VALUE", message: "--fail-under-power needs the whole run, and a shard has a slice of it", hint: "give --fail-under-power to twin-trial merge, which joins the shards", location: { kind: "flag", flag: "--fail-under-power" } }]);
  if (shard !== undefined) checkNoDatasetsOnShard(options);
  if (shard !== undefined) checkNoHtmlOnShard(options);
  const format = reportFormatOf(options);
  const prepared = prepareTrial(specFile, options);
  const { spec } = prepared.plan;
  if (shard !== undefined) {
    const out = options.out ?? `results/${spec.trial.id}-shard-${shard.index}-of-${shard.count}`;
    checkOutputFolder(out, options.force);
    await runShard(prepared, shard, out, io, { specFile, startedAt, argv, workers: workerCount, adaptive: options.workers === undefined, force: options.force, quiet: options.quiet, json: options.json, overrides: overridesOf(options) });
    return undefined;
  }
  const out = options.out ?? `results/${spec.trial.id}`;
  const datasets = requestedDatasets(options, spec, io);
  const writer = ResultsWriter.open(out, { force: options.force, processId: io.processId });
  let result: TrialResult;
  try {
    result = await runReplicates(prepared, specFile, io, { ...options, workerCount }, writer);
  } catch (error) {
    writer.abort();
    throw error;
  }
  await writeTrialResults(result, pinnedInputsOf(prepared), writer, out, io, { startedAt, argv, quiet: options.quiet, json: options.json, datasets, format });
  checkRequiredPower(result, required, out);
  return result;
}
