import { randomUUID } from 'node:crypto';
import type { Block } from '../../model/article.ts';
import { zipFiles, type ZipFileSpec } from '../zip.ts';
import { LINK_ONLY_NOTE } from './html.ts';
import { element, escapeHtml, textElement, voidElement } from './markup.ts';
import { annotationsHtml, blocksHtml, clipByline, READING_CSS } from './render-html.ts';
import type { ExportClip } from './selection.ts';

const XML_HEAD = '<?xml version="1.0" encoding="utf-8"?>\n';
const IMAGE_TYPES: Record<string, string> = {
  png: 'png',
  jpeg: 'jpg',
  gif: 'gif',
  webp: 'webp',
  avif: 'avif',
};

interface EpubImage {
  path: string;
  mediaType: string;
  bytes: Uint8Array;
}

/** An image block's inline picture as a file of the book: readers show files more reliably than data: URLs. */
function imageFile(block: Block, chapter: string, index: number): EpubImage | null {
  const match = /^data:image\/(png|jpeg|gif|webp|avif);base64,(.*)$/is.exec(block.src ?? '');
  if (!match) return null;
  const type = match[1].toLowerCase();
  return {
    path: `images/${chapter}-${index + 1}.${IMAGE_TYPES[type]}`,
    mediaType: `image/${type}`,
    bytes: Buffer.from(match[2], 'base64'),
  };
}

function chapterXhtml(
  clip: ExportClip,
  chapter: string,
  language: string,
  images: EpubImage[],
): string {
  const { record, body } = clip;
  const text = record.linkOnly
    ? textElement('p', { class: 'link-only' }, LINK_ONLY_NOTE)
    : blocksHtml(body.blocks, record.annotations, {
        headingShift: 0,
        imageSource: (block, index) => {
          const image = imageFile(block, chapter, index);
          if (!image) return null;
          images.push(image);
          return `../${image.path}`;
        },
      });
  const lang = escapeHtml(record.language ?? language);
  return `${XML_HEAD}<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="${lang}" xml:lang="${lang}">
<head>
<meta charset="utf-8" />
${textElement('title', {}, record.title)}
${voidElement('link', { rel: 'stylesheet', type: 'text/css', href: '../style.css' })}
</head>
<body>
${element('section', { 'epub:type': 'chapter' }, [textElement('h1', {}, record.title), clipByline(record), text, annotationsHtml(record, 2)].join('\n'))}
</body>
</html>
`;
}

function navXhtml(
  title: string,
  chapters: { path: string; title: string }[],
  language: string,
): string {
  const items = chapters
    .map((c) => element('li', {}, textElement('a', { href: c.path }, c.title)))
    .join('\n');
  return `${XML_HEAD}<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="${escapeHtml(language)}" xml:lang="${escapeHtml(language)}">
<head>
<meta charset="utf-8" />
${textElement('title', {}, title)}
${voidElement('link', { rel: 'stylesheet', type: 'text/css', href: 'style.css' })}
</head>
<body>
${element('nav', { 'epub:type': 'toc', id: 'toc' }, textElement('h1', {}, title) + element('ol', {}, items))}
</body>
</html>
`;
}

/** The EPUB 2 table of contents, for older e-readers that do not read the EPUB 3 one. */
function tocNcx(id: string, title: string, chapters: { path: string; title: string }[]): string {
  const points = chapters
    .map((c, i) =>
      element(
        'navPoint',
        { id: `point-${i + 1}`, playOrder: String(i + 1) },
        element('navLabel', {}, textElement('text', {}, c.title)) +
          voidElement('content', { src: c.path }),
      ),
    )
    .join('\n');
  return `${XML_HEAD}<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">
<head>${voidElement('meta', { name: 'dtb:uid', content: id })}${voidElement('meta', { name: 'dtb:depth', content: '1' })}${voidElement('meta', { name: 'dtb:totalPageCount', content: '0' })}${voidElement('meta', { name: 'dtb:maxPageNumber', content: '0' })}</head>
${element('docTitle', {}, textElement('text', {}, title))}
${element('navMap', {}, points)}
</ncx>
`;
}

function packageOpf(
  id: string,
  title: string,
  language: string,
  modified: Date,
  chapters: { id: string; path: string }[],
  images: EpubImage[],
): string {
  const manifest = [
    voidElement('item', {
      id: 'nav',
      href: 'nav.xhtml',
      'media-type': 'application/xhtml+xml',
      properties: 'nav',
    }),
    voidElement('item', { id: 'ncx', href: 'toc.ncx', 'media-type': 'application/x-dtbncx+xml' }),
    voidElement('item', { id: 'css', href: 'style.css', 'media-type': 'text/css' }),
    ...chapters.map((c) =>
      voidElement('item', { id: c.id, href: c.path, 'media-type': 'application/xhtml+xml' }),
    ),
    ...images.map((img, i) =>
      voidElement('item', { id: `image-${i + 1}`, href: img.path, 'media-type': img.mediaType }),
    ),
  ].join('\n');
  const spine = [
    voidElement('itemref', { idref: 'nav' }),
    ...chapters.map((c) => voidElement('itemref', { idref: c.id })),
  ].join('\n');
  return `${XML_HEAD}<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="${escapeHtml(language)}">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
${textElement('dc:identifier', { id: 'book-id' }, id)}
${textElement('dc:title', {}, title)}
${textElement('dc:language', {}, language)}
${textElement('dc:creator', {}, 'Presscut')}
${textElement('meta', { property: 'dcterms:modified' }, modified.toISOString().replace(/\.\d{3}Z$/, 'Z'))}
</metadata>
${element('manifest', {}, `\n${manifest}\n`)}
${element('spine', { toc: 'ncx' }, `\n${spine}\n`)}
</package>
`;
}

/** The language most of the clips are in: the book's own. */
function bookLanguage(clips: readonly ExportClip[]): string {
  const counts = new Map<string, number>();
  for (const { record } of clips)
    if (record.language) counts.set(record.language, (counts.get(record.language) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'en';
}

/**
 * An EPUB 3 book of clips, one chapter each, with a table of contents (and
 * an EPUB 2 one for older readers), highlights in the text and annotations
 * after it. The `mimetype` file comes first and uncompressed, as readers require.
 */
export function exportEpub(
  clips: readonly ExportClip[],
  title: string,
  exportedAt: Date,
): Uint8Array {
  const id = `urn:uuid:${randomUUID()}`;
  const language = bookLanguage(clips);
  const images: EpubImage[] = [];
  const chapters = clips.map((clip, i) => {
    const name = `clip-${String(i + 1).padStart(4, '0')}`;
    return {
      id: name,
      path: `text/${name}.xhtml`,
      title: clip.record.title,
      xhtml: chapterXhtml(clip, name, language, images),
    };
  });
  const files: ZipFileSpec[] = [
    { path: 'mimetype', bytes: 'application/epub+zip', stored: true },
    {
      path: 'META-INF/container.xml',
      bytes: `${XML_HEAD}<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml" /></rootfiles></container>\n`,
    },
    {
      path: 'OEBPS/content.opf',
      bytes: packageOpf(id, title, language, exportedAt, chapters, images),
    },
    { path: 'OEBPS/nav.xhtml', bytes: navXhtml(title, chapters, language) },
    { path: 'OEBPS/toc.ncx', bytes: tocNcx(id, title, chapters) },
    { path: 'OEBPS/style.css', bytes: READING_CSS },
    ...chapters.map((c) => ({ path: `OEBPS/${c.path}`, bytes: c.xhtml })),
    ...images.map((img) => ({ path: `OEBPS/${img.path}`, bytes: img.bytes, stored: true })),
  ];
  return zipFiles(files, exportedAt);
}
