import type { CliIo } from "./cli-io.js";

/** Progress display: an ora spinner on a terminal, nothing otherwise. */
export interface Progress {
  update(completed: number, total: number): void;
  succeed(text: string): void;
  stop(): void;
}

const SILENT: Progress = { update: () => undefined, succeed: () => undefined, stop: () => undefined };

/**
 * A spinner with replicate progress on stderr, only when stderr is a terminal of known
 * width (not CI, not TERM=dumb) and the user did not ask for --quiet; CI logs and pipes stay clean. (A terminal
 * that reports 0 columns would make ora clear an unbounded number of lines.) ora is loaded
 * lazily so that runs without a terminal do not pay for it; it never touches stdin.
 */
export async function createProgress(io: CliIo, options: { enabled: boolean; label: string }): Promise<Progress> {
  const terminal = io.stderr.isTTY === true && (io.stderr.columns ?? 0) > 0 && io.env.CI === undefined && io.env.TERM !== "dumb";
  if (!options.enabled || !terminal) return SILENT;
  const { default: ora } = await import("ora");
  const spinner = ora({ text: options.label, stream: io.stderr as NodeJS.WritableStream, discardStdin: false, isEnabled: true }).start();
  return {
    update: (completed, total) => {
      spinner.text = `${options.label}: replicate ${completed} of ${total} (${Math.floor((100 * completed) / total)}%)`;
    },
    succeed: (text) => void spinner.succeed(text),
    stop: () => void spinner.stop(),
  };
}
