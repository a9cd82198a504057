import { createHash } from "node:crypto";
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { InputError } from "../errors.js";
import type { HashedFile } from "./render-manifest.js";

/** SHA-256 and size of a file's content as written (UTF-8). */
export function hashContent(file: string, content: string): HashedFile {
  const bytes = Buffer.from(content, "utf8");
  return { file, sha256: createHash("sha256").update(bytes).digest("hex"), bytes: bytes.length };
}

function exists(path: string): "file" | "folder" | false {
  try {
    return statSync(path).isDirectory() ? "folder" : "file";
  } catch {
    return false;
  }
}

/**
 * Refuses, before any work, a results folder that would be overwritten without --force,
 * and an output path that is a file.
 */
export function checkOutputFolder(folder: string, force: boolean): void {
  const kind = exists(folder);
  if (kind === "file")
    throw new InputError([{ code: "OUTPUT_IS_A_FILE", message: `the output path ${folder} is a file, not a folder`, hint: "choose another --out folder", location: { kind: "flag", flag: "--out" } }]);
  if (kind === "folder" && !force)
    throw new InputError([{ code: "OUTPUT_EXISTS", message: `the results folder ${folder} already exists`, hint: "add --force to replace it, or choose another folder with --out", location: { kind: "flag", flag: "--out" } }]);
}

/** A temporary sibling folder name; the process id keeps two runs apart. */
function temporaryName(folder: string, purpose: string, processId: number): string {
  return `${folder}.${purpose}-${processId}`;
}

/**
 * Writes the files (text as UTF-8, bytes as they are; a name may hold "/" for a subfolder)
 * into a temporary sibling folder, then renames it into place, so a
 * reader never sees half a results folder and an earlier results folder stays untouched
 * until the new one is complete (it is replaced only with `force`).
 */
export function writeResultsAtomically(folder: string, files: readonly { file: string; content: string | Uint8Array }[], options: { force: boolean; processId: number }): void {
  const partial = beginPartialResults(folder, options);
  try {
    for (const { file, content } of files) {
      if (file.includes("/")) mkdirSync(dirname(`${partial}/${file}`), { recursive: true });
      if (typeof content === "string") writeFileSync(`${partial}/${file}`, content, "utf8");
      else writeFileSync(`${partial}/${file}`, content);
    }
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    throw error;
  }
  commitPartialResults(folder, partial, options);
}

/**
 * Starts a results folder: checks the output path (as checkOutputFolder) and makes the empty
 * temporary sibling folder the files are written into (a long table can be streamed there while
 * the run goes on). Returns its path; commitPartialResults moves it into place.
 */
export function beginPartialResults(folder: string, options: { force: boolean; processId: number }): string {
  checkOutputFolder(folder, options.force);
  mkdirSync(dirname(folder), { recursive: true });
  const partial = temporaryName(folder, "partial", options.processId);
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial);
  return partial;
}

/** Moves a complete temporary folder into place, replacing an earlier results folder (only with force) after the new one is whole. */
export function commitPartialResults(folder: string, partial: string, options: { force: boolean; processId: number }): void {
  try {
    checkOutputFolder(folder, options.force);
    if (exists(folder) === "folder") {
      const previous = temporaryName(folder, "previous", options.processId);
      renameSync(folder, previous);
      renameSync(partial, folder);
      rmSync(previous, { recursive: true, force: true });
    } else renameSync(partial, folder);
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    throw error;
  }
}

/** Removes a run's temporary folder (used when a run is interrupted). */
export function removePartialResults(folder: string, processId: number): void {
  rmSync(temporaryName(folder, "partial", processId), { recursive: true, force: true });
}
