#!/usr/bin/env node
// The executable: thin on purpose. Everything happens in src/cli/main.ts (built to dist/).
import { main } from "../dist/cli/main.js";
import { processIo } from "../dist/cli/process-io.js";

process.exitCode = await main(process.argv.slice(2), processIo());
