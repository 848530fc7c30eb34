/**
 * The only doors by which a URL from a paste reaches the model: links that a
 * reader may open, and images small and inert enough to keep inline.
 */

/** `data:` images larger than this are dropped: the library is not a photo archive. */
export const MAX_DATA_IMAGE_BYTES = 512 * 1024;

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

// Raster formats only: SVG is a document that can carry script.
const DATA_IMAGE = /^data:image\/(png|jpe?g|gif|webp|avif|bmp);base64,([a-z0-9+/=\s]+)$/i;

/** Parses a page address given by the caller or the page itself (relative to `base`, if given); null unless http(s). */
export function pageUrl(raw: string | null | undefined, base?: string | null): URL | null {
  if (!raw) return null;
  try {
    const url = new URL(raw.trim(), base ?? undefined);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * A link's target as an absolute http(s) or mailto URL, or null. Relative
 * URLs resolve against the page's address; without one they cannot be
 * trusted to mean anything, so they are dropped.
 */
export function safeLinkUrl(raw: string | null | undefined, base: URL | null): string | null {
  // The WHATWG parser reads "java\tscript:" as a browser would, so the protocol check below sees through it.
  const href = raw?.trim();
  if (!href || href.startsWith('#')) return null;
  // Without a base only an absolute URL can stand; checking first spares a thrown error per relative link.
  if (!base && !/^[a-z][a-z0-9+.-]*:/i.test(href)) return null;
  let url: URL;
  try {
    url = base ? new URL(href, base) : new URL(href);
  } catch {
    return null;
  }
  if (!LINK_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol === 'mailto:') return url.href;
  return url.username || url.password ? null : url.href;
}

/** A `data:` raster image under the size limit, ready to store; null for anything else. */
export function safeDataImage(raw: string | null | undefined): string | null {
  const src = raw?.trim();
  if (!src || src.length > MAX_DATA_IMAGE_BYTES * 1.4) return null;
  const match = DATA_IMAGE.exec(src);
  if (!match) return null;
  const payload = match[2].replace(/\s+/g, '');
  const bytes = Math.floor((payload.length * 3) / 4) - (payload.match(/=+$/)?.[0].length ?? 0);
  if (bytes <= 0 || bytes > MAX_DATA_IMAGE_BYTES) return null;
  return `data:image/${match[1].toLowerCase()};base64,${payload}`;
}
