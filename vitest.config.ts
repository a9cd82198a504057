import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Property tests (fast-check) use a fixed seed unless FC_SEED says otherwise.
    setupFiles: ["test/setup/fast-check-seed.ts"],
    // Reference and golden tests are CPU-bound; two cores on CI.
    pool: "forks",
    // Test files share a worker's module cache: no test keeps global state, and imports
    // dominate the run time otherwise (STYLE.md §7: tests are pure functions of their inputs).
    isolate: false,
    testTimeout: 60_000,
  },
});
