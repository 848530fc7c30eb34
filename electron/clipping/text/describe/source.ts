import { junkPhrases } from '../../recognise/phrase-matcher.ts';
import { isOutletName } from '../../recognise/beside-time.ts';
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

/** The sign, also typed as "(c)" with a Latin or a Cyrillic c; not "Copyrighted Image". */
const COPYRIGHT = /(?:[©ⓒ]|\([cс]\)|copyright(?!ed))/iu;
const COPYRIGHT_WORDS = /(?:[©ⓒ]|\([cс]\)|copyright(?!ed))\s*/giu;
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
/** "Foto © Jörg Gemsch": the sign after a word for a picture credits the photographer. */
const PICTURE_CREDIT =
  /(?:^|\s)(?:foto|fotos|photo|photos|bild|bilder|image|images|picture)\s*:?\s*$/iu;
/** "Forum software by XenForo® © 2010": the sign belongs to a credit for the site's making. */
const MAKER_CREDIT = /(?:^|\s)\p{Ll}+\s+by\s/u;
/** The software a site runs on, credited in many sites' footers ("© 2019 • GeneratePress"). */
const SITE_SOFTWARE =
  /^(?:WordPress|GeneratePress|XenForo|phpBB\d?|vBulletin|Joomla!?|Drupal|Blogger|Jimdo|Wix|Squarespace|uCoz)$/iu;
/** How far under the story's text a copyright line without a year is still a photo's credit. */
const CREDIT_REACH = 3;
/** A caption ends in a full sentence before its photographer's credit. */
const CAPTION_WORDS = 4;

/** The copyright line is in the footer: in this last share of the page, not on a photo credit higher up. */
const FOOTER_SHARE = 0.4;
/** A copyright line is a line of the footer, not a paragraph of terms. */
const COPYRIGHT_LINE_MAX_CHARS = 160;

/**
 * The holder named in the page's copyright line ("© 2019 The New York Times
 * Company"): the page's outlet. `storyEnd`: the line after the main story's
 * text, when known.
 */
export function copyrightHolder(lines: readonly PasteLine[], storyEnd = -Infinity): string | null {
  const footer = Math.floor(lines.length * (1 - FOOTER_SHARE));
  for (let i = lines.length - 1; i >= footer; i--) {
    const text = lines[i].text;
    if (text.length > COPYRIGHT_LINE_MAX_CHARS || !COPYRIGHT.test(text)) continue;
    // "© Anna Schäffer" among the story's last lines, with no year, credits its photo.
    if (i < storyEnd + CREDIT_REACH && !/\d{4}/u.test(text)) continue;
    const furniture = findFurniture(text);
    if (furniture.markers.includes('media') || furniture.label === 'media') continue;
    const { before, after } = aroundSign(text);
    if (isCreditBefore(before)) continue;
    const holder = firstNamedPart(beforeReservation(after ?? before));
    if (LEGAL_ENTITY.test(holder)) return null;
    const name = trimmed(
      trimmed(holder.replace(COPYRIGHT_WORDS, ' ').replace(YEARS, ' '))
        .replace(/^(?:by:?\s+|\d{1,3}\s+(?=\p{L}))/iu, '')
        .replace(COMPANY_FORM, ''),
    );
    // Named before the sign ("Royal Road® © 2013"), the holder is a masthead's capitalised words.
    if (isHolderName(name) && (after !== null || isOutletName(name)))
      return mastheadOf(name, lines) ?? name;
  }
  return null;
}

/** "The", "Le", "Der", "De", … before a masthead's name. */
const ARTICLE = /^(?:the|le|la|les|der|die|das|de|het|il|lo|el|los|las|o|a)\s+/iu;
const MASTHEAD_MAX_WORDS = 4;
/** Words a publisher's company adds to its masthead's name ("Ledger Media Group"). */
const CORPORATE =
  /^(?:media|medien|group|gruppe|groupe|grupo|gruppo|interactive|digital|newspapers?|publishing|publications|verlag|comunicação|comunicación|communications|network|holdings?|company|editora|éditions|ediciones|editoriale)$/iu;

/**
 * The masthead a copyright holder's company is named after (its name without
 * the company's words), when the paste prints it as a line of its own: "The
 * Ledger" for "Ledger Media Group", "Noorderblad" for "Noorderblad Media". A
 * person writes the masthead.
 */
function mastheadOf(holder: string, lines: readonly PasteLine[]): string | null {
  const words = holder.replace(ARTICLE, '').split(' ');
  let best: string | null = null;
  for (const { text } of lines) {
    const line = text.trim();
    const own = line.replace(ARTICLE, '').split(' ');
    if (own.length >= words.length || own.length > MASTHEAD_MAX_WORDS) continue;
    if (!own.every((w, k) => w === words[k])) continue;
    if (
      words.slice(own.length).every((w) => CORPORATE.test(w)) &&
      line.length > (best?.length ?? 0)
    )
      best = line;
  }
  return best;
}

/**
 * The line before its first copyright sign, and the first stretch after a sign
 * that names someone ("Copyright MyCorp © 2016" → "MyCorp"); null when none does.
 */
function aroundSign(text: string): { before: string; after: string | null } {
  const signs = [...text.matchAll(COPYRIGHT_WORDS)];
  const before = text.slice(0, signs[0].index);
  for (const [k, sign] of signs.entries()) {
    const stretch = text.slice(sign.index + sign[0].length, signs[k + 1]?.index);
    const words = stretch.replace(YEARS, '').replace(/^[\s,.]+/u, '');
    if (/\p{L}/u.test(words) && !MAKER_CREDIT.test(firstNamedPart(words)))
      return { before, after: stretch };
  }
  return { before, after: null };
}

/**
 * What stands before the sign makes it somebody else's credit: a caption's
 * sentence and its photographer, a word for a picture, the site's maker.
 */
function isCreditBefore(before: string): boolean {
  const words = before.trim().split(/\s+/).filter(Boolean);
  if (words.length >= CAPTION_WORDS && /\p{Ll}/u.test(before) && /[.!?]$/u.test(before.trim()))
    return true;
  return PICTURE_CREDIT.test(before) || MAKER_CREDIT.test(before);
}

/**
 * A name a masthead could carry: a few words, not a photographer and agency
 * ("Lisa Niekel / Kopfarbyte"), not a site's software or its maker
 * ("Theme Blass by 1000ff"), not words of a sentence ("a Reach plc subsidiary").
 */
function isHolderName(name: string): boolean {
  const words = name.split(' ');
  if (name.length < 2 || words.length > MAX_NAME_WORDS || !/\p{L}/u.test(name)) return false;
  if (name.includes('/') || /\sby\s/iu.test(name) || SITE_SOFTWARE.test(name)) return false;
  // Elided particles stand before a capital ("Le Quotidien de l'Est").
  const small = words.filter(
    (w) => /^\p{Ll}/u.test(w) && !/^\p{Ll}{1,4}['’]\p{Lu}/u.test(w),
  ).length;
  return words.length < 3 || small * 2 < words.length;
}

/** Spaces, punctuation and marks off both ends ("CityAM." is CityAM, "GIGA ·" is GIGA). */
function trimmed(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/^[\s.,:;|·•–—®™-]+|[\s.,:;|·•–—®™-]+$/gu, '');
}

/** Of a footer line cut by spaced dashes, bars or dots ("© Le Quotidien 2025 – Reproduction interdite"), the first part that names someone. */
function firstNamedPart(text: string): string {
  const named = text
    .split(/\s[–—|·•-]\s/u)
    .find((part) => /\p{L}/u.test(part.replace(COPYRIGHT_WORDS, ' ').replace(YEARS, ' ')));
  return named ?? text;
}

/**
 * The line up to its "All rights reserved", its "Impressum" or "Privacy
 * Policy" links (in any language the footer and consent phrases know).
 */
function beforeReservation(text: string): string {
  const reserved = junkPhrases
    .find(text)
    .find(
      (m) =>
        (m.kind === 'footer' || m.kind === 'consent') &&
        !COPYRIGHT.test(text.slice(m.start, m.end)),
    );
  return reserved ? text.slice(0, reserved.start).replace(/[.,;\s]+$/u, '') : text;
}
