import { createHash, type Hash } from "node:crypto";
import { closeSync, mkdirSync, openSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import { InternalError } from "../errors.js";
import { beginPartialResults, commitPartialResults, EFFICACY_COLUMNS, efficacyRows, hashContent, isTimedSafety, outputOrder, renderCsvHeader, renderCsvRows, safetyColumns, safetyRows, type HashedFile, type RenderedFile } from "../report/index.js";
import type { EfficacyResult, SafetyResult } from "../trial/index.js";

/** A file written piece by piece, hashed as it goes. */
class StreamedFile {
  private readonly descriptor: number;
  private readonly hash: Hash = createHash("sha256");
  private bytes = 0;
  private closed = false;

  constructor(
    readonly file: string,
    path: string,
  ) {
    this.descriptor = openSync(path, "w");
  }

  write(text: string): void {
    if (text === "") return;
    const buffer = Buffer.from(text, "utf8");
    writeSync(this.descriptor, buffer);
    this.hash.update(buffer);
    this.bytes += buffer.length;
  }

  close(): HashedFile {
    this.closed = true;
    closeSync(this.descriptor);
    return { file: this.file, sha256: this.hash.digest("hex"), bytes: this.bytes };
  }

  closeQuietly(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      closeSync(this.descriptor);
    } catch {
      // already gone: the folder is removed next
    }
  }
}

/**
 * A results folder written while the run goes: efficacy.csv and safety.csv get each
 * replicate's rows as they are added (so memory stays flat in replicates), in the temporary
 * sibling folder; finish writes the other files and the manifest and moves the folder into
 * place; abort removes it. The bytes are those renderOutputs writes for the whole run.
 */
export class ResultsWriter {
  private readonly efficacy: StreamedFile;
  private readonly safety: StreamedFile;
  /** Whether safety.csv has the time-driven models' columns; decided by the first rows. */
  private safetyTimed: boolean | undefined;

  private constructor(
    private readonly out: string,
    private readonly partial: string,
    private readonly options: { readonly force: boolean; readonly processId: number },
  ) {
    this.efficacy = new StreamedFile("efficacy.csv", join(partial, "efficacy.csv"));
    this.safety = new StreamedFile("safety.csv", join(partial, "safety.csv"));
    this.efficacy.write(renderCsvHeader(EFFICACY_COLUMNS));
  }

  /** Checks the output path (OUTPUT_EXISTS, OUTPUT_IS_A_FILE) and opens the temporary folder. */
  static open(out: string, options: { readonly force: boolean; readonly processId: number }): ResultsWriter {
    return new ResultsWriter(out, beginPartialResults(out, options), options);
  }

  /** Appends one replicate's rows (in replicate order). */
  addRows(efficacy: readonly EfficacyResult[], safety: readonly SafetyResult[]): void {
    this.efficacy.write(renderCsvRows(efficacyRows(efficacy)));
    if (safety.length === 0) return;
    const timed = isTimedSafety(safety);
    if (this.safetyTimed === undefined) {
      this.safetyTimed = timed;
      this.safety.write(renderCsvHeader(safetyColumns(timed)));
    } else if (timed !== this.safetyTimed) throw new InternalError("safety rows changed their columns between replicates");
    this.safety.write(renderCsvRows(safetyRows(safety, timed)));
  }

  /** Writes the other outputs and the manifest (made from every output's hash, in the manifest's order), then moves the folder into place. */
  finish(files: readonly RenderedFile[], manifest: (outputs: HashedFile[]) => string): void {
    try {
      if (this.safetyTimed === undefined) this.safety.write(renderCsvHeader(safetyColumns(false)));
      const hashed = [this.efficacy.close(), this.safety.close()];
      for (const { file, content } of files) {
        // A name with "/" goes into a subfolder (adam/adsl.csv, figures/forest-….svg).
        if (file.includes("/")) mkdirSync(dirname(join(this.partial, file)), { recursive: true });
        writeFileSync(join(this.partial, file), content, "utf8");
        hashed.push(hashContent(file, content));
      }
      hashed.sort((a, b) => outputOrder(a.file) - outputOrder(b.file));
      writeFileSync(join(this.partial, "manifest.json"), manifest(hashed), "utf8");
    } catch (error) {
      this.abort();
      throw error;
    }
    commitPartialResults(this.out, this.partial, this.options);
  }

  /** Removes the temporary folder (an interrupted or failed run leaves nothing behind). */
  abort(): void {
    this.efficacy.closeQuietly();
    this.safety.closeQuietly();
    rmSync(this.partial, { recursive: true, force: true });
  }
}
