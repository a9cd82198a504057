import { InputError } from "../errors.js";
import { checkOutputFolder, formatFixed, hashContent, renderHtmlReport, renderManifest, renderVpcCsv, renderVpcReport, writeResultsAtomically } from "../report/index.js";
import { reportFormatOf } from "./report-format-flag.js";
import { runVpc } from "../trial/index.js";
import type { CliIo } from "./cli-io.js";
import type { SimulateOptions } from "./simulate-command.js";
import { prepareTrial } from "./prepare-trial.js";
import { createProgress } from "./progress.js";
import { toolVersion } from "./tool-version.js";

/** The same options as simulate. */
export type VpcOptions = SimulateOptions;

/** `twin-trial vpc`: a visual predictive check of the spec's PK model against the cohort's observed concentrations. */
export async function vpcCommand(specFile: string, options: VpcOptions, io: CliIo, argv: readonly string[]): Promise<void> {
  const startedAt = io.now().toISOString();
  const format = reportFormatOf(options);
  const prepared = prepareTrial(specFile, options);
  const { plan } = prepared;
  if (plan.eligible.cohort.observations === undefined || plan.pkModel === undefined)
    throw new InputError([{ code: "SPEC_NO_OBSERVATIONS", message: "a visual predictive check needs observed concentrations (cohort.observations) and a pk model", hint: "declare cohort.observations with time_column and concentration_column, and rows_per_patient: many", location: { kind: "file", file: specFile } }]);
  if (plan.spec.population.method === "gaussian-copula")
    throw new InputError([{ code: "SPEC_VPC_NEEDS_REAL_PATIENTS", message: "a visual predictive check compares each real patient's observed concentrations with its own simulations, but population method gaussian-copula grows new patients that are nobody's copy", hint: "set population.method to cohort (each real patient once) or bootstrap for the check", location: { kind: "file", file: specFile } }]);
  const out = options.out ?? `results/${plan.spec.trial.id}-vpc`;
  checkOutputFolder(out, options.force);
  const progress = await createProgress(io, { enabled: !options.quiet, label: `visual predictive check of ${plan.spec.trial.id}` });
  const settings = plan.spec.vpc ?? { bins: 10, prediction_interval: 0.9 };
  const result = runVpc(plan, { bins: settings.bins, predictionInterval: settings.prediction_interval, onReplicate: (completed) => progress.update(completed, plan.spec.trial.replicates) });
  progress.stop();
  const report = renderVpcReport(plan, result, { toolVersion: toolVersion() });
  const files = [{ file: "vpc.csv", content: renderVpcCsv(result) }, { file: "vpc.md", content: report }, ...(format === "html" ? [{ file: "vpc.html", content: renderHtmlReport(report, []) }] : [])];
  const manifest = renderManifest({
    toolVersion: toolVersion(),
    spec: { file: prepared.loaded.file.split(/[\\/]/).pop() ?? prepared.loaded.file, sha256: prepared.loaded.sha256 },
    cohort: { file: prepared.cohort.specPath, sha256: prepared.cohort.sha256 },
    resolvedSpec: plan.spec,
    outputs: files.map(({ file, content }) => hashContent(file, content)),
    run: { startedAt, ...io.runtime, command: ["twin-trial", ...argv] },
  });
  writeResultsAtomically(out, [...files, { file: "manifest.json", content: manifest }], { force: options.force, processId: io.processId });
  const share = result.insideBand / result.observedCount;
  if (options.json) io.stdout.write(`${JSON.stringify({ ok: true, trial: plan.spec.trial.id, replicates: result.replicates, observed: result.observedCount, inside_band: result.insideBand, share_inside_band: share, report: `${out}/vpc.md` }, null, 2)}\n`);
  else if (options.quiet) io.stdout.write(`${out}/vpc.md\n`);
  else io.stdout.write(`${plan.spec.trial.id}: ${result.insideBand} of ${result.observedCount} observed concentrations (${formatFixed(100 * share, 1)}%) inside the simulated ${formatFixed(100 * (result.probabilities[2] - result.probabilities[0]), 0)}% prediction band over ${result.replicates} replicates\nreport: ${out}/vpc.md\n`);
}
