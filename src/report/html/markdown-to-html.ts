import { escapeHtml, renderInlineMarkdown, type ImageRenderer } from "./render-inline-markdown.js";

/** What the HTML of a Markdown document needs besides the text. */
export interface MarkdownOptions {
  /** HTML for an image, e.g. an inline SVG figure; undefined shows its alt text as a link. */
  readonly image: ImageRenderer;
}

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const LIST_ITEM = /^( *)(?:[-*+]|(\d+)\.)\s+(.*)$/;
const FENCE = /^\s*(```|~~~)/;
const TABLE_RULE = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/**
 * A heading's anchor: lower case words joined by hyphens.
 *
 * @example headingId("Efficacy in the first simulated trial") // "efficacy-in-the-first-simulated-trial"
 */
export function headingId(text: string): string {
  return text.toLowerCase().replace(/[`*[\]()]/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
}

/** The cells of a table row: split at pipes that are not escaped, outer pipes dropped. */
export function tableCells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, "").replace(/(?<!\\)\|$/, "");
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim());
}

function renderTable(lines: readonly string[], options: MarkdownOptions): string {
  const [head, rule, ...body] = lines;
  const alignment = tableCells(rule ?? "").map((cell) => (cell.endsWith(":") ? (cell.startsWith(":") ? "center" : "right") : undefined));
  const cell = (tag: "th" | "td", text: string, index: number): string => {
    const align = alignment[index];
    return `<${tag}${align === undefined ? "" : ` style="text-align:${align}"`}>${renderInlineMarkdown(text, options.image)}</${tag}>`;
  };
  const row = (tag: "th" | "td", line: string): string => `<tr>${tableCells(line).map((text, index) => cell(tag, text, index)).join("")}</tr>`;
  return [`<table>`, `<thead>${row("th", head ?? "")}</thead>`, `<tbody>`, ...body.map((line) => row("td", line)), `</tbody>`, `</table>`].join("\n");
}

interface ListItem {
  readonly indent: number;
  readonly ordered: boolean;
  text: string;
}

/** Nested lists from items with their indentation: a deeper item opens a list inside the one before it. */
function renderList(items: readonly ListItem[], options: MarkdownOptions): string {
  const html: string[] = [];
  const open: { indent: number; tag: string }[] = [];
  for (const [index, item] of items.entries()) {
    while (open.length > 0 && item.indent < (open[open.length - 1] as { indent: number }).indent) html.push(`</li></${open.pop()?.tag}>`);
    const top = open[open.length - 1];
    if (top === undefined || item.indent > top.indent) {
      const tag = item.ordered ? "ol" : "ul";
      open.push({ indent: item.indent, tag });
      html.push(`${index === 0 ? "" : "\n"}<${tag}>`);
    } else html.push("</li>");
    html.push(`\n<li>${renderInlineMarkdown(item.text, options.image)}`);
  }
  while (open.length > 0) html.push(`</li></${open.pop()?.tag}>`);
  return html.join("");
}

/** A paragraph that is only an image is a block (a figure), not text. */
function renderParagraph(lines: readonly string[], options: MarkdownOptions): string {
  const text = lines.map((line) => line.trim()).join("\n");
  const image = /^!\[([^\]]*)\]\(([^)\s]+)\)$/.exec(text);
  const figure = image === null ? undefined : options.image(image[1] as string, image[2] as string);
  return figure ?? `<p>${renderInlineMarkdown(text, options.image)}</p>`;
}

/** Consumes one block starting at `at`; returns its HTML and the next line. */
function renderBlock(lines: readonly string[], at: number, options: MarkdownOptions): { html: string; next: number } {
  const line = lines[at] as string;
  const heading = HEADING.exec(line);
  if (heading !== null) {
    const level = (heading[1] as string).length;
    const text = heading[2] as string;
    return { html: `<h${level} id="${escapeHtml(headingId(text))}">${renderInlineMarkdown(text, options.image)}</h${level}>`, next: at + 1 };
  }
  if (FENCE.test(line)) {
    let end = at + 1;
    while (end < lines.length && !FENCE.test(lines[end] as string)) end += 1;
    return { html: `<pre><code>${escapeHtml(lines.slice(at + 1, end).join("\n"))}</code></pre>`, next: Math.min(lines.length, end + 1) };
  }
  if (line.trimStart().startsWith("|") && TABLE_RULE.test(lines[at + 1] ?? "")) {
    let end = at;
    while (end < lines.length && (lines[end] as string).trimStart().startsWith("|")) end += 1;
    return { html: renderTable(lines.slice(at, end), options), next: end };
  }
  if (LIST_ITEM.test(line)) {
    const items: ListItem[] = [];
    let end = at;
    for (; end < lines.length && (lines[end] as string).trim() !== ""; end++) {
      const item = LIST_ITEM.exec(lines[end] as string);
      const last = items[items.length - 1];
      if (item !== null) items.push({ indent: (item[1] as string).length, ordered: item[2] !== undefined, text: item[3] as string });
      else if (last !== undefined) last.text += `\n${(lines[end] as string).trim()}`;
    }
    return { html: renderList(items, options), next: end };
  }
  let end = at;
  while (end < lines.length && (lines[end] as string).trim() !== "" && (end === at || !isBlockStart(lines, end))) end += 1;
  return { html: renderParagraph(lines.slice(at, end), options), next: end };
}

function isBlockStart(lines: readonly string[], at: number): boolean {
  const line = lines[at] as string;
  return HEADING.test(line) || FENCE.test(line) || LIST_ITEM.test(line) || (line.trimStart().startsWith("|") && TABLE_RULE.test(lines[at + 1] ?? ""));
}

/**
 * The Markdown our reports write, as HTML: ATX headings (with ids), paragraphs, bullet and
 * numbered lists (nested by indentation), pipe tables with alignment, fenced code, and the
 * inline constructs of renderInlineMarkdown. Not a general CommonMark parser: no raw HTML (it is
 * escaped), no setext headings, block quotes or reference links. One block per line of output.
 */
export function markdownToHtml(markdown: string, options: MarkdownOptions): string {
  const lines = markdown.replace(/\r\n?/g, "\n").split("\n");
  const blocks: string[] = [];
  for (let at = 0; at < lines.length; ) {
    if ((lines[at] as string).trim() === "") {
      at += 1;
      continue;
    }
    const block = renderBlock(lines, at, options);
    blocks.push(block.html);
    at = block.next;
  }
  return blocks.length === 0 ? "" : `${blocks.join("\n")}\n`;
}
