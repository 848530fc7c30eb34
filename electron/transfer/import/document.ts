/** An HTML fragment (an export's article body) as a whole document, the shape a browser's clipboard gives. */
export function asDocument(html: string): string {
  return /<html[\s>]/i.test(html)
    ? html
    : `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${html}</body></html>`;
}
