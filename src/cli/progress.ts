import type { CliIo } from "./cli-io.js";

/** Progress display: an ora spinner on a terminal, nothing otherwise. */
export interface Progress {
  update(completed: number, total: number): void;
  succeed(text: string): void;
  stop(): void;
}

const SILENT: Progress = { update: () => undefined, succeed: () => undefined, stop: () => undefined };

/**
 * A spinner with replicate progress on stderr, only when stderr is a terminal and the
 * user did not ask for --quiet; CI logs and pipes stay clean. ora is loaded lazily so
 * that runs without a terminal do not pay for it.
 */
export async function createProgress(io: CliIo, options: { enabled: boolean; label: string }): Promise<Progress> {
  if (!options.enabled || io.stderr.isTTY !== true) return SILENT;
  const { default: ora } = await import("ora");
  const spinner = ora({ text: options.label, stream: io.stderr as NodeJS.WritableStream }).start();
  return {
    update: (completed, total) => {
      spinner.text = `${options.label}: replicate ${completed} of ${total} (${Math.floor((100 * completed) / total)}%)`;
    },
    succeed: (text) => void spinner.succeed(text),
    stop: () => void spinner.stop(),
  };
}
