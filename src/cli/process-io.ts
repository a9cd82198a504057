import { availableParallelism } from "node:os";
import type { CliIo } from "./cli-io.js";

/**
 * A reader that stops reading (`twin-trial --help | head`) closes the pipe: that is not an
 * error of ours, so the process ends quietly instead of with an unhandled EPIPE.
 */
function endQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

/** The real world: process streams, clock, environment and signals. */
export function processIo(): CliIo {
  endQuietlyOnClosedPipe(process.stdout);
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    now: () => new Date(),
    env: process.env,
    processId: process.pid,
    availableCores: availableParallelism(),
    runtime: { nodeVersion: process.version, platform: `${process.platform}-${process.arch}` },
    onInterrupt: (handler) => {
      process.on("SIGINT", handler);
      process.on("SIGTERM", handler);
      return () => {
        process.off("SIGINT", handler);
        process.off("SIGTERM", handler);
      };
    },
  };
}
