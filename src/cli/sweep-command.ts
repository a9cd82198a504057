import { readFileSync } from "node:fs";
import { pinCohort } from "../cohort/index.js";
import { InputError, RequirementNotMet, type Issue } from "../errors.js";
import { checkOutputFolder, hashContent, pointPowers, renderSweepOutputs, RESULTS_FORMAT_VERSION, targetsReached, writeResultsAtomically, type ReportFormat, type SweepPointRun } from "../report/index.js";
import { checkNoHtmlOnShard, reportFormatOf } from "./report-format-flag.js";
import { RNG_ALGORITHM, STREAM_KEY_VERSION } from "../rng/index.js";
import { loadSpec, resolveSpec, specTextWith, SpecEditError, type LoadedSpec, type Spec } from "../spec/index.js";
import { gridSize, MAX_SWEEP_POINTS, parseSweepPath, parseSweepValues, powersBelow, sweepGrid, type SweepField, type SweepPoint } from "../sweep/index.js";
import { WorkerPool } from "../parallel/run-outcomes.js";
import { shardSlice, TrialAccumulator } from "../trial/index.js";
import type { CliIo } from "./cli-io.js";
import { computeReplicates, parallelWorthFromEnv, parseWorkers } from "./compute-replicates.js";
import { applyOverrides } from "./parse-overrides.js";
import { prepareTrial, type PreparedTrial } from "./prepare-trial.js";
import { parsePower } from "./required-power.js";
import { parseShard } from "./run-shard.js";
import { writeSweepShard, type SweepRecord } from "./sweep-shard.js";
import { overridesOf } from "./simulate-command.js";
import { toolVersion } from "./tool-version.js";

export interface SweepOptions {
  readonly vary?: readonly string[];
  readonly shard?: string;
  readonly out?: string;
  readonly seed?: string;
  readonly replicates?: string;
  readonly workers?: string;
  readonly targetPower?: string;
  readonly failUnderPower?: string;
  readonly force: boolean;
  readonly quiet: boolean;
  readonly json: boolean;
  /** --format: markdown (sweep.md), or html (also sweep.html, figures inline). */
  readonly format?: string;
}

function flagIssue(flag: string, message: string, hint: string): Issue {
  return { code: "USAGE_INVALID_VALUE", message, hint, location: { kind: "flag", flag } };
}

/** --vary PATH=VALUES flags, else the spec's sweep block. */
function sweepFields(spec: Spec, vary: readonly string[] | undefined): SweepField[] {
  const issues: Issue[] = [];
  const fields: SweepField[] = [];
  const entries = vary !== undefined && vary.length > 0 ? vary.map((text) => ({ text, flag: "--vary" })) : (spec.sweep?.vary ?? []).map((entry, at) => ({ text: `${entry.path}=${Array.isArray(entry.values) ? entry.values.join(",") : entry.values}`, flag: `sweep.vary[${at}]` }));
  if (entries.length === 0) throw new InputError([flagIssue("--vary", "sweep needs at least one field to vary", "e.g. --vary population.n_per_arm=40,80,120,160, or a sweep: block in the spec")]);
  for (const { text, flag } of entries) {
    const equals = text.indexOf("=");
    if (equals < 0) {
      issues.push(flagIssue(flag, `${JSON.stringify(text)} is not PATH=VALUES`, "e.g. --vary population.n_per_arm=40,80,120 or --vary arms.active.regimen.dose_mg=50..200 step 50"));
      continue;
    }
    const label = text.slice(0, equals).trim();
    const path = parseSweepPath(label);
    const values = parseSweepValues(text.slice(equals + 1));
    if (!path.ok) issues.push(flagIssue(flag, path.problem, path.hint));
    else if (!values.ok) issues.push(flagIssue(flag, `${label}: ${values.problem}`, values.hint));
    else if (fields.some((field) => field.label === label)) issues.push(flagIssue(flag, `${label} is varied twice`, "give each field one --vary with all its values"));
    else fields.push({ label, path: path.value, values: values.value });
  }
  if (issues.length > 0) throw new InputError(issues);
  const size = gridSize(fields);
  if (size > MAX_SWEEP_POINTS) throw new InputError([flagIssue("--vary", `the grid has ${size} points, more than ${MAX_SWEEP_POINTS}`, "vary fewer values, or run several sweeps")]);
  return fields;
}


function describePoint(fields: readonly SweepField[], point: SweepPoint): string {
  return fields.map((field, at) => `${field.label}=${String(point.values[at])}`).join(", ");
}

/** The spec text of a point, validated; a problem names the point and the --vary flag. */
function pointText(baseText: string, fields: readonly SweepField[], point: SweepPoint, specFile: string): string {
  const where = `point ${point.index} (${describePoint(fields, point)})`;
  let text: string;
  try {
    text = specTextWith(baseText, fields.map((field, at) => ({ path: field.path, value: point.values[at] as SweepField["values"][number] })));
  } catch (error) {
    if (!(error instanceof SpecEditError)) throw error;
    throw new InputError([flagIssue("--vary", `${where}: ${error.message}`, error.hint)]);
  }
  try {
    loadSpec(specFile, text);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError(error.issues.map((issue) => ({ ...issue, message: `${where}: ${issue.message}`, location: { kind: "flag", flag: "--vary" } })));
  }
  return text;
}

/** Plans a point; a cohort-level problem (allocation, eligibility) names the point. */
function preparePoint(specFile: string, options: SweepOptions, text: string, where: string): PreparedTrial {
  try {
    return prepareTrial(specFile, overridesOf(options), text);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError(error.issues.map((issue) => ({ ...issue, message: `${where}: ${issue.message}` })));
  }
}

/**
 * A sweep's manifest.json: what a simulate manifest pins (tool and results-format version, RNG,
 * seed, replicates, spec and cohort SHA-256, the base spec resolved, every output's SHA-256),
 * plus the grid, the targets and the original spec text: the points are edits of that text,
 * so replay needs it to rerun the sweep.
 */
function renderManifest(context: { record: SweepRecord; outputs: { file: string; sha256: string; bytes: number }[]; run: object }): string {
  const { record } = context;
  const manifest = {
    tool: { name: "twin-trial", version: toolVersion() },
    kind: "sweep",
    results_format_version: RESULTS_FORMAT_VERSION,
    rng: { algorithm: RNG_ALGORITHM, stream_key_version: STREAM_KEY_VERSION, common_random_numbers: "every point uses the same seed: replicate r draws the same virtual patients at every point" },
    seed: record.seed,
    replicates: record.replicates,
    spec: record.spec,
    inputs: [{ role: "cohort", ...record.cohort }],
    sweep: { fields: record.fields.map((field) => ({ path: field.label, values: field.values })), points: record.points, target_power: record.targetPower ?? null, fail_under_power: record.failUnderPower ?? null },
    outputs: context.outputs,
    resolved_spec: record.resolvedSpec,
    spec_text: record.specText,
    volatile_fields: ["run"],
    run: context.run,
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** Runs every point in order (one worker pool for all of them) and keeps each point's operating characteristics only. */
async function runPoints(specFile: string, options: SweepOptions, io: CliIo, sweep: { fields: readonly SweepField[]; points: readonly SweepPoint[]; total: number; texts: readonly string[]; workers: number; trialId: string }): Promise<SweepPointRun[]> {
  const { fields, points, workers } = sweep;
  const runs: SweepPointRun[] = [];
  // One pool for every point, started when a point first needs it: each worker loads the modules once and plans point after point.
  let pool: WorkerPool | undefined;
  const sharedPool = (): WorkerPool => (pool ??= new WorkerPool(workers));
  try {
    for (const point of points) {
      const where = `point ${point.index} (${describePoint(fields, point)})`;
      const text = sweep.texts[point.index - 1] as string;
      const prepared = preparePoint(specFile, options, text, where);
      const { replicates } = prepared.plan.spec.trial;
      const accumulator = new TrialAccumulator(prepared.plan, { summariesOnly: true });
      const label = `sweep ${sweep.trialId}: point ${point.index} of ${sweep.total} (${describePoint(fields, point)})`;
      await computeReplicates(prepared, io, { from: 1, to: replicates, workers, quiet: options.quiet, label, specFile, overrides: overridesOf(options), specText: text, adaptive: options.workers === undefined, ...parallelWorthFromEnv(io), pool: sharedPool }, (outcome) => accumulator.add(outcome));
      runs.push({ point, ...accumulator.operatingCharacteristics() });
    }
  } finally {
    await pool?.close();
  }
  return runs;
}

/**
 * `twin-trial sweep`: runs the spec at every point of a grid over spec fields, with common
 * random numbers, and writes summary.csv (a row per point × hypothesis × method × design),
 * sweep.md (powers, power curves, where each curve reaches --target-power) and a manifest.
 * With --fail-under-power, exits 4 after writing when a primary power falls below it.
 */
export async function sweepCommand(specFile: string, options: SweepOptions, io: CliIo, argv: readonly string[]): Promise<void> {
  const startedAt = io.now().toISOString();
  const workers = parseWorkers(options.workers, io);
  const shard = options.shard === undefined ? undefined : parseShard(options.shard);
  const format = reportFormatOf(options);
  if (shard !== undefined) checkNoHtmlOnShard(options);
  const base = loadSpec(specFile);
  const baseText = readFileSync(specFile, "utf8");
  const fields = sweepFields(base.spec, options.vary);
  const target = parsePower(options.targetPower, "--target-power", false) ?? base.spec.sweep?.target_power;
  const required = parsePower(options.failUnderPower, "--fail-under-power", true);
  const { seed, replicates } = applyOverrides(base.spec, overridesOf(options)).trial;
  const points = sweepGrid(fields);
  const texts = points.map((point) => pointText(baseText, fields, point, specFile));
  const slice = shard === undefined ? { from: 1, to: points.length } : shardSlice(points.length, shard.index, shard.count);
  const out = options.out ?? (shard === undefined ? `results/${base.spec.trial.id}-sweep` : `results/${base.spec.trial.id}-sweep-shard-${shard.index}-of-${shard.count}`);
  checkOutputFolder(out, options.force);
  const runs = await runPoints(specFile, options, io, { fields, points: points.slice(slice.from - 1, slice.to), total: points.length, texts, workers, trialId: base.spec.trial.id });
  const record: SweepRecord = {
    trialId: base.spec.trial.id,
    title: base.spec.trial.title ?? base.spec.trial.id,
    seed,
    replicates,
    spec: { file: specFile.split(/[\\/]/).pop() ?? specFile, sha256: base.sha256 },
    cohort: cohortPin(base),
    fields,
    points: points.length,
    targetPower: target,
    failUnderPower: required,
    specText: baseText,
    resolvedSpec: resolveSpec(applyOverrides(base.spec, overridesOf(options))),
  };
  const run = { startedAt, argv, force: options.force, quiet: options.quiet, json: options.json, format };
  if (shard === undefined) await finishSweep(record, runs, out, io, run);
  else writeSweepShard(record, runs, { ...shard, ...slice }, out, io, run);
}

/** The cohort file a spec names, with its SHA-256 (what the manifest pins). */
function cohortPin(base: LoadedSpec): { file: string; sha256: string } {
  return pinCohort(base.directory, base.spec.cohort);
}

/** Writes a sweep's outputs and manifest, prints the summary, and throws RequirementNotMet when a required power is not met. Shared by sweep and merge. */
export async function finishSweep(record: SweepRecord, runs: readonly SweepPointRun[], out: string, io: CliIo, run: { startedAt: string; argv: readonly string[]; force: boolean; quiet: boolean; json: boolean; format?: ReportFormat }): Promise<void> {
  const { fields, targetPower: target, failUnderPower: required, seed, replicates } = record;
  const context = { trialId: record.trialId, title: record.title, seed, replicates, specFile: record.spec.file, targetPower: target, failUnderPower: required };
  const files = await renderSweepOutputs(fields, runs, { ...context, format: run.format ?? "markdown" });
  const manifest = renderManifest({ record, outputs: files.map(({ file, content }) => hashContent(file, content)), run: { started_at: run.startedAt, node_version: io.runtime.nodeVersion, platform: io.runtime.platform, command: ["twin-trial", ...run.argv] } });
  writeResultsAtomically(out, [...files, { file: "manifest.json", content: manifest }], { force: run.force, processId: io.processId });
  const powers = runs.map(pointPowers);
  const below = required === undefined ? [] : powersBelow(powers, required);
  const reached = target === undefined ? [] : targetsReached(fields, runs, target);
  if (run.json) {
    const json = {
      ok: below.length === 0,
      folder: out,
      seed,
      replicates,
      fields: fields.map((field) => ({ path: field.label, values: field.values })),
      points: powers.map(({ point, powers: rows }) => ({ point: point.index, values: Object.fromEntries(fields.map((field, at) => [field.label, point.values[at]])), primary: rows.map((row) => ({ design: row.design, endpoint: row.endpoint, comparison: row.comparison, method: row.method, quantity: row.quantity, rate: row.rate, mcse: row.mcse })) })),
      ...(target === undefined ? {} : { target_power: target, targets: reached.map((entry) => ({ field: entry.curve.field.label, hypothesis: entry.curve.hypothesis, others: entry.curve.others, smallest: entry.smallest ?? null, crossing: Number.isNaN(entry.crossing.estimate) ? null : { estimate: entry.crossing.estimate, lower: Number.isNaN(entry.crossing.lower) ? null : entry.crossing.lower, upper: Number.isNaN(entry.crossing.upper) ? null : entry.crossing.upper } })) }),
      ...(required === undefined ? {} : { fail_under_power: required, below: below.map(({ point, power }) => ({ point: point.index, design: power.design, endpoint: power.endpoint, comparison: power.comparison, method: power.method, rate: power.rate })) }),
    };
    io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  } else if (run.quiet) io.stdout.write(`${out}/sweep.md\n`);
  else io.stdout.write(sweepSummaryText(fields, powers, reached, out));
  if (below.length > 0) {
    const first = below[0] as (typeof below)[number];
    throw new RequirementNotMet(`power below the required ${required}: ${below.length} primary hypothesis-point pair${below.length === 1 ? "" : "s"}, e.g. point ${first.point.index} (${describePoint(fields, first.point)}): ${first.power.endpoint} ${first.power.comparison}, ${first.power.method} has power ${first.power.rate} (results written to ${out})`);
  }
}

function sweepSummaryText(fields: readonly SweepField[], powers: ReturnType<typeof pointPowers>[], reached: ReturnType<typeof targetsReached>, out: string): string {
  const lines = powers.flatMap(({ point, powers: rows }) => rows.filter((row) => row.quantity === "power").map((row) => `  ${describePoint(fields, point)}: ${row.design === "rct" ? "" : `${row.design}: `}${row.endpoint} ${row.comparison}, ${row.method}: power ${(100 * row.rate).toFixed(1)}% (MCSE ${(100 * row.mcse).toFixed(1)})`));
  for (const entry of reached) {
    const where = entry.curve.others === "" ? "" : ` at ${entry.curve.others}`;
    lines.push(entry.smallest === undefined ? `  target ${entry.target}: ${entry.curve.hypothesis}${where}: not reached by ${entry.curve.field.label}` : `  target ${entry.target}: ${entry.curve.hypothesis}${where}: smallest ${entry.curve.field.label} = ${entry.smallest.value} (power ${(100 * entry.smallest.rate).toFixed(1)}% ± ${(100 * entry.smallest.mcse).toFixed(1)})`);
  }
  return `sweep of ${powers.length} points\n${lines.join("\n")}\nresults: ${out}/sweep.md\n`;
}
