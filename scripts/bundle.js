// Bundles the built CLI (dist/, from tsc) into two files with esbuild: dist/bundle/executable.js
// (what bin/twin-trial.js runs) and dist/bundle/replicate-worker.js (the worker threads).
// Why: resolving and compiling ~1,000 small modules (most of them @stdlib's) took ~470 ms of
// every run's start; one bundled file loads in ~100 ms. ora stays outside: it is loaded
// lazily, only on a terminal.
import { build } from "esbuild";

await build({
  entryPoints: { executable: "dist/cli/executable.js", "replicate-worker": "dist/parallel/replicate-worker.js" },
  outdir: "dist/bundle",
  bundle: true,
  // Chunks: --version and --help load only the command line; each command loads its own code.
  splitting: true,
  // Chunks beside the entries, so that import.meta.url finds ../../package.json and ./replicate-worker.js.
  chunkNames: "[name]-[hash]",
  platform: "node",
  format: "esm",
  target: "node20",
  external: ["ora"],
  // CommonJS dependencies call require() for Node's own modules: give the ES module one.
  banner: { js: 'import { createRequire as __twinTrialCreateRequire } from "node:module"; const require = __twinTrialCreateRequire(import.meta.url);' },
  legalComments: "none",
  logLevel: "warning",
});
