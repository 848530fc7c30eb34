import { element, escapeHtml, textElement } from './markup.ts';
import { annotationsHtml, blocksHtml, clipByline, READING_CSS } from './render-html.ts';
import type { ExportClip } from './selection.ts';

/** An exported page loads nothing and runs nothing: its pictures are inline and its style is its own. */
const PAGE_POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";

export const LINK_ONLY_NOTE =
  'Only the link was imported: the article’s text is not in Presscut yet.';

function clipHtml({ record, body }: ExportClip, level: 1 | 2): string {
  const text = record.linkOnly
    ? textElement('p', { class: 'link-only' }, LINK_ONLY_NOTE)
    : blocksHtml(body.blocks, record.annotations, {
        headingShift: level - 1,
        imageSource: (b) => b.src ?? null,
      });
  return [
    textElement(`h${level}`, {}, record.title),
    clipByline(record),
    text,
    annotationsHtml(record, level + 1),
  ].join('\n');
}

/**
 * A self-contained, readable page: one clip, or a selection with a table of
 * contents, highlights drawn in the text and annotations after it.
 */
export function exportHtml(clips: readonly ExportClip[], title: string, exportedAt: Date): string {
  const content =
    clips.length === 1
      ? element('article', {}, clipHtml(clips[0], 1))
      : [
          textElement('h1', {}, title),
          textElement(
            'p',
            { class: 'byline' },
            `${clips.length} clips, exported from Presscut on ${exportedAt.toISOString().slice(0, 10)}`,
          ),
          element(
            'nav',
            {},
            element(
              'ol',
              {},
              clips
                .map((c, i) =>
                  element('li', {}, textElement('a', { href: `#clip-${i + 1}` }, c.record.title)),
                )
                .join(''),
            ),
          ),
          ...clips.map((c, i) => element('article', { id: `clip-${i + 1}` }, clipHtml(c, 2))),
        ].join('\n');
  const language = clips.length === 1 ? (clips[0].record.language ?? 'en') : 'en';
  return `<!DOCTYPE html>
<html lang="${escapeHtml(language)}">
<head>
<meta charset="utf-8" />
<meta http-equiv="Content-Security-Policy" content="${PAGE_POLICY}" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="generator" content="Presscut" />
${textElement('title', {}, clips.length === 1 ? clips[0].record.title : title)}
<style>${READING_CSS}</style>
</head>
<body>
${content}
</body>
</html>
`;
}
