/** Building HTML and XHTML as text, every value escaped: imported or pasted text never becomes markup. */

const TEXT_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  // Characters XML 1.0 forbids are dropped, so an EPUB chapter stays well-formed whatever the text held.
  return value
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[&<>"']/g, (c) => TEXT_ESCAPES[c]);
}

export type Attributes = Record<string, string | null | undefined>;

function attributes(attrs: Attributes): string {
  return Object.entries(attrs)
    .filter((e): e is [string, string] => typeof e[1] === 'string')
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
}

/** An element around content that is markup already (built with these functions). */
export function element(tag: string, attrs: Attributes, inner: string): string {
  return `<${tag}${attributes(attrs)}>${inner}</${tag}>`;
}

/** An element around plain text. */
export function textElement(tag: string, attrs: Attributes, text: string): string {
  return element(tag, attrs, escapeHtml(text));
}

/** A void element, closed so it reads as XHTML too. */
export function voidElement(tag: string, attrs: Attributes): string {
  return `<${tag}${attributes(attrs)} />`;
}
