import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PNG } from "pngjs";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

const CHROMIUM = "/usr/bin/chromium";
/** CI has Node only: the browser check runs where Debian's chromium package is installed. */
const chromiumAvailable = existsSync(CHROMIUM);
const scratch = mkdtempSync(join(tmpdir(), "twin-trial-html-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** pbc-phase2 has three figures: virtual cohort, exposure–response, forest. */
const out = join(scratch, "pbc-phase2");
const run = runCli(["simulate", "trial-specs/pbc-phase2.yaml", "--replicates", "3", "--format", "html", "--out", out, "-q"]);
const FIGURES = ["figures/virtual-cohort.svg", "figures/concentration-time.svg", "figures/exposure-response-albumin_change.svg", "figures/forest-albumin_change-mean-difference.svg"];

describe("simulate --format html", () => {
  it("writes report.html next to report.md and the figures, and the manifest pins them all", async () => {
    const result = await run;
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(readdirSync(join(out, "figures")).sort()).toEqual(FIGURES.map((file) => file.slice("figures/".length)).sort());
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")) as { outputs: { file: string }[]; results_format_version: number };
    expect(manifest.results_format_version).toBe(6);
    expect(manifest.outputs.map((output) => output.file).slice(-6)).toEqual(["report.md", "report.html", ...FIGURES]);
    const report = readFileSync(join(out, "report.md"), "utf8");
    for (const file of FIGURES) expect(report).toMatch(new RegExp(`^!\\[[^\\]]+\\]\\(${file.replace(/\./g, "\\.")}\\)$`, "m"));
  });

  it("report.html is self-contained: every figure's SVG inline, the style inline, nothing to fetch", async () => {
    await run;
    const html = readFileSync(join(out, "report.html"), "utf8");
    expect(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n")).toBe(true);
    expect(html.match(/<svg role="img" aria-label="[^"]+" xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g)).toHaveLength(FIGURES.length);
    for (const file of FIGURES) {
      const svg = readFileSync(join(out, file), "utf8").trimEnd();
      expect(html).toContain(svg.slice(svg.indexOf(">") + 1));
    }
    expect(html).not.toMatch(/<script|<link|<img|<iframe|<object|\ssrc=|@import|url\(\s*['"]?(https?:|\/\/)/i);
    // The only absolute URLs are the SVG namespace names, which nothing fetches.
    expect([...new Set(html.match(/https?:\/\/[^"\s)]+/g))].sort()).toEqual(["http://www.w3.org/1999/xlink", "http://www.w3.org/2000/svg"]);
    expect(html).toContain("@media (prefers-color-scheme: dark)");
    expect(html).toContain("<title>Phase 2 dose-ranging trial of a hypothetical drug in primary biliary cholangitis</title>");
  });

  it("the same run gives the same report.html and figures, byte for byte", async () => {
    await run;
    const again = join(scratch, "again");
    expect((await runCli(["simulate", "trial-specs/pbc-phase2.yaml", "--replicates", "3", "--format", "html", "--out", again, "-q"])).code).toBe(0);
    for (const file of ["report.html", "report.md", ...FIGURES]) expect(readFileSync(join(again, file), "utf8"), file).toBe(readFileSync(join(out, file), "utf8"));
  });

  it("names the html report in its summary, on stdout and in --json", async () => {
    const printed = await runCli(["simulate", "trial-specs/power-check.yaml", "--replicates", "20", "--format", "html", "--out", join(scratch, "named")]);
    expect(printed.stdout).toContain(`report: ${join(scratch, "named")}/report.md\nhtml report: ${join(scratch, "named")}/report.html (figures inline; open it in a browser)\n`);
    const json = await runCli(["simulate", "trial-specs/power-check.yaml", "--replicates", "20", "--format", "html", "--json", "--out", join(scratch, "json")]);
    expect(JSON.parse(json.stdout)).toMatchObject({ report: `${join(scratch, "json")}/report.md`, report_html: `${join(scratch, "json")}/report.html` });
  });

  it("without --format html there is no report.html, and the figures are the same", async () => {
    await run;
    const markdown = join(scratch, "markdown");
    expect((await runCli(["simulate", "trial-specs/pbc-phase2.yaml", "--replicates", "3", "--out", markdown, "-q"])).code).toBe(0);
    expect(existsSync(join(markdown, "report.html"))).toBe(false);
    for (const file of FIGURES) expect(readFileSync(join(markdown, file), "utf8")).toBe(readFileSync(join(out, file), "utf8"));
  });

  it("replay reruns with --format html and finds report.html and the figures the same", async () => {
    await run;
    const replay = await runCli(["replay", out, "--cohort", "cohorts/pbc_baseline.csv"]);
    expect(replay.stderr).toBe("");
    expect(replay.code).toBe(0);
    for (const file of ["report.html", ...FIGURES]) expect(replay.stdout).toMatch(new RegExp(`^${file.replace(/\./g, "\\.")} +same$`, "m"));
  });

  it("sweep --format html: the power curve in figures/, embedded in sweep.md and inline in sweep.html", async () => {
    const sweep = join(scratch, "sweep");
    const result = await runCli(["sweep", "trial-specs/power-check.yaml", "--vary", "population.n_per_arm=20,30", "--replicates", "5", "--format", "html", "--out", sweep, "-q"]);
    expect(result.code).toBe(0);
    expect(readdirSync(join(sweep, "figures"))).toEqual(["power-population.n_per_arm.svg"]);
    expect(readFileSync(join(sweep, "sweep.md"), "utf8")).toContain("![Power curves by population.n_per_arm](figures/power-population.n_per_arm.svg)");
    const html = readFileSync(join(sweep, "sweep.html"), "utf8");
    expect(html.match(/<svg role="img"/g)).toHaveLength(1);
    expect(html).toContain(readFileSync(join(sweep, "figures", "power-population.n_per_arm.svg"), "utf8").trimEnd().slice(60));
  });

  it("refuses --format html on a shard (merge writes the report) and an unknown format", async () => {
    const shard = await runCli(["simulate", "trial-specs/pbc-phase2.yaml", "--shard", "1/2", "--format", "html", "--out", join(scratch, "shard")]);
    expect(shard.code).toBe(2);
    expect(shard.stderr).toContain("error USAGE_INVALID_VALUE: --format html needs the whole run, and a shard has a slice of it");
    const unknown = await runCli(["simulate", "trial-specs/pbc-phase2.yaml", "--format", "pdf", "--out", join(scratch, "pdf")]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("argument 'pdf' is invalid. Allowed choices are markdown, html.");
  });
});

function isWhite(png: PNG, x: number, y: number): boolean {
  const at = (y * png.width + x) * 4;
  return (png.data[at] as number) >= 250 && (png.data[at + 1] as number) >= 250 && (png.data[at + 2] as number) >= 250;
}

/**
 * The figures of a dark-mode screenshot: runs of rows whose pixel just inside the figures' left
 * edge is white (a figure's padding; the page is dark there). The edge is the leftmost white
 * pixel of the rows that hold at least 300 white pixels (certainly inside a figure).
 */
function whiteBlocks(png: PNG): { top: number; bottom: number }[] {
  let edge = png.width;
  for (let y = 0; y < png.height; y++) {
    let white = 0;
    let left = png.width;
    for (let x = 0; x < png.width; x++) {
      if (!isWhite(png, x, y)) continue;
      white += 1;
      left = Math.min(left, x);
    }
    if (white >= 300) edge = Math.min(edge, left);
  }
  const probe = edge + 4;
  const blocks: { top: number; bottom: number }[] = [];
  for (let y = 0; y < png.height; y++) {
    if (!isWhite(png, probe, y)) continue;
    const last = blocks[blocks.length - 1];
    if (last !== undefined && last.bottom === y - 1) last.bottom = y;
    else blocks.push({ top: y, bottom: y });
  }
  return blocks.filter((block) => block.bottom - block.top >= 100);
}

/** Pixels of a block that are drawn: neither the figure's white nor the page's dark background. */
function inkShare(png: PNG, block: { top: number; bottom: number }): number {
  let ink = 0;
  let total = 0;
  for (let y = block.top; y <= block.bottom; y++) {
    for (let x = 0; x < png.width; x++) {
      const at = (y * png.width + x) * 4;
      const [r, g, b] = [png.data[at] as number, png.data[at + 1] as number, png.data[at + 2] as number];
      total += 1;
      if (Math.max(r, g, b) < 250 && Math.max(r, g, b) > 40) ink += 1;
    }
  }
  return ink / total;
}

describe("report.html in a browser", () => {
  it.skipIf(!chromiumAvailable)(`headless Chromium draws every figure (dark page, white figures with marks)${chromiumAvailable ? "" : ` — skipped: ${CHROMIUM} is not installed`}`, async () => {
    await run;
    const screenshot = join(scratch, "report.png");
    // Dark mode: the page is dark and every figure keeps its opaque white background, so each figure is a white block.
    const browser = spawnSync(CHROMIUM, ["--headless", "--disable-gpu", "--no-sandbox", "--hide-scrollbars", `--user-data-dir=${join(scratch, "chromium")}`, "--blink-settings=preferredColorScheme=0", `--screenshot=${screenshot}`, "--window-size=1200,7000", `file://${join(out, "report.html")}`], { timeout: 120_000, stdio: "ignore" });
    expect(browser.status).toBe(0);
    const png = PNG.sync.read(readFileSync(screenshot));
    expect([png.width, png.height]).toEqual([1200, 7000]);
    // The page background (top left corner) is the dark theme's.
    expect([png.data[0], png.data[1], png.data[2]]).toEqual([13, 17, 23]);
    const blocks = whiteBlocks(png);
    expect(blocks, JSON.stringify(blocks)).toHaveLength(FIGURES.length);
    for (const block of blocks) expect(inkShare(png, block), JSON.stringify(block)).toBeGreaterThan(0.01);
  });
});
