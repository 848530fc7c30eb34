/** An address as a mail client takes it: no spaces, quotes, brackets or query characters, one @. */
const MAIL_ADDRESS = /^[^\s@<>()[\]\\,;:"?&=%/]+@[^\s@<>()[\]\\,;:"?&=%/]+$/u;

/**
 * The URL to hand to the system for a link the person clicked, or null when
 * none should be opened. http(s) links go as they are. A mail link keeps only
 * its addresses: a query could attach a file from the disk (`attach=`), or
 * write the message for the person.
 */
export function externalUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed.href;
  if (parsed.protocol !== 'mailto:') return null;
  let to: string;
  try {
    to = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  const addresses = to.split(',').map((a) => a.trim());
  if (!addresses.every((a) => MAIL_ADDRESS.test(a))) return null;
  return `mailto:${addresses.map((a) => encodeURI(a)).join(',')}`;
}
