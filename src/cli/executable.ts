/** What bin/twin-trial.js runs: the command line and the real world (bundled into dist/bundle/executable.js). */
export { main } from "./main.js";
export { processIo } from "./process-io.js";
