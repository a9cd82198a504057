// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";

/** Imports that would give the pure core I/O, a CLI or a clock (STYLE.md §1). */
const IO_IMPORTS = {
  patterns: [
    { group: ["node:*", "fs", "path", "os", "child_process", "worker_threads"], message: "core and pipeline code is pure: do I/O in an adapter or src/cli" },
    { group: ["yaml", "csv-parse", "csv-parse/*", "csv-stringify", "csv-stringify/*", "ora", "commander"], message: "parsers, spinners and CLI libraries belong to adapters and src/cli" },
    { group: ["seedrandom"], message: "randomness comes only from src/rng (streamFor)" },
  ],
};

/** Sources of nondeterminism, banned outside src/cli (STYLE.md §6). */
const NONDETERMINISM = [
  { selector: "MemberExpression[object.name='Math'][property.name='random']", message: "use streamFor from src/rng: Math.random is not reproducible" },
  { selector: "NewExpression[callee.name='Date']", message: "no clocks outside src/cli: pass the time in" },
  { selector: "MemberExpression[object.name='Date'][property.name='now']", message: "no clocks outside src/cli: pass the time in" },
  { selector: "MemberExpression[object.name='performance'][property.name='now']", message: "no clocks outside src/cli" },
  { selector: "MemberExpression[object.name='crypto'][property.name=/^random/]", message: "use streamFor from src/rng" },
  { selector: "MemberExpression[object.name='process'][property.name='env']", message: "read the environment only in src/cli" },
  { selector: "CallExpression[callee.property.name='toLocaleString']", message: "locale-dependent output: use formatNumber" },
  { selector: "CallExpression[callee.property.name='localeCompare']", message: "locale-dependent order: compare with < and an explicit tie-break" },
];

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "results/", "coverage/", "test/golden/", "bench/results/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      eqeqeq: ["error", "always"],
      "no-console": "off",
    },
  },
  {
    files: ["src/**/*.ts"],
    ignores: ["src/cli/**"],
    rules: { "no-restricted-syntax": ["error", ...NONDETERMINISM] },
  },
  {
    files: [
      "src/rng/**/*.ts", "src/population/**/*.ts", "src/pk/**/*.ts", "src/pd/**/*.ts",
      "src/safety/**/*.ts", "src/stats/**/*.ts", "src/expr/**/*.ts", "src/trial/**/*.ts",
      "src/ode/**/*.ts", "src/variability/**/*.ts", "src/nca/**/*.ts", "src/dosing/**/*.ts", "src/text/**/*.ts",
      "src/twin/**/*.ts", "src/matching/**/*.ts",
    ],
    ignores: ["src/rng/stream.ts", "src/trial/worker*.ts", "src/trial/shard*.ts"],
    rules: { "no-restricted-imports": ["error", IO_IMPORTS] },
  },
);
