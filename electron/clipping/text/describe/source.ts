import { junkPhrases } from '../../recognise/phrase-matcher.ts';
import { findFurniture } from '../../recognise/furniture.ts';
import type { MetaLines } from '../meta-lines.ts';
import type { PasteLine } from '../segment.ts';
import type { StoryZone } from '../stories.ts';
import { isOutletFrame, outletName } from '../stories.ts';

/**
 * The outlet named in a story's header: framed ("Straits Times / an hour ago /
 * - Straits Times"), or set off beside the time ("Reuters · 2 hours ago").
 */
export function outletInHeader(
  zone: StoryZone,
  lines: readonly PasteLine[],
  meta: MetaLines,
): string | null {
  const header = zone.header?.meta ?? [];
  for (const i of header) {
    if (isOutletFrame(i, lines)) return outletName(lines[i].text);
  }
  for (const i of header) {
    const name = meta.outletBesideTime(i);
    if (name) return name;
  }
  return null;
}

/** The sign, also typed as "(c)" with a Latin or a Cyrillic c. */
const COPYRIGHT = /(?:[©ⓒ]|\([cс]\)|copyright)/iu;
const COPYRIGHT_WORDS = /(?:[©ⓒ]|\([cс]\)|copyright)\s*/giu;
const YEARS = /\b\d{4}(?:\s*[-–]\s*(?:\d{4})?)?\b/gu;
const COMPANY_FORM =
  /,?\s+(?:GmbH\s*&\s*Co\.?\s*KG|Inc|LLC|Ltd|Limited|GmbH|AG|KG|S\.?A|SAS|S\.?r\.?l|S\.?p\.?A|Corp|Corporation|Co|plc|B\.?V)\.?$/u;
/**
 * Forms that name a company as registered, not a masthead: a company form
 * before the name ("ООО «…»") or an Indian private company ("The Printers
 * (Mysore) Private Ltd"). The holder is then the publisher's legal entity, and
 * no outlet is read from the line.
 */
const LEGAL_ENTITY =
  /(?:^|\s)(?:ООО|ОАО|ЗАО|ПАО|АО|ТОВ|ТОО|Private\s+(?:Ltd|Limited)|Pvt\.?)(?=[\s.,]|$)|общество с ограниченной/iu;
const MAX_NAME_WORDS = 6;

/** The copyright line is in the footer: in this last share of the page, not on a photo credit higher up. */
const FOOTER_SHARE = 0.4;
/** A copyright line is a line of the footer, not a paragraph of terms. */
const COPYRIGHT_LINE_MAX_CHARS = 160;

/** The holder named in the page's copyright line ("© 2019 The New York Times Company"): the page's outlet. */
export function copyrightHolder(lines: readonly PasteLine[]): string | null {
  const footer = Math.floor(lines.length * (1 - FOOTER_SHARE));
  for (let i = lines.length - 1; i >= footer; i--) {
    const text = lines[i].text;
    if (text.length > COPYRIGHT_LINE_MAX_CHARS || !COPYRIGHT.test(text)) continue;
    const furniture = findFurniture(text);
    if (furniture.markers.includes('media') || furniture.label === 'media') continue;
    const holder = firstNamedPart(beforeReservation(holderPart(text)));
    if (LEGAL_ENTITY.test(holder)) return null;
    const name = trimmed(
      trimmed(holder.replace(COPYRIGHT_WORDS, ' ').replace(YEARS, ' ')).replace(COMPANY_FORM, ''),
    );
    const words = name.split(' ').length;
    if (name.length >= 2 && words <= MAX_NAME_WORDS && /\p{L}/u.test(name)) return name;
  }
  return null;
}

/** Spaces and punctuation off both ends ("CityAM." is CityAM). */
function trimmed(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/^[\s.,:;|-]+|[\s.,:;|-]+$/gu, '');
}

/** What follows the last copyright sign, where the holder's name stands; what precedes it when nothing does. */
function holderPart(text: string): string {
  let end = -1;
  for (const match of text.matchAll(COPYRIGHT_WORDS)) end = match.index + match[0].length;
  const after = text.slice(end);
  return /\p{L}/u.test(after.replace(YEARS, '')) ? after : text;
}

/** Of a footer line cut by spaced dashes or bars ("© Le Quotidien 2025 – Reproduction interdite"), the first part that names someone. */
function firstNamedPart(text: string): string {
  const named = text
    .split(/\s[–—|-]\s/u)
    .find((part) => /\p{L}/u.test(part.replace(COPYRIGHT_WORDS, ' ').replace(YEARS, ' ')));
  return named ?? text;
}

/** The line up to its "All rights reserved" (in any language the footer phrases know). */
function beforeReservation(text: string): string {
  const reserved = junkPhrases
    .find(text)
    .find(
      (m) =>
        m.kind === 'footer' && m.tier === 'marker' && !COPYRIGHT.test(text.slice(m.start, m.end)),
    );
  return reserved ? text.slice(0, reserved.start).replace(/[.,;\s]+$/u, '') : text;
}
