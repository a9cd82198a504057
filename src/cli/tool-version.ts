import { readFileSync } from "node:fs";

let cached: string | undefined;

/** The version in package.json (read once; works from src/ under vitest and from dist/). */
export function toolVersion(): string {
  if (cached === undefined) {
    const text = readFileSync(new URL("../../package.json", import.meta.url), "utf8");
    cached = (JSON.parse(text) as { version: string }).version;
  }
  return cached;
}
