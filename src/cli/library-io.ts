import { availableParallelism } from "node:os";
import type { CliIo } from "./cli-io.js";

/** A CliIo that prints nothing and leaves the process's signals alone. */
export function libraryIo(): CliIo {
  const quiet = { write: () => true };
  return {
    stdout: quiet,
    stderr: quiet,
    now: () => new Date(),
    env: process.env,
    processId: process.pid,
    availableCores: availableParallelism(),
    runtime: { nodeVersion: process.version, platform: `${process.platform}-${process.arch}` },
    onInterrupt: () => () => undefined,
  };
}
