import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

/**
 * Keeps examples/ (the CI job and batch-engine files) and README's command lines true: every
 * `twin-trial <command> … --flag` written there uses a command and options the CLI has (its
 * --help lists them), and the files name only shipped specs.
 */
const EXAMPLES = new URL("../../examples/", import.meta.url);
const README = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

/** Every `twin-trial <command> …` invocation in a text, up to the end of its line (folded `\` lines joined). */
function invocations(text: string): { command: string; flags: string[] }[] {
  return [...text.replaceAll(/\\\n\s*/g, " ").matchAll(/twin-trial (simulate|sweep|merge|validate|vpc|archive|replay|cohort describe)\b([^\n`]*)/g)].map((match) => ({
    command: match[1] as string,
    flags: [...new Set([...(match[2] ?? "").matchAll(/(?:^|\s)(--[a-z-]+|-[a-zA-Z])\b/g)].map((flag) => flag[1] as string))],
  }));
}

const helpOf = new Map<string, Promise<string>>();
function help(command: string): Promise<string> {
  if (!helpOf.has(command)) helpOf.set(command, runCli([...command.split(" "), "--help"]).then((run) => run.stdout));
  return helpOf.get(command) as Promise<string>;
}

describe("examples/ and README command lines", () => {
  const files = readdirSync(EXAMPLES).map((file) => ({ file, text: readFileSync(new URL(file, EXAMPLES), "utf8") }));

  it("has the CI guard, the sharded matrix and the Kubernetes Indexed Job", () => {
    expect(files.map(({ file }) => file).sort()).toEqual(["github-actions-guard.yml", "github-actions-shards.yml", "kubernetes-indexed-job.yaml"]);
    expect(files.find(({ file }) => file === "kubernetes-indexed-job.yaml")?.text).toContain("--shard $((JOB_COMPLETION_INDEX + 1))/16");
  });

  it.each([...readdirSync(EXAMPLES).map((file) => [file, readFileSync(new URL(file, EXAMPLES), "utf8")] as const), ["README.md", README] as const])("%s uses only options the CLI has", async (_, text) => {
    const found = invocations(text);
    expect(found.length).toBeGreaterThan(0);
    for (const { command, flags } of found) {
      const listed = await help(command);
      for (const flag of flags) expect(listed, `twin-trial ${command} ${flag}`).toMatch(new RegExp(`(^|[\\s,])${flag.replace(/[-]/g, "\\-")}[\\s,]`, "m"));
    }
  });

  it("names only shipped specs", () => {
    for (const { text } of files) for (const match of text.matchAll(/trial-specs\/([a-z0-9-]+\.yaml)/g)) expect(readdirSync(new URL("../../trial-specs/", import.meta.url))).toContain(match[1]);
  });
});
