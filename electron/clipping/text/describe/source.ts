import type { PasteLine } from '../segment.ts';
import type { StoryZone } from '../stories.ts';
import { isOutletFrame, outletName } from '../stories.ts';

/** The outlet named in a story's header ("Straits Times / an hour ago / - Straits Times"). */
export function outletInHeader(zone: StoryZone, lines: readonly PasteLine[]): string | null {
  for (const i of zone.header?.meta ?? []) {
    if (isOutletFrame(i, lines)) return outletName(lines[i].text);
  }
  return null;
}

const COPYRIGHT = /(?:©|\(c\)|copyright)/iu;
const COPYRIGHT_WORDS = /(?:©|\(c\)|copyright)\s*/giu;
const YEARS = /\b\d{4}(?:\s*[-–]\s*(?:\d{4})?)?\b/gu;
const RESERVED = /[.,]?\s*(?:all rights? reserved|alle rechte vorbehalten|tous droits réservés|tutti i diritti riservati|todos los derechos reservados|todos os direitos reservados|все права защищены).*$/iu;
const COMPANY_FORM = /,?\s+(?:Inc|LLC|Ltd|Limited|GmbH|AG|S\.?A|SAS|Corp|Co|plc|B\.?V)\.?$/u;
const MAX_NAME_WORDS = 6;

/** The holder named in the page's copyright line ("© 2019 The New York Times Company"): the page's outlet. */
export function copyrightHolder(lines: readonly PasteLine[]): string | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    const text = lines[i].text;
    if (text.length > 160 || !COPYRIGHT.test(text)) continue;
    const name = text
      .replace(RESERVED, '')
      .replace(COPYRIGHT_WORDS, ' ')
      .replace(YEARS, ' ')
      .replace(/\s+/g, ' ')
      .replace(/^[\s.,:;|-]+|[\s.,:;|-]+$/gu, '')
      .replace(COMPANY_FORM, '')
      .trim();
    const words = name.split(' ').length;
    if (name.length >= 2 && words <= MAX_NAME_WORDS && /\p{L}/u.test(name)) return name;
  }
  return null;
}
