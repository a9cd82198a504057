/** What to put for an image (`![alt](src)`): HTML, or undefined to show the alt text as a link to src. */
export type ImageRenderer = (alt: string, src: string) => string | undefined;

/** Characters a backslash escapes (CommonMark's ASCII punctuation that our reports use). */
const ESCAPABLE = new Set(["\\", "`", "*", "_", "[", "]", "(", ")", "#", "+", "-", ".", "!", "|", "<", ">"]);

/**
 * Text as HTML text and attribute content: &, <, > and " escaped.
 *
 * @example escapeHtml('p <0.05 & "x"') // "p &lt;0.05 &amp; &quot;x&quot;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Whether a link target may become an href: a relative path or anchor, or http(s)/mailto (never javascript: or data:). */
export function isSafeHref(href: string): boolean {
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(href)?.[1]?.toLowerCase();
  return scheme === undefined ? !href.startsWith("//") : scheme === "http" || scheme === "https" || scheme === "mailto";
}

/** `[text](target)` at `at` (the "["): the text, the target and the index after ")"; undefined when it is not one. */
function bracketLink(text: string, at: number): { label: string; target: string; end: number } | undefined {
  const close = text.indexOf("](", at + 1);
  if (close < 0) return undefined;
  const end = text.indexOf(")", close + 2);
  if (end < 0) return undefined;
  const target = text.slice(close + 2, end);
  if (/\s/.test(target) || target === "") return undefined;
  return { label: text.slice(at + 1, close), target, end: end + 1 };
}

/** The closing delimiter of an emphasis run: not preceded by a space, and (for "*") not part of "**". */
function closingDelimiter(text: string, from: number, delimiter: string): number {
  for (let at = text.indexOf(delimiter, from); at >= 0; at = text.indexOf(delimiter, at + 1)) {
    if (at === from || /\s/.test(text[at - 1] as string)) continue;
    if (delimiter === "*" && (text[at + 1] === "*" || text[at - 1] === "*")) continue;
    return at;
  }
  return -1;
}

/** A code span at `at`: a run of backticks, its content, and the same run again. */
function codeSpan(text: string, at: number): { html: string; end: number } | undefined {
  let ticks = 0;
  while (text[at + ticks] === "`") ticks += 1;
  const fence = "`".repeat(ticks);
  const close = text.indexOf(fence, at + ticks);
  if (close < 0) return undefined;
  return { html: `<code>${escapeHtml(text.slice(at + ticks, close).trim())}</code>`, end: close + ticks };
}

/** The construct that starts at `at`, rendered, and where it ends; undefined for a plain character. */
function inlineConstruct(text: string, at: number, image: ImageRenderer): { html: string; end: number } | undefined {
  const char = text[at] as string;
  const next = text[at + 1];
  if (char === "\\" && next !== undefined && ESCAPABLE.has(next)) return { html: escapeHtml(next), end: at + 2 };
  if (char === "`") return codeSpan(text, at);
  if (char === "*" && next === "*" && !/\s/.test(text[at + 2] ?? " ")) {
    const close = text.indexOf("**", at + 3);
    if (close > at + 2 && !/\s/.test(text[close - 1] as string)) return { html: `<strong>${renderInlineMarkdown(text.slice(at + 2, close), image)}</strong>`, end: close + 2 };
  }
  if (char === "*" && next !== undefined && next !== "*" && !/\s/.test(next) && !/[A-Za-z0-9]/.test(text[at - 1] ?? " ")) {
    const close = closingDelimiter(text, at + 1, "*");
    if (close > at + 1) return { html: `<em>${renderInlineMarkdown(text.slice(at + 1, close), image)}</em>`, end: close + 1 };
  }
  if (char === "!" && next === "[") {
    const link = bracketLink(text, at + 1);
    if (link !== undefined) return { html: image(link.label, link.target) ?? (isSafeHref(link.target) ? `<a href="${escapeHtml(link.target)}">${escapeHtml(link.label)}</a>` : escapeHtml(link.label)), end: link.end };
  }
  if (char === "[") {
    const link = bracketLink(text, at);
    if (link !== undefined) return { html: isSafeHref(link.target) ? `<a href="${escapeHtml(link.target)}">${renderInlineMarkdown(link.label, image)}</a>` : renderInlineMarkdown(link.label, image), end: link.end };
  }
  return undefined;
}

/**
 * The inline Markdown of our reports as HTML: backslash escapes, `code`, **bold**, *italic*,
 * [links](target) and ![images](src); everything else is text, escaped. Raw HTML is never
 * passed through, and only relative, http(s) and mailto targets become links.
 *
 * @example renderInlineMarkdown("**p** <0.05 in `efficacy.csv`", () => undefined) // "<strong>p</strong> &lt;0.05 in <code>efficacy.csv</code>"
 */
export function renderInlineMarkdown(text: string, image: ImageRenderer): string {
  let html = "";
  let at = 0;
  while (at < text.length) {
    const construct = inlineConstruct(text, at, image);
    if (construct === undefined) {
      html += escapeHtml(text[at] as string);
      at += 1;
    } else {
      html += construct.html;
      at = construct.end;
    }
  }
  return html;
}
