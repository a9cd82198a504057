import { InputError } from "../errors.js";
import { parseArchivedManifest, type ArchivedManifest } from "./archived-manifest.js";
import { inputLayout } from "./input-layout.js";
import type { TarEntry } from "./write-tar.js";

/** What a results folder or an archive holds: the manifest, its bytes, each output's bytes, and the cohort when known. */
export interface TrialBundle {
  readonly manifest: ArchivedManifest;
  readonly manifestBytes: Uint8Array;
  readonly outputs: ReadonlyMap<string, Uint8Array>;
  readonly cohort?: Uint8Array;
}

/** Inputs an archive carries next to the results. */
export interface ArchiveInputs {
  readonly cohort: Uint8Array;
  /** The resolved spec as JSON text (the manifest's resolved_spec). */
  readonly resolvedSpec: string;
  /** The original spec file's bytes, when it was found with the SHA-256 the manifest pins. */
  readonly originalSpec?: Uint8Array;
}

/** The archive's top folder: the trial id when it is a plain name, so that `tar xzf` makes one folder. */
export function archiveFolderOf(manifest: ArchivedManifest): string {
  const id = manifest.resolved_spec.trial.id;
  return /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/.test(id) ? id : "trial";
}

/**
 * The entries of a trial archive: `<trial id>/manifest.json`, every output, and
 * `<trial id>/inputs/`: the resolved spec (spec.resolved.json), the original spec when
 * given, and the cohort, laid out so that both specs find the cohort where cohort.file says.
 */
export function archiveEntries(bundle: TrialBundle, inputs: ArchiveInputs): TarEntry[] {
  const top = archiveFolderOf(bundle.manifest);
  const layout = inputLayout(bundle.manifest.resolved_spec.cohort.file);
  const entries: TarEntry[] = [{ name: `${top}/manifest.json`, bytes: bundle.manifestBytes }];
  for (const [file, bytes] of bundle.outputs) entries.push({ name: `${top}/${file}`, bytes });
  entries.push({ name: `${top}/${layout.specFolder}/spec.resolved.json`, bytes: new TextEncoder().encode(inputs.resolvedSpec) });
  if (inputs.originalSpec !== undefined) entries.push({ name: `${top}/${layout.specFolder}/${bundle.manifest.spec.file}`, bytes: inputs.originalSpec });
  entries.push({ name: `${top}/${layout.cohortPath}`, bytes: inputs.cohort });
  return entries;
}

/**
 * Reads a trial archive's entries back into a bundle. An archive without exactly one
 * `<folder>/manifest.json`, or missing an output the manifest lists, is ARCHIVE_INVALID.
 */
export function bundleFromEntries(entries: readonly TarEntry[], archiveFile: string): TrialBundle {
  const invalid = (message: string): InputError =>
    new InputError([{ code: "ARCHIVE_INVALID", message, hint: "replay reads the .tgz that twin-trial archive writes, or a results folder", location: { kind: "file", file: archiveFile } }]);
  const manifests = entries.filter((entry) => /^[^/]+\/manifest\.json$/.test(entry.name));
  const [manifestEntry] = manifests;
  if (manifestEntry === undefined || manifests.length > 1) throw invalid(`the archive holds ${manifests.length} <folder>/manifest.json files, expected exactly 1`);
  const top = manifestEntry.name.slice(0, -"/manifest.json".length);
  const manifest = parseArchivedManifest(new TextDecoder().decode(manifestEntry.bytes), `${archiveFile}:${manifestEntry.name}`);
  const byName = new Map(entries.map((entry) => [entry.name, entry.bytes]));
  const outputs = new Map<string, Uint8Array>();
  for (const { file } of manifest.outputs) {
    const bytes = byName.get(`${top}/${file}`);
    if (bytes === undefined) throw invalid(`the archive lacks ${top}/${file}, an output its manifest lists`);
    outputs.set(file, bytes);
  }
  const cohort = byName.get(`${top}/${inputLayout(manifest.resolved_spec.cohort.file).cohortPath}`);
  return { manifest, manifestBytes: manifestEntry.bytes, outputs, ...(cohort === undefined ? {} : { cohort }) };
}
