import { performance } from "node:perf_hooks";
import { Interrupted } from "../errors.js";
import { checkOutputFolder, hashContent, renderManifest, renderOutputs, RESULTS_FORMAT_VERSION, writeResultsAtomically } from "../report/index.js";
import { TrialRunner, type TrialResult } from "../trial/index.js";
import type { CliIo } from "./cli-io.js";
import { prepareTrial, type PreparedTrial } from "./prepare-trial.js";
import { createProgress } from "./progress.js";
import { renderRunSummary, runSummaryJson } from "./run-summary.js";
import { toolVersion } from "./tool-version.js";

export interface SimulateOptions {
  readonly out?: string;
  readonly seed?: string;
  readonly replicates?: string;
  readonly force: boolean;
  readonly quiet: boolean;
  readonly json: boolean;
}

/** Time between yields to the event loop, so the spinner turns and signals are seen. */
const YIELD_EVERY_MS = 50;

async function runReplicates(prepared: PreparedTrial, io: CliIo, options: SimulateOptions): Promise<TrialResult> {
  const total = prepared.plan.spec.trial.replicates;
  const progress = await createProgress(io, { enabled: !options.quiet, label: `simulating ${prepared.plan.spec.trial.id}` });
  const runner = new TrialRunner(prepared.plan);
  let interrupted = false;
  const removeHandler = io.onInterrupt(() => (interrupted = true));
  try {
    let lastYield = performance.now();
    for (let replicate = 1; replicate <= total; replicate++) {
      runner.runNext();
      if (performance.now() - lastYield < YIELD_EVERY_MS) continue;
      progress.update(replicate, total);
      await new Promise((resolve) => setImmediate(resolve));
      lastYield = performance.now();
      if (interrupted) throw new Interrupted();
    }
    progress.stop();
    return runner.result();
  } finally {
    progress.stop();
    removeHandler();
  }
}

/** `twin-trial simulate`: read → run → write, then print where the results are. */
export async function simulateCommand(specFile: string, options: SimulateOptions, io: CliIo, argv: readonly string[]): Promise<void> {
  const startedAt = io.now().toISOString();
  const prepared = prepareTrial(specFile, options);
  const { spec } = prepared.plan;
  const out = options.out ?? `results/${spec.trial.id}`;
  checkOutputFolder(out, options.force);
  const result = await runReplicates(prepared, io, options);
  const context = { toolVersion: toolVersion(), resultsFormatVersion: RESULTS_FORMAT_VERSION, cohortFile: spec.cohort.file };
  const files = renderOutputs(result, context);
  const manifest = renderManifest({
    toolVersion: context.toolVersion,
    spec: { file: prepared.loaded.file.split(/[\\/]/).pop() ?? prepared.loaded.file, sha256: prepared.loaded.sha256 },
    cohort: { file: prepared.cohort.specPath, sha256: prepared.cohort.sha256 },
    resolvedSpec: spec,
    outputs: files.map(({ file, content }) => hashContent(file, content)),
    run: { startedAt, ...io.runtime, command: ["twin-trial", ...argv] },
  });
  writeResultsAtomically(out, [...files, { file: "manifest.json", content: manifest }], { force: options.force, processId: io.processId });
  if (options.json) io.stdout.write(`${JSON.stringify(runSummaryJson(result, out), null, 2)}\n`);
  else if (options.quiet) io.stdout.write(`${out}/report.md\n`);
  else io.stdout.write(renderRunSummary(result, out));
}
