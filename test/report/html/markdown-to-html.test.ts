import { describe, expect, it } from "vitest";
import { headingId, markdownToHtml, tableCells } from "../../../src/report/html/markdown-to-html.js";
import { escapeHtml, isSafeHref, renderInlineMarkdown } from "../../../src/report/html/render-inline-markdown.js";

const noImages = { image: () => undefined };
const html = (markdown: string) => markdownToHtml(markdown, noImages);
const inline = (text: string) => renderInlineMarkdown(text, () => undefined);

describe("renderInlineMarkdown", () => {
  it("plain text is escaped, raw HTML never passes", () => {
    expect(inline("")).toBe("");
    expect(inline('p <0.0001 & "x" <script>alert(1)</script>')).toBe("p &lt;0.0001 &amp; &quot;x&quot; &lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("code spans keep their content literally (escaped)", () => {
    expect(inline("file `a_b*c*<d>` here")).toBe("file <code>a_b*c*&lt;d&gt;</code> here");
    expect(inline("an `unclosed span")).toBe("an `unclosed span");
  });

  it("bold and italic; a lone star, a star between spaces or inside a word stays a star", () => {
    expect(inline("**Privacy.** Distances")).toBe("<strong>Privacy.</strong> Distances");
    expect(inline("*italic* and **bold *and italic* inside**")).toBe("<em>italic</em> and <strong>bold <em>and italic</em> inside</strong>");
    expect(inline("2 * 3 and a*b*c and 5*")).toBe("2 * 3 and a*b*c and 5*");
    expect(inline("keep_replicates and n_per_arm")).toBe("keep_replicates and n_per_arm");
  });

  it("backslash escapes", () => {
    expect(inline("a \\| b \\*c\\*")).toBe("a | b *c*");
  });

  it("links: relative, http(s) and mailto become links; other schemes only their text", () => {
    expect(inline("see [summary](summary.csv)")).toBe('see <a href="summary.csv">summary</a>');
    expect(inline("[R](https://www.r-project.org)")).toBe('<a href="https://www.r-project.org">R</a>');
    expect(inline("[x](javascript:void)")).toBe("x");
    expect(inline("[x](data:text/html,hi)")).toBe("x");
    expect(inline("[not a link] (x)")).toBe("[not a link] (x)");
  });

  it("an image the caller does not know is a link to it", () => {
    expect(inline("![a plot](figures/a.svg)")).toBe('<a href="figures/a.svg">a plot</a>');
    expect(renderInlineMarkdown("![a](b.svg)", (alt, src) => `<img alt="${alt}" data-src="${src}">`)).toBe('<img alt="a" data-src="b.svg">');
  });

  it("escapeHtml and isSafeHref", () => {
    expect(escapeHtml("<&>\"")).toBe("&lt;&amp;&gt;&quot;");
    expect(isSafeHref("report.md#design")).toBe(true);
    expect(isSafeHref("#design")).toBe(true);
    expect(isSafeHref("mailto:a@b.org")).toBe(true);
    expect(isSafeHref("JavaScript:x")).toBe(false);
    expect(isSafeHref("//evil.example/x")).toBe(false);
  });
});

describe("markdownToHtml", () => {
  it("empty input", () => {
    expect(html("")).toBe("");
    expect(html("\n\n")).toBe("");
  });

  it("headings with ids, paragraphs joined across lines", () => {
    expect(html("# Title `x`\n\nline one\nline two\n\n## Efficacy in the first simulated trial\n")).toBe(
      '<h1 id="title-x">Title <code>x</code></h1>\n<p>line one\nline two</p>\n<h2 id="efficacy-in-the-first-simulated-trial">Efficacy in the first simulated trial</h2>\n',
    );
    expect(headingId("Design comparison")).toBe("design-comparison");
  });

  it("pipe tables with right alignment, escaped pipes and HTML in cells", () => {
    const table = "| covariate | p | note |\n| --- | ---: | :---: |\n| a \\| b | <0.0001 | **x** |\n| c |  | y |";
    expect(html(table)).toBe(
      [
        "<table>",
        '<thead><tr><th>covariate</th><th style="text-align:right">p</th><th style="text-align:center">note</th></tr></thead>',
        "<tbody>",
        '<tr><td>a | b</td><td style="text-align:right">&lt;0.0001</td><td style="text-align:center"><strong>x</strong></td></tr>',
        '<tr><td>c</td><td style="text-align:right"></td><td style="text-align:center">y</td></tr>',
        "</tbody>",
        "</table>",
        "",
      ].join("\n"),
    );
    expect(tableCells("| a \\| b | c |")).toEqual(["a \\| b", "c"]);
  });

  it("a line starting with a pipe but no rule under it is a paragraph", () => {
    expect(html("|SMD| > 0.1 is imbalance")).toBe("<p>|SMD| &gt; 0.1 is imbalance</p>\n");
  });

  it("bullet lists, nested by two spaces, with continuation lines; numbered lists", () => {
    expect(html("- one\n- two\n  - two a\n  - two b\n- three\n  more of three\n\n1. first\n2. second")).toBe(
      "<ul>\n<li>one</li>\n<li>two\n<ul>\n<li>two a</li>\n<li>two b</li></ul></li>\n<li>three\nmore of three</li></ul>\n<ol>\n<li>first</li>\n<li>second</li></ol>\n",
    );
  });

  it("fenced code is literal", () => {
    expect(html("```sh\nnpx twin-trial <spec> | **x**\n```\nafter")).toBe("<pre><code>npx twin-trial &lt;spec&gt; | **x**</code></pre>\n<p>after</p>\n");
  });

  it("a paragraph that is only an image becomes what the caller makes of it", () => {
    const options = { image: (alt: string, src: string) => (src === "figures/a.svg" ? `<figure>${alt}</figure>` : undefined) };
    expect(markdownToHtml("text\n\n![Plot A](figures/a.svg)\n\n![Other](figures/b.svg)", options)).toBe('<p>text</p>\n<figure>Plot A</figure>\n<p><a href="figures/b.svg">Other</a></p>\n');
  });

  it("a heading or list right after a paragraph line starts a new block", () => {
    expect(html("text\n## Next\n- item")).toBe('<p>text</p>\n<h2 id="next">Next</h2>\n<ul>\n<li>item</li></ul>\n');
  });
});
