/**
 * The style sheet of report.html and sweep.html: readable light and dark (prefers-color-scheme),
 * wide tables scroll sideways, figures keep their white background (they are drawn for it) and
 * shrink to the page. No web fonts, no external files.
 */
export const REPORT_CSS = `:root {
  color-scheme: light dark;
  --text: #1f2328;
  --page: #ffffff;
  --muted: #59636e;
  --rule: #d1d9e0;
  --stripe: #f6f8fa;
  --code: #eff2f5;
  --link: #0969da;
}
@media (prefers-color-scheme: dark) {
  :root {
    --text: #e6edf3;
    --page: #0d1117;
    --muted: #9198a1;
    --rule: #3d444d;
    --stripe: #161b22;
    --code: #262c36;
    --link: #4493f8;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--page); color: var(--text); font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; }
main { max-width: 1120px; margin: 0 auto; padding: 24px 28px 64px; }
h1 { font-size: 1.75em; line-height: 1.25; margin: 0.3em 0 0.6em; }
h2 { font-size: 1.35em; margin: 1.9em 0 0.6em; padding-bottom: 0.25em; border-bottom: 1px solid var(--rule); }
h3 { font-size: 1.12em; margin: 1.5em 0 0.5em; }
p, ul, ol { margin: 0.6em 0; }
li { margin: 0.2em 0; }
a { color: var(--link); }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.9em; background: var(--code); padding: 0.1em 0.35em; border-radius: 4px; }
pre { background: var(--code); padding: 10px 14px; border-radius: 6px; overflow-x: auto; }
pre code { background: none; padding: 0; }
table { display: block; max-width: 100%; overflow-x: auto; border-collapse: collapse; margin: 0.8em 0; font-size: 0.88em; font-variant-numeric: tabular-nums; }
th, td { border: 1px solid var(--rule); padding: 4px 9px; vertical-align: top; }
th { background: var(--stripe); font-weight: 600; }
tbody tr:nth-child(even) td { background: var(--stripe); }
figure { margin: 1.4em 0; }
figure svg { display: block; max-width: 100%; height: auto; border: 1px solid var(--rule); border-radius: 6px; }
figcaption { color: var(--muted); font-size: 0.9em; margin-top: 0.4em; }
@media print { main { max-width: none; padding: 0; } figure { break-inside: avoid; } }
`;
