/**
 * The outlet's name as a person would write it. Pages name themselves in
 * several places (`og:site_name`, JSON-LD's publisher, other `<meta>`, the
 * part of `<title>` after the headline, the domain), and not always well:
 * Reuters gives its section ("U.S.") as its site name, publishers give their
 * company ("oe24 GmbH", "Wikimedia Foundation, Inc."), copyright lines carry
 * a "©" and a year. The name most places agree on wins, a company's form
 * counts against it, and what is left is cleaned of legal forms and trailing
 * punctuation.
 */

// Company forms and the words that come with a copyright notice; the name a reader knows stands without them.
const LEGAL_FORM =
  /[\s,]+(?:gmbh(?:\s*&\s*co\.?\s*kg(?:aa)?)?|ggmbh|e\.\s?v\.|ag|kg|se|inc\.?|incorporated|ltd\.?|limited|llc|llp|plc|pvt\.?(?:\s+ltd\.?)?|private(?:\s+limited)?|pty\.?(?:\s+ltd\.?)?|corp\.?|co\.|s\.\s?a\.?(?:\s?u\.)?|s\.\s?l\.|s\.p\.a\.|s\.r\.l\.|s\.a\.s\.?|b\.v\.|n\.v\.|a\.s\.|oy|ab|asa|sarl)\s*$/iu;
const RUSSIAN_FORM = /^(?:ООО|ОАО|ЗАО|ПАО|АО|НКО|АНО|ФГУП)\s+/u;
const COPYRIGHT = /^(?:\(c\)|©|copyright\b|\u00a9)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*/iu;
const DOMAIN_IN_BRACKETS = /\s*\((?:www\.)?[\w-]+(?:\.[\w-]+)+\)\s*$/;
const QUOTES = /^[«"“„']\s*(.*?)\s*[»"”“']$/u;
// A full stop goes unless it ends an initial ("U.S.").
const TRAILING = /(?:[\s,;:·•|/\\–—-]|(?<!(?:^|[\s.])\p{Lu})\.)+$/u;
const SUBDOMAIN = /^(?:www\d?|m|amp|mobile)\./i;
/** A template's placeholder the site never filled in ("{$plugin.tx_news.opengraph.site_name}"). */
const TEMPLATE = /\{\{|\{\$|\{%|\$\{|<\?|%%/u;

/** Whether the name is a company's, by its form or a copyright sign. */
function isLegalEntity(raw: string): boolean {
  return LEGAL_FORM.test(raw) || RUSSIAN_FORM.test(raw) || COPYRIGHT.test(raw);
}

/** The name without copyright sign, year, company form, quotes, bracketed domain or trailing punctuation. */
export function cleanOutletName(raw: string): string {
  let name = raw.replace(/\s+/g, ' ').trim();
  for (let previous = ''; previous !== name;) {
    previous = name;
    name = name
      .replace(COPYRIGHT, '')
      .replace(RUSSIAN_FORM, '')
      .replace(DOMAIN_IN_BRACKETS, '')
      .replace(LEGAL_FORM, '')
      .replace(QUOTES, '$1')
      .replace(TRAILING, '')
      .trim();
  }
  if (/^(?:www\d?\.)?[\w-]+(?:\.[\w-]+)+$/i.test(name)) name = name.replace(SUBDOMAIN, '');
  return name || raw.trim();
}

/** A page's address as an outlet: its host without "www." or a mobile prefix. */
export function outletOfHost(hostname: string): string {
  return hostname.replace(SUBDOMAIN, '');
}

/** Letters and digits only, lower-cased: how names are compared ("CityAM" and "City AM." agree). */
const compact = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Chooses among the names a page gives itself, listed best source first. Each name scores one for every
 * source that gives it; a company's name loses one. The best score wins, the earlier source on a tie; the
 * domain itself is the last resort.
 */
export function chooseOutlet(
  named: readonly (string | null | undefined)[],
  hostname: string | null,
): string | null {
  const candidates = named
    .filter((n): n is string => typeof n === 'string' && /\p{L}/u.test(n) && !TEMPLATE.test(n))
    .map((raw) => ({ raw, name: cleanOutletName(raw) }))
    .filter(({ name }) => compact(name).length > 0);
  let best: { name: string; score: number } | null = null;
  for (const { raw, name } of candidates) {
    const key = compact(name);
    const votes = candidates.filter((c) => compact(c.name) === key).length;
    const score = votes - (isLegalEntity(raw) ? 1 : 0);
    if (!best || score > best.score) best = { name, score };
  }
  return best?.name ?? (hostname ? outletOfHost(hostname) : null);
}
