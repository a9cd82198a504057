import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CliIo } from "../../src/cli/cli-io.js";
import { main } from "../../src/cli/main.js";

/** What a CLI run printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A fixed clock and runtime, so that manifests differ only where documented. */
export const TEST_START = new Date("2026-01-01T00:00:00.000Z");

/** Runs the CLI in-process (same code as bin/twin-trial.js), capturing its output. */
export async function runCli(argv: readonly string[], options: { isTTY?: boolean; columns?: number } = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    // On a "terminal", the methods of a tty.WriteStream that ora calls; they print nothing.
    stderr: Object.assign({ write: (text: string) => (stderr += text), isTTY: options.isTTY ?? false, columns: options.columns ?? 0 }, { cursorTo: () => true, moveCursor: () => true, clearLine: () => true }),
    now: () => TEST_START,
    env: {},
    processId: 4242,
    runtime: { nodeVersion: "v20.0.0-test", platform: "test-platform" },
    // In-process runs load src/ as TypeScript, which a worker thread cannot: one worker by default.
    availableCores: 1,
    onInterrupt: () => () => undefined,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** A fresh temporary folder laid out like the repository: specs/ next to cohorts/. */
export function makeWorkspace(): string {
  const root = mkdtempSync(join(tmpdir(), "twin-trial-test-"));
  mkdirSync(join(root, "specs"));
  cpSync(new URL("../../cohorts", import.meta.url), join(root, "cohorts"), { recursive: true });
  return root;
}

/**
 * A shipped spec's text without its first line, the editor's schema comment
 * (`# yaml-language-server: $schema=…`, checked in test/spec/json-schema.test.ts), so that the
 * line numbers the tests expect in messages are those of the spec's content.
 */
export function exampleSpecText(name = "pbc-phase2.yaml"): string {
  const text = readFileSync(new URL(`../../trial-specs/${name}`, import.meta.url), "utf8");
  return text.startsWith("# yaml-language-server:") ? text.slice(text.indexOf("\n") + 1) : text;
}

/** Writes a file into the workspace and returns its path. */
export function writeWorkspaceFile(root: string, relative: string, text: string): string {
  const path = join(root, relative);
  writeFileSync(path, text);
  return path;
}
