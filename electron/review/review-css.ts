import { HIGHLIGHT_CSS } from '../transfer/export/render-html.ts';

/** The review's look, on screen and in print: Literata for reading, Inter for headings and details. */
export const REVIEW_CSS = `
:root { color-scheme: light; }
body { font-family: Literata, Georgia, serif; font-size: 11pt; line-height: 1.55; color: #1b1b1d; background: #fff; margin: 0; }
body.screen { max-width: 44em; margin: 0 auto; padding: 2em 1.5em 4em; }
h1, h2, h3, h4, h5, h6, .details, .pickups, .cover, .contents, .figures, .tags, .made { font-family: Inter, system-ui, sans-serif; }
h1, h2, h3, h4 { line-height: 1.25; font-weight: 650; }
h2 { font-size: 1.45em; margin: 1.6em 0 0.6em; }
h3 { font-size: 1.15em; margin: 1.4em 0 0.3em; }
a { color: #2c4f86; }
.cover { padding: 3em 0 2em; border-bottom: 2px solid #1b1b1d; margin-bottom: 2em; }
.cover h1 { font-size: 2.4em; margin: 0.2em 0; }
.cover .organisation { text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.85em; color: #45454a; margin: 0; }
.cover .period { font-size: 1.25em; margin: 0.4em 0; }
.cover .counts, .cover .made { color: #6b6b70; font-size: 0.9em; margin: 0.3em 0; }
.contents ul, .contents ol { list-style: none; padding-left: 0; margin: 0.3em 0 0.8em; }
.contents ol ol, .contents .groups ol { padding-left: 1.2em; }
.contents .group-name { font-weight: 650; display: block; margin-top: 0.8em; }
.contents a { display: flex; gap: 0.5em; color: inherit; text-decoration: none; padding: 0.15em 0; }
.contents a .title { flex: 1; }
.contents .page { display: inline-block; min-width: 2.5em; text-align: right; font-variant-numeric: tabular-nums; color: #45454a; }
.figures { display: flex; gap: 2.5em; margin: 1em 0 1.5em; }
.figures dt { font-size: 0.8em; color: #6b6b70; text-transform: uppercase; letter-spacing: 0.06em; }
.figures dd { margin: 0; font-size: 1.8em; font-weight: 650; }
.chart { margin: 0.5em 0 1em; }
.chart svg { display: block; max-width: 100%; height: auto; overflow: visible; font: 12px Inter, system-ui, sans-serif; }
.tags { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.4em; }
.tags li { border: 1px solid #d0cec7; border-radius: 1em; padding: 0.1em 0.7em; font-size: 0.9em; }
.tags .count { color: #6b6b70; }
.story { margin: 0 0 2em; }
.details, .pickups { color: #5b5b60; font-size: 0.85em; margin: 0.2em 0; }
.details a, .pickups a { color: #2c4f86; word-break: break-all; }
.comment { border-left: 3px solid #36557f; background: #f2f5fa; padding: 0.3em 0.9em; margin: 0.8em 0; font-style: italic; }
blockquote { border-left: 3px solid #d0cec7; margin: 0.8em 0; padding: 0 0 0 1em; color: #2e2e33; }
blockquote .note { font-family: Inter, system-ui, sans-serif; font-size: 0.85em; color: #45454a; font-style: normal; }
.clip-note { font-family: Inter, system-ui, sans-serif; font-size: 0.9em; color: #45454a; }
${HIGHLIGHT_CSS}
.caption { color: #6b6b70; font-size: 0.9em; }
img { max-width: 100%; height: auto; }
pre { white-space: pre-wrap; font-size: 0.9em; }
.more { color: #6b6b70; }
.references ul { list-style: none; padding-left: 0; }
.references li { padding-left: 2em; text-indent: -2em; margin: 0.4em 0; }
.empty { color: #6b6b70; font-style: italic; }
body.print .cover { break-after: page; border: none; height: 200mm; display: flex; flex-direction: column; justify-content: center; }
body.print .contents, body.print .coverage, body.print .introduction { break-after: page; }
body.print section.group { break-before: page; }
body.print section.group > h2:first-child { margin-top: 0; }
body.print .references { break-before: page; }
body.print h2, body.print h3 { break-after: avoid; }
body.print .details, body.print .pickups { break-after: avoid; }
body.print blockquote, body.print figure { break-inside: avoid; }
body.print a { text-decoration: none; }
`;
