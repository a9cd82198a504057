import { InputError, type Issue } from "../errors.js";
import type { PatientDataset } from "../report/index.js";
import type { Spec } from "../spec/schema.js";
import type { CliIo } from "./cli-io.js";

/** The flags that ask for patient-level datasets (simulate, merge). */
export interface DatasetFlags {
  readonly adam?: boolean;
  readonly nonmem?: boolean;
}

/** The datasets the flags ask for, in file order. */
export function datasetsOf(flags: DatasetFlags): PatientDataset[] {
  return [...(flags.adam === true ? ["adam" as const] : []), ...(flags.nonmem === true ? ["nonmem" as const] : [])];
}

/** --adam / --nonmem on a shard: the datasets are written by merge, which has every kept replicate. */
export function checkNoDatasetsOnShard(flags: DatasetFlags): void {
  const issues = datasetsOf(flags).map((dataset): Issue => ({ code: "USAGE_INVALID_VALUE", message: `--${dataset} needs the whole run, and a shard has a slice of it`, hint: `give --${dataset} to twin-trial merge, which joins the shards and writes the datasets`, location: { kind: "flag", flag: `--${dataset}` } }));
  if (issues.length > 0) throw new InputError(issues);
}

/**
 * The datasets the flags ask for, checked against the spec before anything runs: both are
 * written from the kept replicates (outputs.keep_replicates ≥ 1), and the NONMEM dataset
 * needs a pk section (doses and concentrations). A NONMEM dataset without sampling times
 * holds dose records only: a warning on stderr, not an error.
 */
export function requestedDatasets(flags: DatasetFlags, spec: Spec, io: CliIo): PatientDataset[] {
  const datasets = datasetsOf(flags);
  const issues: Issue[] = [];
  if (spec.outputs.keep_replicates === 0) {
    for (const dataset of datasets) issues.push({ code: "USAGE_NO_KEPT_REPLICATES", message: `--${dataset} writes the patients of the kept replicates, and outputs.keep_replicates is 0`, hint: "set outputs.keep_replicates to 1 or more in the spec: the datasets hold the first keep_replicates simulated trials", location: { kind: "flag", flag: `--${dataset}` } });
  }
  if (datasets.includes("nonmem") && spec.pk === undefined) {
    issues.push({ code: "USAGE_NONMEM_NEEDS_PK", message: "--nonmem writes dose and concentration records, and the spec has no pk section", hint: "add a pk section (model, parameters, sampling_times_h), or leave out --nonmem", location: { kind: "flag", flag: "--nonmem" } });
  }
  if (issues.length > 0) throw new InputError(issues);
  if (datasets.includes("nonmem") && spec.pk?.sampling_times_h.length === 0) io.stderr.write("warning: --nonmem: pk.sampling_times_h is empty, so nonmem/dataset.csv holds dose records only (nothing to fit)\n");
  return datasets;
}
