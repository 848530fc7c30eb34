/**
 * The page of each named destination in a PDF that Chromium printed (Skia's
 * writer): where each story of a review starts, to number the contents.
 * Skia writes every object in the open (no object streams), the catalog's
 * `/Dests` as one dictionary and the page tree as plain `/Kids` arrays, which
 * is all this reads. Any other PDF gives an empty map.
 */
export function destinationPages(pdf: Uint8Array): Map<string, number> {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const objects = new Map<number, string>();
  for (const match of text.matchAll(/(?:^|[\r\n])(\d+) 0 obj\s*/g)) {
    const start = match.index + match[0].length;
    const ends = [text.indexOf('endobj', start), text.indexOf('stream', start)].filter(
      (i) => i >= 0,
    );
    objects.set(Number(match[1]), text.slice(start, Math.min(...ends)));
  }
  const catalog = [...objects.values()].find((body) => /\/Type\s*\/Catalog\b/.test(body));
  const root = catalog && /\/Pages\s+(\d+)\s+0\s+R/.exec(catalog);
  if (!catalog || !root) return new Map();

  const pageNumbers = new Map<number, number>();
  const visit = (id: number, depth: number) => {
    const body = objects.get(id);
    if (!body || depth > 32) return;
    if (/\/Type\s*\/Pages\b/.test(body)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(body)?.[1] ?? '';
      for (const [, kid] of kids.matchAll(/(\d+)\s+0\s+R/g)) visit(Number(kid), depth + 1);
    } else if (/\/Type\s*\/Page\b/.test(body)) pageNumbers.set(id, pageNumbers.size + 1);
  };
  visit(Number(root[1]), 0);

  const destsRef = /\/Dests\s+(\d+)\s+0\s+R/.exec(catalog);
  const dests = destsRef
    ? objects.get(Number(destsRef[1]))
    : /\/Dests\s*(<<[\s\S]*?>>)/.exec(catalog)?.[1];
  const out = new Map<string, number>();
  for (const [, name, page] of (dests ?? '').matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+)\s+0\s+R/g)) {
    const number = pageNumbers.get(Number(page));
    if (number)
      out.set(
        name.replace(/#([0-9a-f]{2})/gi, (_, hex: string) =>
          String.fromCharCode(parseInt(hex, 16)),
        ),
        number,
      );
  }
  return out;
}
