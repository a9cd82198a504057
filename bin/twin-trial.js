#!/usr/bin/env node
// The executable: thin on purpose. Everything happens in src/cli/main.ts, built to dist/ and
// bundled into one file (dist/bundle/executable.js) so that a run starts in milliseconds.
import { main, processIo } from "../dist/bundle/executable.js";

process.exitCode = await main(process.argv.slice(2), processIo());
