const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/**
 * Collapses runs of white space and decodes the HTML entities a page
 * escaped twice in an attribute (`content="Q&amp;amp;A"`, `&#8216;`), which
 * the parser leaves as literal text.
 */
export function cleanAttributeText(raw: string | null | undefined): string {
  return (raw ?? '')
    .replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|amp|lt|gt|quot|apos|nbsp);/gi, (whole, name: string) => {
      const lower = name.toLowerCase();
      if (lower.startsWith('#')) {
        const code = lower[1] === 'x' ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
        return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
          ? String.fromCodePoint(code)
          : whole;
      }
      return NAMED_ENTITIES[lower] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}
