import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Reference and golden tests are CPU-bound; two cores on CI.
    pool: "forks",
    testTimeout: 60_000,
  },
});
