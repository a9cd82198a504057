import type { CliIo } from "./cli-io.js";

/** The real world: process streams, clock, environment and signals. */
export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    now: () => new Date(),
    env: process.env,
    processId: process.pid,
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
