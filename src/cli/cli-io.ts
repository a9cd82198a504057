/** A stream the CLI writes to (process.stdout / stderr, or a buffer in tests). */
export interface OutputStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  /** Terminal width; 0 or absent when unknown (e.g. a pseudo-terminal without a size). */
  readonly columns?: number;
}

/**
 * Everything the CLI takes from the outside world, passed in so that tests can run the
 * whole CLI in-process: streams, the clock (read once per run), the environment.
 */
export interface CliIo {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly now: () => Date;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly processId: number;
  /** Node version and platform, recorded in the manifest. */
  readonly runtime: { readonly nodeVersion: string; readonly platform: string };
  /** Cores this process may use: the default of --workers. */
  readonly availableCores: number;
  /** Registers a handler for SIGINT/SIGTERM; returns a function that removes it. */
  readonly onInterrupt: (handler: () => void) => () => void;
}
