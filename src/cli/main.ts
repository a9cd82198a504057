import { Command, CommanderError, Option } from "commander";
import { InputError, Interrupted, ReplayMismatch, RequirementNotMet } from "../errors.js";
import type { ArchiveOptions } from "./archive-command.js";
import type { CliIo } from "./cli-io.js";
import type { CohortDescribeOptions } from "./cohort-command.js";
import { EXIT_CODES } from "./exit-codes.js";
import { formatIssues, issuesToJson } from "./format-issues.js";
import type { MergeOptions } from "./merge-command.js";
import type { ReplayOptions } from "./replay-command.js";
import type { SchemaOptions } from "./schema-command.js";
import type { InitOptions, TemplateName } from "./init-command.js";
import type { SweepOptions } from "./sweep-command.js";
import type { SimulateOptions } from "./simulate-command.js";
import { toolVersion } from "./tool-version.js";
import type { ValidateOptions } from "./validate-command.js";
import type { VpcOptions } from "./vpc-command.js";

const EXAMPLES = `
Examples:
  $ twin-trial init --copy-cohort && twin-trial simulate trial.yaml
  $ twin-trial simulate trial-specs/pbc-phase2.yaml
  $ twin-trial simulate trial-specs/pbc-phase2.yaml --replicates 2000 --seed 7 --out results/run-7
  $ twin-trial simulate trial-specs/pbc-phase2.yaml --json --quiet > summary.json
  $ twin-trial validate trial-specs/pbc-phase2.yaml
  $ twin-trial vpc trial-specs/theophylline.yaml
  $ twin-trial cohort describe cohorts/pbc.csv

Exit codes: 0 success, 1 internal error, 2 usage/spec/cohort error, 3 replay difference, 130 interrupted.
Documentation: README.md (spec reference, outputs, error codes).`;

function buildProgram(io: CliIo, argv: readonly string[]): Command {
  const program = new Command()
    .name("twin-trial")
    .description("In silico clinical trials on digital twins of real patients")
    .version(toolVersion(), "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .exitOverride()
    .showSuggestionAfterError()
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) })
    .addHelpText("after", EXAMPLES);

  program
    .command("simulate")
    .description("simulate a trial spec over many replicates and write CSV, Markdown and a manifest")
    .argument("<spec>", "trial spec YAML file")
    .option("-o, --out <dir>", "results folder (default: results/<trial id>)")
    .option("--seed <n>", "replace the spec's seed")
    .option("--replicates <n>", "replace the spec's number of replicates")
    .option("--force", "replace an existing results folder", false)
    .option("-q, --quiet", "no progress; print only the report path", false)
    .option("--json", "print a JSON summary on stdout (nothing else there)", false)
    .option("-w, --workers <n>", "worker threads over replicates (default: the cores available); the results are the same bytes for any number")
    .option("--shard <K/N>", "run only slice K of N of the replicates and write a shard folder; join them with twin-trial merge")
    .option("--fail-under-power <p>", "exit 4 (after writing the results) when a primary hypothesis's power is below p (a CI guard)")
    .option("--adam", "also write ADaM-shaped datasets of the kept replicates (adam/: ADSL, ADAE, ADTTE, ADPC, define.md)", false)
    .option("--nonmem", "also write a NONMEM-style dataset of the kept replicates (nonmem/dataset.csv: doses and observed concentrations)", false)
    .addOption(new Option("--format <format>", "report format: markdown (report.md with figures/*.svg), or html to also write a self-contained report.html").choices(["markdown", "html"]).default("markdown"))
    .addHelpText("after", "\nExample:\n  $ twin-trial simulate trial-specs/pbc-phase2.yaml --replicates 200")
    // Commands are imported when run, so that --version and --help start in milliseconds.
    .action(async (spec: string, options: SimulateOptions) => {
      await (await import("./simulate-command.js")).simulateCommand(spec, options, io, argv);
    });

  program
    .command("validate")
    .description("check a spec and its cohort and print what a run would do")
    .argument("<spec>", "trial spec YAML file")
    .option("--seed <n>", "replace the spec's seed")
    .option("--replicates <n>", "replace the spec's number of replicates")
    .option("--json", "print a JSON summary on stdout", false)
    .addHelpText("after", "\nExample:\n  $ twin-trial validate trial-specs/pbc-phase2.yaml")
    .action(async (spec: string, options: ValidateOptions) => (await import("./validate-command.js")).validateCommand(spec, options, io));
  program
    .command("vpc")
    .description("visual predictive check: simulate the study's own design and compare with the cohort's observed concentrations")
    .argument("<spec>", "trial spec YAML file with cohort.observations")
    .option("-o, --out <dir>", "results folder (default: results/<trial id>-vpc)")
    .option("--seed <n>", "replace the spec's seed")
    .option("--replicates <n>", "replace the spec's number of replicates")
    .option("--force", "replace an existing results folder", false)
    .option("-q, --quiet", "no progress; print only the report path", false)
    .option("--json", "print a JSON summary on stdout", false)
    .addOption(new Option("--format <format>", "report format: markdown (vpc.md), or html to also write a self-contained vpc.html").choices(["markdown", "html"]).default("markdown"))
    .addHelpText("after", "\nExample:\n  $ twin-trial vpc trial-specs/theophylline.yaml")
    .action(async (spec: string, options: VpcOptions) => (await import("./vpc-command.js")).vpcCommand(spec, options, io, argv));
  program
    .command("cohort")
    .description("look at a real cohort before growing twins from it")
    .command("describe")
    .description("baseline table (Table 1) of a cohort CSV: n, missing, mean (SD), median [Q1, Q3], min, max, counts per level")
    .argument("<cohort>", "cohort CSV file")
    .option("--spec <spec>", "type the columns and select the eligible patients with this spec's cohort section (default: infer the types, describe everyone)")
    .option("--by <column>", "one table column per level of this category, boolean or integer column, next to overall")
    .addOption(new Option("--format <format>", "output format").choices(["markdown", "csv"]).default("markdown"))
    .option("-o, --out <file>", "write the table to this file instead of stdout")
    .addHelpText("after", "\nExamples:\n  $ twin-trial cohort describe cohorts/pbc.csv\n  $ twin-trial cohort describe cohorts/pbc.csv --spec trial-specs/pbc-phase2.yaml --by arm --format csv -o pbc-table1.csv")
    .action(async (cohort: string, options: CohortDescribeOptions) => (await import("./cohort-command.js")).cohortDescribeCommand(cohort, options, io));
  program
    .command("archive")
    .description("pack a results folder, its resolved spec and its cohort into one deterministic .tgz for replay")
    .argument("<results>", "results folder written by simulate or vpc")
    .option("-o, --out <file>", "archive file (default: <trial id>.tgz)")
    .option("--cohort <path>", "the cohort CSV the trial ran on (default: the recorded cohort.file from here, then from trial-specs/)")
    .option("--spec <path>", "the original spec file, also archived (default: its recorded name here, then in trial-specs/)")
    .option("--allow-changed-inputs", "archive a cohort whose SHA-256 differs from the manifest's", false)
    .option("--force", "replace an existing archive", false)
    .addHelpText("after", "\nExample:\n  $ twin-trial archive results/pbc-phase2 -o pbc-phase2.tgz")
    .action(async (results: string, options: ArchiveOptions) => (await import("./archive-command.js")).archiveCommand(results, options, io));
  program
    .command("replay")
    .description("rerun an archived trial from its manifest and compare every output byte for byte (exit 3 on a difference)")
    .argument("<results>", "a .tgz made by archive, or a results folder")
    .option("--cohort <path>", "the cohort CSV to use instead of the archived one (a results folder: default the recorded cohort.file from here, then from trial-specs/)")
    .option("--allow-changed-inputs", "replay with a cohort whose SHA-256 differs from the manifest's", false)
    .option("-w, --workers <n>", "worker threads for the rerun (default: the cores available); the bytes do not depend on it")
    .addHelpText("after", "\nExample:\n  $ twin-trial replay pbc-phase2.tgz")
    .action(async (results: string, options: ReplayOptions) => (await import("./replay-command.js")).replayCommand(results, options, io, argv));

  program
    .command("sweep")
    .description("run a spec over a grid of values of its fields (common random numbers) and write power by point, power curves and summary.csv")
    .argument("<spec>", "trial spec YAML file")
    .option("--vary <PATH=VALUES>", "a field and its values, e.g. population.n_per_arm=40,80,120 or arms.active.regimen.dose_mg=50..200 step 50; repeat for a grid (default: the spec's sweep block)", (value: string, previous: string[] = []) => [...previous, value])
    .option("-o, --out <dir>", "results folder (default: results/<trial id>-sweep)")
    .option("--seed <n>", "replace the spec's seed")
    .option("--replicates <n>", "replace the spec's number of replicates (at every point)")
    .option("-w, --workers <n>", "worker threads over replicates (default: the cores available)")
    .option("--shard <K/N>", "run only slice K of N of the points and write a sweep shard folder; join them with twin-trial merge")
    .option("--target-power <p>", "report, per power curve, the smallest value reaching this power (default: sweep.target_power)")
    .option("--fail-under-power <p>", "exit 4 (after writing the results) when a primary hypothesis's power is below p at any point")
    .addOption(new Option("--format <format>", "report format: markdown (sweep.md with figures/power-*.svg), or html to also write a self-contained sweep.html").choices(["markdown", "html"]).default("markdown"))
    .option("--force", "replace an existing results folder", false)
    .option("-q, --quiet", "no progress; print only the path of sweep.md", false)
    .option("--json", "print a JSON summary on stdout (nothing else there)", false)
    .addHelpText("after", "\nExamples:\n  $ twin-trial sweep trial-specs/power-check.yaml --vary population.n_per_arm=30..90 step 10 --replicates 2000 --target-power 0.8\n  $ twin-trial sweep trial-specs/pbc-phase2.yaml --vary population.n_per_arm=40,60 --vary arms.high.regimen.dose_mg=100,200 --fail-under-power 0.8")
    .action(async (spec: string, options: SweepOptions) => (await import("./sweep-command.js")).sweepCommand(spec, options, io, argv));

  program
    .command("init")
    .description("write a commented starter spec (and, if asked, copy a shipped cohort next to it): then run twin-trial simulate on it")
    .addOption(new Option("-t, --template <name>", "the kind of trial").choices(["two-arm", "dose-ranging", "synthetic-control", "survival"]).default("two-arm"))
    .option("-o, --out <file>", "the spec file to write", "trial.yaml")
    .option("--copy-cohort", "copy the template's real cohort (and its provenance) to cohorts/ next to the spec", false)
    .option("--force", "replace existing files", false)
    .addHelpText("after", "\nExamples:\n  $ twin-trial init --copy-cohort && twin-trial simulate trial.yaml\n  $ twin-trial init --template survival --out specs/os.yaml")
    .action(async (options: { template: TemplateName; out: string; copyCohort: boolean; force: boolean }) => (await import("./init-command.js")).initCommand(options satisfies InitOptions, io));

  program
    .command("schema")
    .description("print the JSON Schema of trial specs, for editors (VS Code's YAML extension completes and checks specs with it)")
    .option("-o, --out <file>", "write it to this file instead of stdout")
    .addHelpText("after", "\nExamples:\n  $ twin-trial schema > trial-spec.schema.json\n  then start a spec with: # yaml-language-server: $schema=./trial-spec.schema.json")
    .action(async (options: SchemaOptions) => (await import("./schema-command.js")).schemaCommand(options, io));

  program
    .command("merge")
    .description("join the shard folders of a `simulate --shard K/N` run into the results the unsharded run writes, byte for byte")
    .argument("<shards...>", "the shard folders, all N of them, in any order")
    .option("-o, --out <dir>", "results folder (default: results/<trial id>)")
    .option("--force", "replace an existing results folder", false)
    .option("-q, --quiet", "print only the report path", false)
    .option("--json", "print a JSON summary on stdout (nothing else there)", false)
    .option("--fail-under-power <p>", "exit 4 (after writing the results) when a primary hypothesis's power is below p (for sweep shards: at any point)")
    .option("--adam", "also write ADaM-shaped datasets of the kept replicates (adam/), as simulate --adam", false)
    .option("--nonmem", "also write a NONMEM-style dataset of the kept replicates (nonmem/), as simulate --nonmem", false)
    .addOption(new Option("--format <format>", "report format: markdown, or html to also write report.html (sweep.html for sweep shards), as simulate --format").choices(["markdown", "html"]).default("markdown"))
    .addHelpText("after", "\nExample:\n  $ for k in 1 2 3 4; do twin-trial simulate trial-specs/pbc-phase2.yaml --shard $k/4 --out shards/$k; done\n  $ twin-trial merge shards/* --out results/pbc-phase2")
    .action(async (shards: string[], options: MergeOptions) => (await import("./merge-command.js")).mergeCommand(shards, options, io, argv));
  return program;
}

function reportError(error: unknown, io: CliIo, json: boolean): number {
  if (error instanceof InputError) {
    if (json) io.stdout.write(`${JSON.stringify({ ok: false, exit_code: EXIT_CODES.inputError, issues: issuesToJson(error.issues) }, null, 2)}\n`);
    io.stderr.write(formatIssues(error.issues));
    return EXIT_CODES.inputError;
  }
  if (error instanceof CommanderError) {
    // Commander has already printed help, the version or its own message; a usage mistake also gets a hint.
    if (error.exitCode === 0) return EXIT_CODES.success;
    if (error.code !== "commander.help" && error.code !== "commander.helpDisplayed") io.stderr.write("  hint: `twin-trial --help` lists the commands, `twin-trial <command> --help` a command's arguments and options\n");
    return EXIT_CODES.inputError;
  }
  if (error instanceof Interrupted) {
    io.stderr.write("interrupted: no results were written\n");
    return EXIT_CODES.interrupted;
  }
  if (error instanceof RequirementNotMet) {
    io.stderr.write(`${error.message}\n`);
    return EXIT_CODES.requirementNotMet;
  }
  if (error instanceof ReplayMismatch) {
    io.stderr.write(`${error.message}\n`);
    return EXIT_CODES.replayMismatch;
  }
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.stderr.write(`internal error: this is a bug in twin-trial ${toolVersion()}, please report this output\n${stack}\n`);
  return EXIT_CODES.internalError;
}

/**
 * Runs the command line and returns the exit code. The one place errors become exit
 * codes (STYLE.md §1); tests call it in-process with their own io.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const json = argv.includes("--json");
  try {
    const program = buildProgram(io, argv);
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT_CODES.inputError;
    }
    await program.parseAsync([...argv], { from: "user" });
    return EXIT_CODES.success;
  } catch (error) {
    return reportError(error, io, json);
  }
}
